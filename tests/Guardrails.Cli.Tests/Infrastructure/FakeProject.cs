using Guardrails.Checks.Coverage;
using Guardrails.Checks.Diagnostics;
using Guardrails.Checks.Review;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// A project folder with what a build leaves under obj/&lt;Configuration&gt;/&lt;TargetFramework&gt;/guardrails/, written
/// with the build's own serializers (diagnostics, review debt, coverage summary) so the formats are the real ones.
/// </summary>
internal sealed class FakeProject
{
    public FakeProject(string root, string relativeDirectory, string name)
    {
        Name = name;
        Directory = Path.Combine(root, relativeDirectory.Replace('/', Path.DirectorySeparatorChar));
        System.IO.Directory.CreateDirectory(Directory);
        ProjectFile = Path.Combine(Directory, name + ".csproj");
        File.WriteAllText(ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
    }

    public string Name { get; }

    public string Directory { get; }

    public string ProjectFile { get; }

    /// <summary>The full path of a source file of this project (not written: reports only name it).</summary>
    public string Source(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string OutputFolder(string configuration = "Debug", string targetFramework = "net10.0")
    {
        var folder = Path.Combine(Directory, "obj", configuration, targetFramework, "guardrails");
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }

    public FakeProject WithCompilerLog(CompilerLog log, string configuration = "Debug", string targetFramework = "net10.0")
    {
        File.WriteAllText(Path.Combine(OutputFolder(configuration, targetFramework), "compiler.sarif"), log.ToJson());
        return this;
    }

    public FakeProject WithTaskDiagnostics(string check, params GuardrailsDiagnostic[] diagnostics) =>
        WithTaskDiagnostics(check, "Debug", "net10.0", diagnostics);

    public FakeProject WithTaskDiagnostics(string check, string configuration, string targetFramework, params GuardrailsDiagnostic[] diagnostics)
    {
        File.WriteAllText(Path.Combine(OutputFolder(configuration, targetFramework), check + ".diagnostics.json"), DiagnosticsFile.Serialize(diagnostics));
        return this;
    }

    public FakeProject WithReviewDebt(long aiGenerated, long reviewed, long stale, long pending = 0, long unreviewed = 0, long overdue = 0, string targetFramework = "net10.0")
    {
        var counts = new Dictionary<string, (long Members, long Lines)>
        {
            ["aiGenerated"] = (aiGenerated, aiGenerated * 6),
            ["reviewed"] = (reviewed, reviewed * 6),
            ["stale"] = (stale, stale * 6),
            ["pending"] = (pending, pending * 6),
            ["unreviewed"] = (unreviewed, unreviewed * 6),
            ["overdue"] = (overdue, overdue * 6),
        };
        File.WriteAllText(Path.Combine(OutputFolder("Debug", targetFramework), "review-debt.json"), ReviewDebtSummary.Serialize(Name, counts));
        return this;
    }

    /// <summary>coverage-summary.json: the total against line/branch thresholds, and one assembly per entry.</summary>
    public FakeProject WithCoverageSummary((long Covered, long Total) line, (long Covered, long Total) branch, decimal? lineThreshold, decimal? branchThreshold, params (string Name, long Covered, long Total)[] assemblies)
    {
        var thresholds = new ScopeThresholds(Threshold(lineThreshold), Threshold(branchThreshold), null);
        var total = new ScopeSummary("total", new CoverageCount(line.Covered, line.Total), new CoverageCount(branch.Covered, branch.Total), new CoverageCount(3, 4), thresholds);
        var perAssembly = assemblies
            .Select(a => new ScopeSummary(a.Name, new CoverageCount(a.Covered, a.Total), new CoverageCount(0, 0), new CoverageCount(1, 1), ScopeThresholds.None))
            .ToList();
        var problem = CoverageSummaryFile.Write(Path.Combine(OutputFolder(), "coverage-summary.json"), new CoverageSummary(total, perAssembly));
        Assert.Null(problem);
        return this;
    }

    public GuardrailsDiagnostic Diagnostic(string ruleId, RuleSeverity severity, string message, string? file, int line = 0, int column = 0) =>
        new(ruleId, severity, message, file, line, column);

    private static CoverageThreshold? Threshold(decimal? percent) =>
        percent is { } p ? new CoverageThreshold(p, "coverage.line", null, default) : null;
}
