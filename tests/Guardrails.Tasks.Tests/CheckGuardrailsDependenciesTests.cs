using Guardrails.Checks.Dependencies;
using Guardrails.Checks.Diagnostics;

namespace Guardrails.Tasks.Tests;

/// <summary>The dependency task on restore results it cannot use: a diagnostic at the file and line, never a crash or a pass.</summary>
public sealed class CheckGuardrailsDependenciesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-dependencies-task-").FullName;
    private FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private List<GuardrailsDiagnostic> Check(
        string assetsJson, string policyJson = "{ \"packages\": { \"banned\": [ \"Newtonsoft.Json\" ] } }", string? targetFramework = null, string? targetFrameworkMoniker = null)
    {
        var policy = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(policy, policyJson);
        var assets = Path.Combine(_directory, "obj", "project.assets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(assets)!);
        File.WriteAllText(assets, assetsJson);
        var diagnostics = Path.Combine(_directory, "obj", "guardrails", "dependencies.diagnostics.json");
        var task = new CheckGuardrailsDependencies
        {
            BuildEngine = _engine,
            PolicyFile = policy,
            ProjectFile = Path.Combine(_directory, "App.csproj"),
            AssetsFile = assets,
            TargetFramework = targetFramework,
            TargetFrameworkMoniker = targetFrameworkMoniker,
            DiagnosticsFile = diagnostics,
        };

        Assert.True(task.Execute(), string.Join("\n", _engine.Errors.Select(e => e.Message)));
        return DiagnosticsFile.Deserialize(File.ReadAllText(diagnostics));
    }

    [Fact]
    public void TruncatedAssetsFile_IsGR0002AtItsLine()
    {
        var diagnostic = Assert.Single(Check("{\n  \"version\": 3,\n  \"targets\": {\n    \"net8.0\": {\n      \"Newtonsoft.Json/13.0.1\": {"));

        Assert.Equal("GR0002", diagnostic.RuleId);
        Assert.EndsWith("project.assets.json", diagnostic.File);
        Assert.True(diagnostic.Line >= 5, diagnostic.Line + ": " + diagnostic.Message);
        Assert.Contains("Restore the project again", diagnostic.Message);
    }

    [Fact]
    public void AssetsFileOfAnUnknownFormatVersion_IsGR0002_NotAPass()
    {
        var diagnostic = Assert.Single(Check("{ \"version\": 99, \"targets\": { }, \"libraries\": { } }"));

        Assert.Equal("GR0002", diagnostic.RuleId);
        Assert.EndsWith("project.assets.json", diagnostic.File);
    }

    [Fact]
    public void Licences_InTwoFrameworks_AreJudgedPerPackageVersion_AndReportedOnce()
    {
        // Lib.Shared 1.0.0 is in both graphs (its licence is read once and reported once); Lib.Moved is MIT at 1.0.0
        // (net8.0) and GPL at 2.0.0 (net9.0), so a licence remembered by name alone would pass the GPL version.
        WriteNuspec("lib.shared", "1.0.0", "GPL-3.0-only");
        WriteNuspec("lib.moved", "1.0.0", "MIT");
        WriteNuspec("lib.moved", "2.0.0", "GPL-3.0-only");
        var assets = TwoFrameworkAssets(net8: ["Lib.Shared/1.0.0", "Lib.Moved/1.0.0"], net9: ["Lib.Shared/1.0.0", "Lib.Moved/2.0.0"]);

        var diagnostics = Check(assets, "{ \"packages\": { \"licenses\": { \"allowed\": [ \"MIT\" ] } } }");

        Assert.All(diagnostics, d => Assert.Equal("GR1003", d.RuleId));
        Assert.Equal(
            ["Lib.Moved 2.0.0 GPL-3.0-only", "Lib.Shared 1.0.0 GPL-3.0-only"],
            diagnostics.Select(d => string.Join(" ", d.Arguments)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("net8.0", null, "Lib.Old")]
    [InlineData(null, ".NETCoreApp,Version=v8.0", "Lib.Old")]
    [InlineData("net9.0", ".NETCoreApp,Version=v9.0", "")]
    [InlineData("", "", "Lib.Old")]
    [InlineData("net9.0-windows", ".NETCoreApp,Version=v9.0-unmatched", "Lib.Old")]
    [InlineData("net9.0-windows", ".NETCoreApp,Version=v9.0", "", "net9.0", "net9.0-windows7.0")]
    [InlineData("net9.0", ".NETCoreApp,Version=v9.0", "Lib.Old", "net9.0", "net9.0-windows7.0")]
    [InlineData("net9", ".NETCoreApp,Version=v9.0", "Lib.Old", ".NETCoreApp,Version=v9.0", ".NETCoreApp,Version=v8.0")]
    [InlineData("net8", ".NETCoreApp,Version=v8.0", "", ".NETCoreApp,Version=v9.0", ".NETCoreApp,Version=v8.0")]
    public void MultiTargeting_EachInnerBuildAuditsItsOwnFramework_AndAnUnmatchedNameAuditsAll(
        string? alias, string? moniker, string expected, string first = "net8.0", string second = "net9.0")
    {
        // Lib.Old is only in the first graph: that framework's build reports it, the second's does not. No framework, or a
        // name the assets file does not use, audits every graph rather than none.
        var assets = TwoFrameworkAssets(net8: ["Lib.Shared/1.0.0", "Lib.Old/1.0.0"], net9: ["Lib.Shared/1.0.0"], first, second);

        var diagnostics = Check(assets, "{ \"packages\": { \"banned\": [ \"Lib.Old\" ] } }", alias, moniker);

        Assert.Equal(expected, string.Join(",", diagnostics.Select(d => d.RuleId + ":" + d.Arguments[0])).Replace("GR1001:", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Licences_AreReadOncePerBuild_ForEveryProjectOfIt()
    {
        // Within one build a package's nuspec is read once: the second project's check is served from the build's cache,
        // even after the nuspec changed on disk (restore never changes a restored package). A new build reads it again.
        WriteNuspec("lib.shared", "1.0.0", "GPL-3.0-only");
        var assets = TwoFrameworkAssets(net8: ["Lib.Shared/1.0.0"], net9: ["Lib.Shared/1.0.0"]);
        const string Policy = "{ \"packages\": { \"licenses\": { \"allowed\": [ \"MIT\" ] } } }";

        var first = Check(assets, Policy, "net8.0");
        WriteNuspec("lib.shared", "1.0.0", "MIT");
        var secondInSameBuild = Check(assets, Policy, "net9.0");
        _engine = new FakeBuildEngine();
        var nextBuild = Check(assets, Policy, "net9.0");

        Assert.Equal("GR1003", Assert.Single(first).RuleId);
        Assert.Equal("GR1003", Assert.Single(secondInSameBuild).RuleId);
        Assert.Empty(nextBuild);
        var cache = Assert.Single(_engine.TaskObjects.Values.OfType<LicenseCache>());
        Assert.Equal(1, cache.Reads);
    }

    private string TwoFrameworkAssets(string[] net8, string[] net9, string first = "net8.0", string second = "net9.0")
    {
        static string Target(IEnumerable<string> packages) => string.Join(", ", packages.Select(p => $"\"{p}\": {{ \"type\": \"package\" }}"));
        static string Direct(IEnumerable<string> packages) => string.Join(", ", packages.Select(p => $"\"{p.Split('/')[0]}\": {{ }}"));
        var libraries = string.Join(", ", net8.Concat(net9).Distinct().Select(p => $"\"{p}\": {{ \"type\": \"package\", \"path\": \"{p.ToLowerInvariant()}\" }}"));
        return $$"""
            {
              "version": 3,
              "targets": { "{{first}}": { {{Target(net8)}} }, "{{second}}": { {{Target(net9)}} } },
              "libraries": { {{libraries}} },
              "packageFolders": { {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(_directory, "packages") + "/")}}: {} },
              "project": {
                "restore": { "projectName": "App", "projectPath": {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(_directory, "App.csproj"))}} },
                "frameworks": { "{{first}}": { "dependencies": { {{Direct(net8)}} } }, "{{second}}": { "dependencies": { {{Direct(net9)}} } } }
              }
            }
            """;
    }

    private void WriteNuspec(string id, string version, string license)
    {
        var folder = Path.Combine(_directory, "packages", id, version);
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, id + ".nuspec"),
            $"<?xml version=\"1.0\"?><package><metadata><id>{id}</id><version>{version}</version><license type=\"expression\">{license}</license></metadata></package>");
    }
}
