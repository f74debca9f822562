using System.Text.Json;
using Guardrails.Checks.Dependencies;
using Guardrails.Checks.Diagnostics;

namespace Guardrails.Tasks.Tests;

/// <summary>
/// A banned package in a core library is one GR1001, at the library's own reference — not one more in every project
/// that references the library — when that library is built with Guardrails under the same policy. When that is not
/// known (no Guardrails there, no restore result, another policy, its own switches, another version, another way in),
/// the referencing project reports it: unsure means report. Shaped like MediatR.Tests -> MediatR -> CommandLineParser.
/// </summary>
public sealed class DependenciesThroughGovernedProjectsTests : IDisposable
{
    private const string Policy = "{ \"packages\": { \"banned\": [ \"CommandLineParser\" ] } }";

    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-governed-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string TestsProject => Path.Combine(_directory, "test", "MediatR.Tests", "MediatR.Tests.csproj");

    private string CoreProject => Path.Combine(_directory, "src", "MediatR", "MediatR.csproj");

    [Fact]
    public void PackageOnlyThroughAGovernedProject_IsNotRepeatedInTheReferencingProject()
    {
        WriteCore(guardrails: true, version: "2.9.1");

        Assert.Empty(CheckTests("2.9.1"));
    }

    [Theory]
    [InlineData("no Guardrails in the referenced project")]
    [InlineData("no restore result for the referenced project")]
    [InlineData("the referenced project has its own policy")]
    [InlineData("the referenced project sets GuardrailsEnabled")]
    [InlineData("the referenced project resolves another version")]
    public void PackageThroughAProjectNotKnownToReportIt_IsReportedAtTheProjectReference(string why)
    {
        WriteCore(
            guardrails: why != "no Guardrails in the referenced project",
            version: why == "the referenced project resolves another version" ? "2.8.0" : "2.9.1",
            assets: why != "no restore result for the referenced project",
            projectText: why == "the referenced project sets GuardrailsEnabled" ? "<Project><PropertyGroup><GuardrailsEnabled>false</GuardrailsEnabled></PropertyGroup></Project>" : null);
        if (why == "the referenced project has its own policy")
        {
            File.WriteAllText(Path.Combine(_directory, "src", "guardrails.json"), "{ }");
        }

        var diagnostic = Assert.Single(CheckTests("2.9.1"));

        Assert.Equal("GR1001", diagnostic.RuleId);
        Assert.Contains("It comes in by MediatR.Tests -> MediatR -> CommandLineParser 2.9.1.", diagnostic.Message);
    }

    [Fact]
    public void PackageOnlyThroughAGovernedProject_WithTheArtifactsLayout_IsNotRepeatedInTheReferencingProject()
    {
        // <UseArtifactsOutput>true</UseArtifactsOutput>: the referenced project restores to $(ArtifactsPath)/obj/MediatR/, and
        // an obj/ folder left next to it from before the switch (another version) is not read.
        WriteCore(guardrails: true, version: "2.9.1", assetsFolder: Path.Combine(_directory, "artifacts", "obj", "MediatR"));
        WriteCore(guardrails: true, version: "2.8.0");

        Assert.Empty(CheckTests("2.9.1", artifactsPath: Path.Combine(_directory, "artifacts")));
    }

