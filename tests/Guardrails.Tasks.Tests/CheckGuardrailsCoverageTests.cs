using Guardrails.Checks.Diagnostics;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks.Tests;

/// <summary>The coverage task over real files: which reports count, missing data, CI severity, the baseline switch.</summary>
public sealed class CheckGuardrailsCoverageTests : IDisposable
{
    private const string Report = """
        <?xml version="1.0" encoding="utf-8"?>
        <coverage version="1.9">
          <sources><source>{0}</source></sources>
          <packages>
            <package name="Lib">
              <classes>
                <class name="Lib.Calc" filename="Lib/Calc.cs">
                  <lines>
                    <line number="3" hits="{1}" branch="False" />
                    <line number="4" hits="1" branch="False" />
                  </lines>
                </class>
              </classes>
            </package>
          </packages>
        </coverage>
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-coverage-task-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public CheckGuardrailsCoverageTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "Lib"));
        File.WriteAllText(Path.Combine(_directory, "Lib", "Calc.cs"), "namespace Lib;\npublic static class Calc\n{\n    public static int A() => 1;\n}\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Results => Path.Combine(_directory, "App", "TestResults");

    private string DiagnosticsPath => Path.Combine(_directory, "obj", "coverage.diagnostics.json");

    [Fact]
    public void OnlyReportsWrittenSinceTheRunStarted_Count()
    {
        WritePolicy("""{ "coverage": { "line": 100 } }""");
        var stale = WriteReport("old", hits: 1);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var started = DateTime.UtcNow.AddMinutes(-1);
        WriteReport("new", hits: 0);

        Assert.True(Run(started));

        // The fresh report covers 1 of 2 lines; had the stale one (2 of 2) been merged in, line 3 would count as covered.
        var diagnostic = Assert.Single(Diagnostics());
        Assert.Equal("GR2001", diagnostic.RuleId);
        Assert.Contains("50%", diagnostic.Message);
    }

    [Fact]
    public void NoReport_IsGR0002_AWarningLocally_AnErrorInCI()
    {
        WritePolicy("""{ "coverage": { "line": 80 } }""");

        Assert.True(Run(DateTime.UtcNow, isCI: false));
        var local = Assert.Single(Diagnostics());
        Assert.True(Run(DateTime.UtcNow, isCI: true));
        var ci = Assert.Single(Diagnostics());

        Assert.Equal(("GR0002", Rules.RuleSeverity.Warning), (local.RuleId, local.Severity));
        Assert.Equal(("GR0002", Rules.RuleSeverity.Error), (ci.RuleId, ci.Severity));
        Assert.Contains("No coverage report", ci.Message);
        Assert.Equal(Path.Combine(_directory, "guardrails.json"), ci.File);
    }

    [Fact]
    public void WithoutCoverageRules_NothingIsRequired()
    {
        WritePolicy("""{ "rules": { "GR2004": "error" } }""");

        Assert.True(Run(DateTime.UtcNow));

        Assert.Empty(Diagnostics());
    }

    [Fact]
    public void ABadOverrideProperty_IsGR0002_AtTheProjectFile()
    {
        WritePolicy("""{ "coverage": { "line": 10 } }""");
        WriteReport("new", hits: 1);

        Assert.True(Run(DateTime.UtcNow.AddMinutes(-1), line: "eighty"));

        var diagnostic = Assert.Single(Diagnostics());
        Assert.Equal("GR0002", diagnostic.RuleId);
        Assert.Contains("$(GuardrailsCoverageLine) is 'eighty'", diagnostic.Message);
        Assert.EndsWith("App.csproj", diagnostic.File);
    }

    [Fact]
    public void HostileReport_IsGR0002_AtTheReport_NotACrashOrAPass()
    {
        WritePolicy("""{ "coverage": { "line": 10 } }""");
        Directory.CreateDirectory(Path.Combine(Results, "evil"));
        var evil = Path.Combine(Results, "evil", "coverage.cobertura.xml");
        File.WriteAllText(evil, "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<coverage>&x;</coverage>");

        Assert.True(Run(DateTime.UtcNow.AddMinutes(-1)));

        var diagnostic = Assert.Single(Diagnostics());
        Assert.Equal(("GR0002", evil), (diagnostic.RuleId, diagnostic.File));
        Assert.DoesNotContain("root:", diagnostic.Message);
    }

    [Fact]
    public void UpdateBaseline_WritesTheBaseline_InsteadOfComparing()
    {
        WritePolicy("""{ "coverage": { "ratchet": { "baseline": "coverage-baseline.json" } } }""");
        WriteReport("new", hits: 1);

        Assert.True(Run(DateTime.UtcNow.AddMinutes(-1), updateBaseline: true));

        Assert.Empty(Diagnostics());
        Assert.Contains("\"Lib\"", File.ReadAllText(Path.Combine(_directory, "coverage-baseline.json")));
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("coverage baseline written", StringComparison.Ordinal));
    }

    private bool Run(DateTime started, bool isCI = false, string? line = null, bool updateBaseline = false) =>
        new CheckGuardrailsCoverage
        {
            BuildEngine = _engine,
            PolicyFile = Path.Combine(_directory, "guardrails.json"),
            ProjectFile = Path.Combine(_directory, "App", "App.csproj"),
            ResultsDirectories = [new TaskItem(Results)],
            RunStartedUtcTicks = started.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = line,
            EnvironmentVariable = name => isCI && name == "CI" ? "true" : null,
            UpdateBaseline = updateBaseline,
            DiagnosticsFile = DiagnosticsPath,
            SummaryFile = Path.Combine(_directory, "obj", "coverage-summary.json"),
        }.Execute();

    private List<GuardrailsDiagnostic> Diagnostics() => DiagnosticsFile.Deserialize(File.ReadAllText(DiagnosticsPath));

    private void WritePolicy(string json) => File.WriteAllText(Path.Combine(_directory, "guardrails.json"), json);

    private string WriteReport(string run, int hits)
    {
        var directory = Path.Combine(Results, run);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "coverage.cobertura.xml");
        File.WriteAllText(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Report, _directory + "/", hits));
        return path;
    }
}
