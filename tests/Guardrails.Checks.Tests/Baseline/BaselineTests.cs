using Guardrails.Checks.Baseline;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Tests.Baseline;

public sealed class BaselineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-baseline-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Tally_CountsFindingsPerIdentity_LeavesOutPolicyAndCoverageRules_AndSortsStably()
    {
        var findings = new[]
        {
            ("GR1101", "src/B.cs", "The symbol 'Console' is banned"),
            ("GR1101", "src/B.cs", "The symbol 'Console' is banned"),
            ("GR2004", "src/A.cs", "'A' is excluded"),
            ("GR0002", "guardrails.json", "missing input"),
            ("GR2001", "src/A.cs", "line:file:src/A.cs"),
            ("GR3007", string.Empty, "Review debt"),
        };

        var entries = BaselineFinding.Tally(findings, "src/App.csproj");

        Assert.Equal(
            [("GR2004", "src/A.cs", "'A' is excluded", 1), ("GR1101", "src/B.cs", "The symbol 'Console' is banned", 2)],
            entries.Select(e => (e.Rule, e.File, e.Key, e.Count)));
        Assert.All(entries, e => Assert.Equal("src/App.csproj", e.Project));
    }

    [Fact]
    public void SerializeThenRead_RoundTrips_WithPositionsForEachEntry()
    {
        var baseline = new BaselineFile([
            new BaselineEntry("GR4001", "tests/T.cs", "Test 'T.M' asserts nothing", 1, "tests/T.csproj"),
            new BaselineEntry("GR1001", "src/App.csproj", "Newtonsoft.Json", 3, null),
        ]);
        var path = Path.Combine(_directory, "baseline.json");
        File.WriteAllText(path, baseline.Serialize());

        var read = BaselineFile.Read(path);

        Assert.Equal(
            [("GR1001", "src/App.csproj", "Newtonsoft.Json", 3, (string?)null), ("GR4001", "tests/T.cs", "Test 'T.M' asserts nothing", 1, "tests/T.csproj")],
            read.Entries.Select(e => (e.Rule, e.File, e.Key, e.Count, e.Project)));
        Assert.Equal(4, read.Entries[0].Position.Line);
        Assert.True(read.Entries[1].Position.Line > read.Entries[0].Position.Line);
    }

    [Theory]
    [InlineData("{ \"version\": 1, \"entries\": [ ", "line")]
    [InlineData("{ \"version\": 2, \"entries\": [] }", "not a Guardrails baseline")]
    [InlineData("[]", "not a Guardrails baseline")]
    [InlineData("{ \"version\": 1, \"entries\": [ { \"file\": \"a.cs\" } ] }", "needs 'rule' and 'key'")]
    public void BrokenBaseline_IsInvalidData_WithWhatIsWrong(string json, string expected)
    {
        var path = Path.Combine(_directory, "baseline.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => BaselineFile.Read(path));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Budget_AllowsExactlyTheRecordedCount()
    {
        var budget = new BaselineBudget([new BaselineEntry("GR1101", "a.cs", "k", 2, null)]);

        Assert.True(budget.TryTake(("GR1101", "a.cs", "k")));
        Assert.True(budget.TryTake(("GR1101", "a.cs", "k")));
        Assert.False(budget.TryTake(("GR1101", "a.cs", "k")));
        Assert.False(budget.TryTake(("GR1101", "b.cs", "k")));
    }

    [Fact]
    public void Budget_TwoHugeCountsForOneIdentity_SaturateInsteadOfWrappingNegative()
    {
        var budget = new BaselineBudget([new BaselineEntry("GR1101", "a.cs", "k", int.MaxValue, "p1"), new BaselineEntry("GR1101", "a.cs", "k", int.MaxValue, "p2")]);

        Assert.True(budget.TryTake(("GR1101", "a.cs", "k")));
    }

    [Fact]
    public void Merge_KeepsTheLargestCountPerIdentityAndProject()
    {
        var merged = BaselineFile.Merge([
            new BaselineEntry("GR1101", "a.cs", "k", 1, "p1"),
            new BaselineEntry("GR1101", "a.cs", "k", 2, "p1"),
            new BaselineEntry("GR1101", "a.cs", "k", 1, "p2"),
        ]);

        Assert.Equal([2, 1], merged.Entries.OrderBy(e => e.Project).Select(e => e.Count));
    }

    [Fact]
    public void Audit_ReportsEntriesOfThisProjectThatNoLongerOccur_OrOccurLessOften()
    {
        var policy = PolicyText.Parse("{ \"baseline\": { \"file\": \"guardrails.baseline.json\" } }").Policy;
        var baseline = new BaselineFile([
            new BaselineEntry("GR2004", "src/A.cs", "'A' is excluded", 1, "src/App.csproj") { Position = new SourcePosition(5, 5) },
            new BaselineEntry("GR1101", "src/A.cs", "Console", 2, "src/App.csproj") { Position = new SourcePosition(11, 5) },
            new BaselineEntry("GR4001", "tests/T.cs", "T", 1, "tests/T.csproj"),
            new BaselineEntry("GR1001", "src/App.csproj", "Newtonsoft.Json", 1, "src/App.csproj"),
        ]);
        var findings = new[] { ("GR1101", "src/A.cs", "Console"), ("GR1001", "src/App.csproj", "Newtonsoft.Json") };

        var stale = BaselineAudit.Stale(policy, "/repo/guardrails.baseline.json", baseline, "src/App.csproj", BaselineAudit.Count(findings), _ => true);

        Assert.Equal(2, stale.Count);
        Assert.All(stale, d => Assert.Equal(RuleIds.GR0003, d.RuleId));
        Assert.Contains(stale, d => d.Line == 5 && d.Message.Contains("no longer occurs", StringComparison.Ordinal));
        Assert.Contains(stale, d => d.Line == 11 && d.Message.Contains("2 times, but it now occurs 1 times", StringComparison.Ordinal));
        Assert.All(stale, d => Assert.Equal("/repo/guardrails.baseline.json", d.File));
    }

    [Fact]
    public void Audit_SkipsRulesThisCheckDoesNotSee()
    {
        var policy = PolicyText.Parse("{}").Policy;
        var baseline = new BaselineFile([new BaselineEntry("GR2004", "src/A.cs", "k", 1, "src/App.csproj")]);

        var stale = BaselineAudit.Stale(policy, "/repo/b.json", baseline, "src/App.csproj", BaselineAudit.Count([]), rule => rule != "GR2004");

        Assert.Empty(stale);
    }

    [Fact]
    public void CompilerLog_FindingsAreUnsuppressedOrBaselined_NotSuppressedInSource()
    {
        var sarif = Path.Combine(_directory, "compiler.sarif");
        File.WriteAllText(sarif, """
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "GR1101", "message": { "text": "open" }, "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "file:///repo/src/A.cs" } } } ] },
              { "ruleId": "GR2004", "message": { "text": "baselined" }, "suppressions": [ { "kind": "external", "properties": { "suppressionType": "DiagnosticSuppressor {Suppression Id: GRB2004, Justification: Recorded in the Guardrails baseline}" } } ] },
              { "ruleId": "GR4001", "message": { "text": "pragma" }, "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "Pragma Directive" } } ] },
              { "ruleId": "GR4001", "message": { "text": "other suppressor" }, "suppressions": [ { "kind": "external", "properties": { "suppressionType": "DiagnosticSuppressor {Suppression Id: XYZ001, Justification: x}" } } ] },
              { "ruleId": "CS0168", "message": { "text": "not ours" } }
            ] } ] }
            """);

        var findings = CompilerLogFindings.Read(sarif);

        Assert.Equal([("GR1101", "open"), ("GR2004", "baselined")], findings.Select(f => (f.Rule, f.Message)));
        Assert.EndsWith("A.cs", findings[0].File);
    }

    [Fact]
    public void AnalyzerPart_HoldsOnlyAnalyzerRules_Escaped()
    {
        var text = AnalyzerBaselineWriter.Write(new BaselineFile([
            new BaselineEntry("GR2004", "src/A b.cs", "tab\there\\n", 2, "p"),
            new BaselineEntry("GR1001", "src/App.csproj", "Newtonsoft.Json", 1, "p"),
        ]));

        var line = Assert.Single(text.Split('\n'), l => l.StartsWith("GR", StringComparison.Ordinal));
        Assert.Equal("GR2004\tsrc/A b.cs\t2\ttab\\there\\\\n", line);
        Assert.Equal("tab\there\\n", BaselineLineFormat.Unescape("tab\\there\\\\n"));
    }

    [Fact]
    public void TaskDiagnostics_AreIdentifiedBySymbol_ElseMessage_RelativeToThePolicyFolder()
    {
        var withSymbol = new GuardrailsDiagnostic("GR1001", RuleSeverity.Error, "Package 'X' is banned", "/repo/src/App.csproj", 3, symbol: "X");
        var withoutSymbol = new GuardrailsDiagnostic("GR4004", RuleSeverity.Warning, "<NoWarn> switches off GR2004", "/repo/src/App.csproj", 5);

        Assert.Equal(("GR1001", "src/App.csproj", "X"), BaselineFinding.Identify(withSymbol, "/repo"));
        Assert.Equal(("GR4004", "src/App.csproj", "<NoWarn> switches off GR2004"), BaselineFinding.Identify(withoutSymbol, "/repo"));
    }
}
