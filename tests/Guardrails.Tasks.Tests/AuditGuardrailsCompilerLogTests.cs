using Microsoft.Build.Utilities;

namespace Guardrails.Tasks.Tests;

/// <summary>The post-compile task: one read of the compiler's SARIF log gives GR4003, findings.json and review-debt.json.</summary>
public sealed class AuditGuardrailsCompilerLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-compiler-log-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Obj(string name) => Path.Combine(_directory, "obj", "guardrails", name);

    private string Sarif(string results)
    {
        var path = Path.Combine(_directory, "compiler.sarif");
        File.WriteAllText(path, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " + results + " ] } ] }");
        return path;
    }

    private static string Result(string ruleId, string? suppressionType = null, string properties = "") =>
        "{ \"ruleId\": \"" + ruleId + "\", \"message\": { \"text\": \"" + ruleId + " message\" },"
        + (suppressionType is null ? string.Empty : " \"suppressions\": [ { \"kind\": \"inSource\", \"properties\": { \"suppressionType\": \"" + suppressionType + "\" } } ],")
        + (properties.Length == 0 ? string.Empty : " \"properties\": { \"customProperties\": { " + properties + " } },")
        + " \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file://" + "/repo/App/Legacy.cs\" }, \"region\": { \"startLine\": 3, \"startColumn\": 2 } } } ] }";

    private AuditGuardrailsCompilerLog Task(string? errorLog) => new()
    {
        BuildEngine = _engine,
        ProjectFile = Path.Combine(_directory, "App", "App.csproj"),
        ProjectName = "App",
        ErrorLog = errorLog,
        SuppressionsDiagnosticsFile = Obj("suppressions.diagnostics.json"),
        FindingsFile = Obj("findings.json"),
        BaselineDiagnosticsFile = Obj("baseline.diagnostics.json"),
        ReviewDebtFile = Obj("review-debt.json"),
    };

    [Fact]
    public void OneLog_GivesTheSuppressionAudit_TheFindings_AndTheReviewDebt()
    {
        var log = Sarif(string.Join(", ",
            Result("GR2004", "DiagnosticSuppressor {Suppression Id: QUIET001, Justification: green build}"),
            Result("GR1101"),
            Result("GR3007", properties: "\"aiGenerated.members\": \"3\", \"aiGenerated.lines\": \"40\"")));

        Assert.True(Task(log).Execute());

        Assert.Empty(_engine.Errors);
        var suppressions = File.ReadAllText(Obj("suppressions.diagnostics.json"));
        Assert.Contains("\"id\": \"GR4003\"", suppressions);
        Assert.Contains("QUIET001", suppressions);
        var findings = File.ReadAllText(Obj("findings.json"));
        Assert.Contains("\"rule\": \"GR1101\"", findings);
        // The suppressor's victim is not a finding; the audit's own GR4003 is.
        Assert.DoesNotContain("\"rule\": \"GR2004\"", findings);
        Assert.Contains("\"rule\": \"GR4003\"", findings);
        Assert.Contains("\"members\": 3", File.ReadAllText(Obj("review-debt.json")));
        Assert.DoesNotContain("\"id\"", File.ReadAllText(Obj("baseline.diagnostics.json")));
    }

    [Fact]
    public void AuditSuppressionsFalse_LeavesGR4003Out()
    {
        var log = Sarif(Result("GR2004", "DiagnosticSuppressor {Suppression Id: QUIET001}"));
        var task = Task(log);
        task.AuditSuppressions = false;

        Assert.True(task.Execute());

        Assert.DoesNotContain("GR4003", File.ReadAllText(Obj("suppressions.diagnostics.json")));
    }

    [Fact]
    public void ALogThatIsNotSarif_IsAMessage_AndTheReviewDebtIsUnknownNotZero()
    {
        var log = Path.Combine(_directory, "compiler.sarif");
        File.WriteAllText(log, "{ \"runs\": [ { \"results\": ");

        Assert.True(Task(log).Execute());

        Assert.Empty(_engine.Errors);
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("could not be read", StringComparison.Ordinal));
        Assert.False(File.Exists(Obj("review-debt.json")));
        Assert.True(File.Exists(Obj("findings.json")));
    }

    [Fact]
    public void AnOutputThatCannotBeWritten_IsGR0002AtTheProject_AndNoOutputIsLeftBehind()
    {
        var log = Sarif(Result("GR1101"));
        // A directory where the review-debt file should go: writing it fails after the other outputs were written.
        Directory.CreateDirectory(Obj("review-debt.json"));

        Assert.False(Task(log).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GR0002", error.Code);
        Assert.EndsWith("App.csproj", error.File);
        // Without its outputs the target runs again next build instead of passing on stale files.
        Assert.False(File.Exists(Obj("suppressions.diagnostics.json")));
        Assert.False(File.Exists(Obj("baseline.diagnostics.json")));
        Assert.False(File.Exists(Obj("findings.json")));
    }
}
