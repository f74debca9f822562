using Microsoft.Build.Utilities;

namespace Guardrails.Tasks.Tests;

public sealed class PolicyTasksTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-tasks-").FullName;
    private readonly FakeBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Obj(string name) => Path.Combine(_directory, "obj", "guardrails", name);

    private string WritePolicy(string json)
    {
        var path = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(path, json);
        return path;
    }

    private bool Resolve(string? policyFile, string? profile = null, bool explicitPath = false) =>
        new ResolveGuardrailsPolicy
        {
            BuildEngine = _engine,
            PolicyFile = policyFile,
            PolicyFileIsExplicit = explicitPath,
            Profile = profile,
            ProjectFile = Path.Combine(_directory, "App.csproj"),
            AnalyzerConfigFile = Obj("policy.globalconfig"),
            DiagnosticsFile = Obj("policy.diagnostics.json"),
            BannedApisFile = Obj("Guardrails.BannedApis.txt"),
            ApiFilesList = Obj("apifiles.txt"),
        }.Execute();

    private bool Report(string noWarn = "", string warningsAsErrors = "", string warningsNotAsErrors = "", bool treatWarningsAsErrors = false) =>
        new ReportGuardrailsDiagnostics
        {
            BuildEngine = _engine,
            DiagnosticsFiles = [new TaskItem(Obj("policy.diagnostics.json"))],
            NoWarn = noWarn,
            WarningsAsErrors = warningsAsErrors,
            WarningsNotAsErrors = warningsNotAsErrors,
            TreatWarningsAsErrors = treatWarningsAsErrors,
        }.Execute();

    [Fact]
    public void Resolve_WithoutPolicy_WritesDefaultsAndNoDiagnostics()
    {
        Assert.True(Resolve(null));
        Assert.True(Report());

        Assert.Contains("is_global = true", File.ReadAllText(Obj("policy.globalconfig")));
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
    }

    [Fact]
    public void Resolve_RecordsProblemsWithoutLoggingThem_ReportLogsThemWithLocationAndHelpLink()
    {
        var policy = WritePolicy("{\n  \"bogus\": 1\n}");

        Assert.True(Resolve(policy));
        Assert.Empty(_engine.Errors);
        Assert.False(Report());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GR0001", error.Code);
        Assert.Equal(policy, error.File);
        Assert.Equal(2, error.LineNumber);
        Assert.Equal(3, error.ColumnNumber);
        Assert.EndsWith("docs/rules/GR0001.md", error.HelpLink);
    }

    [Fact]
    public void Report_AppliesNoWarn()
    {
        Resolve(WritePolicy("{ \"rules\": { \"GR9999\": \"error\" } }"));

        Assert.True(Report(noWarn: "CS1591;GR0002"));

        Assert.Empty(_engine.Warnings);
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void Report_TreatWarningsAsErrors_PromotesTaskWarnings()
    {
        Resolve(WritePolicy("{ \"rules\": { \"GR9999\": \"error\" } }"));

        Assert.False(Report(treatWarningsAsErrors: true));

        Assert.Equal("GR0002", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void Report_SuggestionIsAMessageWithTheCode()
    {
        Resolve(WritePolicy("{ \"rules\": { \"GR9999\": \"error\", \"GR0002\": \"suggestion\" } }"));

        Assert.True(Report());

        Assert.Empty(_engine.Warnings);
        Assert.Contains(_engine.Messages, m => m.Code == "GR0002");
    }

    [Fact]
    public void Report_CorruptRecordedDiagnostics_IsAClearErrorNotACrash()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Obj("x"))!);
        File.WriteAllText(Obj("policy.diagnostics.json"), "{ not json");

        Assert.False(Report());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GR0002", error.Code);
        Assert.Contains("obj/", error.Message);
    }

    [Fact]
    public void Resolve_UnchangedPolicy_DoesNotRewriteContent()
    {
        var policy = WritePolicy("{ \"rules\": { \"GR2004\": \"error\" } }");
        Resolve(policy);
        var first = File.ReadAllText(Obj("policy.globalconfig"));

        Resolve(policy);

        Assert.Equal(first, File.ReadAllText(Obj("policy.globalconfig")));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(Obj("x"))!, "*.tmp"));
    }

    [Fact]
    public void Resolve_WritesBannedApisForTheAnalyzer_WithPolicyPositions()
    {
        File.WriteAllText(Path.Combine(_directory, "BannedSymbols.txt"), "T:System.Console");
        var policy = WritePolicy("""
            {
              "apis": {
                "banned": [
                  "T:System.Console;use ILogger",
                  { "symbol": "N:System.Net", "reason": "use Contoso.Http", "severity": "Error", "except": [ "T:System.Net.HttpStatusCode" ] }
                ],
                "files": [ "BannedSymbols.txt", "missing/Banned.txt" ]
              }
            }
            """);

        Assert.True(Resolve(policy));
        Report();

        var banned = File.ReadAllText(Obj("Guardrails.BannedApis.txt"));
        Assert.Contains("#@ 4:7\nT:System.Console;use ILogger\n", banned);
        Assert.Contains("#@ 5:19\n[error] N:System.Net;use Contoso.Http\n", banned);
        Assert.Contains("!T:System.Net.HttpStatusCode\n", banned);
        Assert.Equal(Path.Combine(_directory, "BannedSymbols.txt") + "\n", File.ReadAllText(Obj("apifiles.txt")));
        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("GR0002", warning.Code);
        Assert.Equal(7, warning.LineNumber);
        Assert.Contains("missing", warning.Message);
    }

    [Fact]
    public void Resolve_NoBannedApis_RemovesAStaleBannedApisFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Obj("x"))!);
        File.WriteAllText(Obj("Guardrails.BannedApis.txt"), "T:System.Console");

        Resolve(WritePolicy("{ \"rules\": {} }"));

        Assert.False(File.Exists(Obj("Guardrails.BannedApis.txt")));
    }

    [Fact]
    public void Resolve_ExplicitMissingPolicy_IsReportedAtTheProjectFile()
    {
        Assert.True(Resolve(Path.Combine(_directory, "nope.json"), explicitPath: true));
        Report();

        var warning = Assert.Single(_engine.Warnings);
        Assert.Equal("GR0002", warning.Code);
        Assert.Equal(Path.Combine(_directory, "App.csproj"), warning.File);
    }
}