    [Fact]
    public void ReferencedRestoreResult_IsReadOncePerBuild_ForEveryProjectReferencingIt()
    {
        WriteCore(guardrails: true, version: "2.9.1");
        var engine = new FakeBuildEngine();

        Assert.Empty(CheckTests("2.9.1", engine: engine));
        Assert.Empty(CheckTests("2.9.1", engine: engine));

        var cache = Assert.Single(engine.TaskObjects.Values.OfType<GovernedAssetsCache>());
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void PackageAlsoThroughAnotherWay_IsReportedWithThatChain()
    {
        WriteCore(guardrails: true, version: "2.9.1");

        var diagnostic = Assert.Single(CheckTests("2.9.1", alsoThrough: "Some.Cli"));

        Assert.Equal("GR1001", diagnostic.RuleId);
        Assert.Contains("It comes in by MediatR.Tests -> Some.Cli 1.0.0 -> CommandLineParser 2.9.1.", diagnostic.Message);
    }

    private void WriteCore(bool guardrails, string version, bool assets = true, string? projectText = null, string? assetsFolder = null)
    {
        assetsFolder ??= Path.Combine(_directory, "src", "MediatR", "obj");
        Directory.CreateDirectory(assetsFolder);
        Directory.CreateDirectory(Path.GetDirectoryName(CoreProject)!);
        File.WriteAllText(CoreProject, projectText ?? "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        if (!assets)
        {
            return;
        }

        var direct = guardrails ? "\"CommandLineParser\": { }, \"Guardrails\": { }" : "\"CommandLineParser\": { }";
        var guardrailsTarget = guardrails ? ", \"Guardrails/0.1.0\": { \"type\": \"package\" }" : string.Empty;
        File.WriteAllText(Path.Combine(assetsFolder, "project.assets.json"), $$"""
            {
              "version": 3,
              "targets": { "netstandard2.0": { "CommandLineParser/{{version}}": { "type": "package" }{{guardrailsTarget}} } },
              "libraries": { "CommandLineParser/{{version}}": { "type": "package", "path": "commandlineparser/{{version}}" } },
              "project": {
                "restore": { "projectName": "MediatR", "projectPath": {{JsonSerializer.Serialize(CoreProject)}} },
                "frameworks": { "netstandard2.0": { "dependencies": { {{direct}} } } }
              }
            }
            """);
    }

    private List<GuardrailsDiagnostic> CheckTests(string version, string? alsoThrough = null, FakeBuildEngine? engine = null, string? artifactsPath = null)
    {
        var policy = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(policy, Policy);
        var directory = Path.GetDirectoryName(TestsProject)!;
        Directory.CreateDirectory(Path.Combine(directory, "obj"));
        File.WriteAllText(TestsProject, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var other = alsoThrough is null ? string.Empty : $", \"{alsoThrough}/1.0.0\": {{ \"type\": \"package\", \"dependencies\": {{ \"CommandLineParser\": \"{version}\" }} }}";
        var otherLibrary = alsoThrough is null ? string.Empty : $", \"{alsoThrough}/1.0.0\": {{ \"type\": \"package\", \"path\": \"{alsoThrough.ToLowerInvariant()}/1.0.0\" }}";
        var otherDirect = alsoThrough is null ? string.Empty : $"\"{alsoThrough}\": {{ }}";
        var assets = Path.Combine(directory, "obj", "project.assets.json");
        File.WriteAllText(assets, $$"""
            {
              "version": 3,
              "targets": { "net8.0": {
                "MediatR/1.0.0": { "type": "project", "dependencies": { "CommandLineParser": "{{version}}" } },
                "CommandLineParser/{{version}}": { "type": "package" }{{other}} } },
              "libraries": {
                "MediatR/1.0.0": { "type": "project", "path": "../../src/MediatR/MediatR.csproj" },
                "CommandLineParser/{{version}}": { "type": "package", "path": "commandlineparser/{{version}}" }{{otherLibrary}} },
              "project": {
                "restore": {
                  "projectName": "MediatR.Tests", "projectPath": {{JsonSerializer.Serialize(TestsProject)}},
                  "frameworks": { "net8.0": { "projectReferences": { {{JsonSerializer.Serialize(CoreProject)}}: { "projectPath": {{JsonSerializer.Serialize(CoreProject)}} } } } }
                },
                "frameworks": { "net8.0": { "dependencies": { {{otherDirect}} } } }
              }
            }
            """);
        var diagnostics = Path.Combine(directory, "obj", "guardrails", "dependencies.diagnostics.json");
        engine ??= new FakeBuildEngine();
        var task = new CheckGuardrailsDependencies
        {
            BuildEngine = engine,
            PolicyFile = policy,
            ProjectFile = TestsProject,
            AssetsFile = assets,
            ArtifactsPath = artifactsPath,
            TargetFramework = "net8.0",
            DiagnosticsFile = diagnostics,
        };

        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return DiagnosticsFile.Deserialize(File.ReadAllText(diagnostics));
    }
}
