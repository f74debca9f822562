using Guardrails.Checks.Diagnostics;

namespace Guardrails.Tasks.Tests;

/// <summary>
/// The .NET platform's packages are outside the licence policy and the allow-list unless the policy asks for them —
/// shaped like a real netstandard1.x restore: NETStandard.Library (autoReferenced) bringing System.* 4.3.0 under the
/// .NET Library licence URL — and a real dependency cannot hide behind a platform name.
/// </summary>
public sealed class PlatformPackagesTests : IDisposable
{
    private const string NetLibraryUrl = "http://go.microsoft.com/fwlink/?LinkId=329770";
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-platform-").FullName;

    public PlatformPackagesTests()
    {
        WriteNuspec("NETStandard.Library", "1.6.1", NetLibraryUrl);
        WriteNuspec("Microsoft.NETCore.Platforms", "1.1.0", NetLibraryUrl);
        WriteNuspec("System.Collections", "4.3.0", NetLibraryUrl);
        WriteNuspec("System.Net.Http", "4.3.0", NetLibraryUrl);
        WriteNuspec("Contoso.Http", "1.0.0", "https://contoso.example/eula");
        WriteNuspec("Microsoft.NETCore.Platforms.Extra", "1.0.0", "https://contoso.example/eula");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private const string LicencePolicy = "{ \"packages\": { \"licenses\": { \"allowed\": [ \"MIT\" ], \"unknown\": \"warning\" } } }";

    [Fact]
    public void ImplicitNetStandardLibrary_AndWhatComesOnlyThroughIt_AreNotJudgedForLicences()
    {
        var diagnostics = Check(Assets(autoReferencedNetStandard: true), LicencePolicy);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void IncludePlatform_JudgesThePlatformPackagesToo()
    {
        var diagnostics = Check(
            Assets(autoReferencedNetStandard: true),
            "{ \"packages\": { \"includePlatform\": true, \"licenses\": { \"allowed\": [ \"MIT\" ] } } }");

        Assert.Equal(
            ["Microsoft.NETCore.Platforms", "NETStandard.Library", "System.Collections", "System.Net.Http"],
            diagnostics.Select(d => d.Arguments[0]).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal("GR1003", d.RuleId));
        Assert.All(diagnostics, d => Assert.Contains("has licence 'LicenseRef-scancode-ms-net-library'", d.Message));
    }

    [Fact]
    public void PlatformPackage_ThatARealDependencyAlsoBringsIn_IsJudged()
    {
        // Contoso.Http depends on System.Net.Http itself: that one is chosen, not platform, even though NETStandard.Library has it too.
        var diagnostics = Check(Assets(autoReferencedNetStandard: true, contosoHttp: true), LicencePolicy);

        Assert.Equal(["Contoso.Http", "System.Net.Http"], diagnostics.Select(d => d.Arguments[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PlatformNamedPackage_WrittenAsAPackageReference_IsJudged_WithWhatItBringsIn()
    {
        // Not autoReferenced: someone wrote the reference, so the assets file's flag says it is a chosen dependency, and
        // so is what it brings in — except Microsoft.NETCore.Platforms, a platform package by its own id.
        var diagnostics = Check(Assets(autoReferencedNetStandard: false), LicencePolicy);

        Assert.Equal(
            ["NETStandard.Library", "System.Collections", "System.Net.Http"],
            diagnostics.Select(d => d.Arguments[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LookalikeOfAPlatformId_IsJudged()
    {
        var diagnostics = Check(Assets(autoReferencedNetStandard: true, lookalike: true), LicencePolicy);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Microsoft.NETCore.Platforms.Extra", diagnostic.Arguments[0]);
    }

    [Fact]
    public void AllowList_DoesNotNeedThePlatform_ButABanStillAppliesToIt()
    {
        var diagnostics = Check(
            Assets(autoReferencedNetStandard: true),
            "{ \"packages\": { \"allowed\": [ \"Contoso.*\" ], \"banned\": [ { \"id\": \"System.Net.Http\", \"versions\": \"< 4.3.4\" } ] } }");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GR1001", diagnostic.RuleId);
        Assert.Equal("System.Net.Http", diagnostic.Arguments[0]);
    }

    private List<GuardrailsDiagnostic> Check(string assetsJson, string policyJson)
    {
        var policy = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(policy, policyJson);
        var assets = Path.Combine(_directory, "obj", "project.assets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(assets)!);
        File.WriteAllText(assets, assetsJson);
        var diagnostics = Path.Combine(_directory, "obj", "guardrails", "dependencies.diagnostics.json");
        var engine = new FakeBuildEngine();
        var task = new CheckGuardrailsDependencies
        {
            BuildEngine = engine,
            PolicyFile = policy,
            ProjectFile = Path.Combine(_directory, "Lib.csproj"),
            AssetsFile = assets,
            TargetFramework = "netstandard1.6",
            DiagnosticsFile = diagnostics,
        };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return DiagnosticsFile.Deserialize(File.ReadAllText(diagnostics));
    }

    private string Assets(bool autoReferencedNetStandard, bool contosoHttp = false, bool lookalike = false)
    {
        var packages = new List<(string Id, string Version, string[] Dependencies)>
        {
            ("NETStandard.Library", "1.6.1", ["Microsoft.NETCore.Platforms", "System.Collections", "System.Net.Http"]),
            ("Microsoft.NETCore.Platforms", "1.1.0", []),
            ("System.Collections", "4.3.0", ["Microsoft.NETCore.Platforms"]),
            ("System.Net.Http", "4.3.0", ["Microsoft.NETCore.Platforms"]),
        };
        var direct = new List<string> { $"\"NETStandard.Library\": {{ \"target\": \"Package\", \"version\": \"[1.6.1, )\"{(autoReferencedNetStandard ? ", \"autoReferenced\": true" : string.Empty)} }}" };
        if (contosoHttp)
        {
            packages.Add(("Contoso.Http", "1.0.0", ["System.Net.Http"]));
            direct.Add("\"Contoso.Http\": { \"target\": \"Package\", \"version\": \"[1.0.0, )\" }");
        }

        if (lookalike)
        {
            packages.Add(("Microsoft.NETCore.Platforms.Extra", "1.0.0", []));
            direct.Add("\"Microsoft.NETCore.Platforms.Extra\": { \"target\": \"Package\", \"version\": \"[1.0.0, )\" }");
        }

        string Deps(string[] ids) => string.Join(", ", ids.Select(d => $"\"{d}\": \"{packages.First(p => p.Id == d).Version}\""));
        var targets = string.Join(",\n", packages.Select(p => $"\"{p.Id}/{p.Version}\": {{ \"type\": \"package\", \"dependencies\": {{ {Deps(p.Dependencies)} }} }}"));
        var libraries = string.Join(",\n", packages.Select(p => $"\"{p.Id}/{p.Version}\": {{ \"type\": \"package\", \"path\": \"{p.Id.ToLowerInvariant()}/{p.Version}\" }}"));
        return $$"""
            {
              "version": 3,
              "targets": { ".NETStandard,Version=v1.6": { {{targets}} } },
              "libraries": { {{libraries}} },
              "packageFolders": { {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(_directory, "packages") + "/")}}: {} },
              "project": {
                "restore": { "projectName": "Lib", "projectPath": {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(_directory, "Lib.csproj"))}} },
                "frameworks": { "netstandard1.6": { "framework": ".NETStandard,Version=v1.6", "dependencies": { {{string.Join(", ", direct)}} } } }
              }
            }
            """;
    }

    private void WriteNuspec(string id, string version, string licenseUrl)
    {
        var folder = Path.Combine(_directory, "packages", id.ToLowerInvariant(), version);
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
            $"<?xml version=\"1.0\"?><package><metadata><id>{id}</id><version>{version}</version><licenseUrl>{licenseUrl}</licenseUrl></metadata></package>");
    }
}
