using Microsoft.Build.Utilities;

namespace Guardrails.Tasks.Tests;

/// <summary>
/// GR0003 of a multi-targeting project, judged in its outer build from every inner build's findings.json: an entry found
/// by one target framework only is not stale; one that no framework finds is, once.
/// </summary>
public sealed class AuditGuardrailsBaselineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-baseline-audit-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public AuditGuardrailsBaselineTests()
    {
        File.WriteAllText(Path.Combine(_directory, "guardrails.json"), "{ \"baseline\": { \"file\": \"guardrails.baseline.json\" } }");
        File.WriteAllText(Path.Combine(_directory, "guardrails.baseline.json"), Baseline(
            Entry("GR1001", "App/App.csproj", "Contoso.Http", 1),
            Entry("GR1101", "App/Legacy.cs", "net8.0 only", 1),
            Entry("GR1101", "Shared/Polyfill.cs", "both", 2),
            Entry("GR1101", "App/Gone.cs", "fixed", 1)));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Output => Path.Combine(_directory, "App", "obj", "Debug", "guardrails", "baseline.diagnostics.json");

    private static string Entry(string rule, string file, string key, int count) =>
        "{ \"rule\": \"" + rule + "\", \"file\": \"" + file + "\", \"key\": \"" + key + "\", \"count\": " + count + ", \"project\": \"App/App.csproj\" }";

    private static string Baseline(params string[] entries) => "{ \"version\": 1, \"entries\": [ " + string.Join(", ", entries) + " ] }";

    /// <summary>An inner build's findings.json and its compiler log.</summary>
    private TaskItem InnerBuild(string framework, params string[] entries)
    {
        var folder = Path.Combine(_directory, "App", "obj", "Debug", framework, "guardrails");
        Directory.CreateDirectory(folder);
        var findings = Path.Combine(folder, "findings.json");
        File.WriteAllText(findings, Baseline(entries));
        var log = Path.Combine(folder, "compiler.sarif");
        File.WriteAllText(log, "{ \"version\": \"2.1.0\", \"runs\": [] }");
        var item = new TaskItem(findings);
        item.SetMetadata("CompilerLog", log);
        return item;
    }

    private AuditGuardrailsBaseline Task(params TaskItem[] innerBuilds) => new()
    {
        BuildEngine = _engine,
        PolicyFile = Path.Combine(_directory, "guardrails.json"),
        PolicyFileIsExplicit = true,
        ProjectFile = Path.Combine(_directory, "App", "App.csproj"),
        FindingsFiles = innerBuilds,
        BaselineDiagnosticsFile = Output,
    };

    [Fact]
    public void AnEntryFoundByOneFrameworkOnly_IsNotStale_OneNoFrameworkFinds_IsReportedOnce()
    {
        var net10 = InnerBuild("net10.0", Entry("GR1101", "Shared/Polyfill.cs", "both", 2));
        var net8 = InnerBuild("net8.0",
            Entry("GR1001", "App/App.csproj", "Contoso.Http", 1),
            Entry("GR1101", "App/Legacy.cs", "net8.0 only", 1),
            Entry("GR1101", "Shared/Polyfill.cs", "both", 2));

        Assert.True(Task(net10, net8).Execute());

        Assert.Empty(_engine.Errors);
        var diagnostics = File.ReadAllText(Output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(diagnostics, "\"id\": \"GR0003\""));
        Assert.Contains("App/Gone.cs", diagnostics);
    }

    [Fact]
    public void FewerOccurrencesInEveryFramework_IsStale_AsManyInOne_IsNot()
    {
        var net10 = InnerBuild("net10.0", Entry("GR1101", "Shared/Polyfill.cs", "both", 1), Entry("GR1101", "App/Gone.cs", "fixed", 1));
        var net8 = InnerBuild("net8.0", Entry("GR1101", "Shared/Polyfill.cs", "both", 1), Entry("GR1101", "App/Legacy.cs", "net8.0 only", 1),
            Entry("GR1001", "App/App.csproj", "Contoso.Http", 1));

        Assert.True(Task(net10, net8).Execute());

        var diagnostics = File.ReadAllText(Output);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(diagnostics, "\"id\": \"GR0003\""));
        Assert.Contains("Shared/Polyfill.cs", diagnostics);
        Assert.Contains("now occurs 1 times", diagnostics);
    }

    [Fact]
    public void AnInnerBuildWithoutFindings_MeansNothingCanBeJudged_AndNothingIsSaid()
    {
        var net10 = InnerBuild("net10.0");
        var missing = new TaskItem(Path.Combine(_directory, "App", "obj", "Debug", "net8.0", "guardrails", "missing", "findings.json"));

        Assert.True(Task(net10, missing).Execute());

        Assert.Empty(_engine.Errors);
        Assert.DoesNotContain("\"id\"", File.ReadAllText(Output));
    }

    [Fact]
    public void ABrokenFindingsFile_IsGR0002AtTheProject_AndNoOutputIsLeftBehind()
    {
        var net10 = InnerBuild("net10.0");
        File.WriteAllText(net10.ItemSpec, "{ not json");

        Assert.False(Task(net10).Execute());

        Assert.Contains(_engine.Errors, e => e.Code == "GR0002");
        Assert.False(File.Exists(Output));
    }
}
