using Guardrails.Policy.Diagnostics;

namespace Guardrails.Tasks.Tests;

/// <summary>The dependency task on restore results it cannot use: a diagnostic at the file and line, never a crash or a pass.</summary>
public sealed class CheckGuardrailsDependenciesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-dependencies-task-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private List<GuardrailsDiagnostic> Check(string assetsJson)
    {
        var policy = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(policy, "{ \"packages\": { \"banned\": [ \"Newtonsoft.Json\" ] } }");
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
}
