using System.Text.Json.Nodes;
using Guardrails.Cli.Tests.Infrastructure;
using DiagnosticsFile = Guardrails.Checks.Diagnostics.DiagnosticsFile;
using GuardrailsDiagnostic = Guardrails.Checks.Diagnostics.GuardrailsDiagnostic;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests;

/// <summary>
/// `guardrails report` on a repository that has just adopted Guardrails: the severities the build really used (its own
/// TreatWarningsAsErrors), a multi-targeting project's stale baseline entries counted once, a baseline that is not
/// "incomplete", and paths relative to the repository, with nothing machine-specific in the HTML.
/// </summary>
public class ReportAdoptionTests
{
    private const string Layering = "Project 'Lib' must not reference 'Lib.Infrastructure': the domain stays pure.";

    [Fact]
    public void TheProjectsOwnTreatWarningsAsErrors_IsTheSeverityTheReportShows()
    {
        using var repository = new FakeRepository();
        var project = repository.AddProject("src/Lib", "Lib");
        project.WithTaskDiagnostics("dependencies", project.Diagnostic(RuleIds.GR1004, RuleSeverity.Warning, Layering, project.ProjectFile, 7, 5));
        project.WithCompilerLog(new CompilerLog().Result("GR1101", "error", "The symbol 'Console' is banned in this project", project.Source("A.cs"), 3, 5));
        File.WriteAllText(Path.Combine(project.OutputFolder(), "warning-switches.txt"), "NoWarn=1701;1702\nWarningsAsErrors=\nWarningsNotAsErrors=\nTreatWarningsAsErrors=true\n");

        var report = ReportRun.Of(repository.Root);

        Assert.True(report.Run.ExitCode == 1, report.Run.ToString());
        Assert.Contains("Guardrails: 2 errors, 0 warnings, 0 notes in 1 project.", report.Run.Output);
    }

    [Fact]
    public void NoWarnAndWarningsAsErrors_OfTheBuild_AreAppliedAsTheBuildDid()
    {
        using var repository = new FakeRepository();
        var project = repository.AddProject("src/Lib", "Lib");
        project.WithCompilerLog(new CompilerLog());
        project.WithTaskDiagnostics("dependencies",
            project.Diagnostic(RuleIds.GR1004, RuleSeverity.Warning, Layering, project.ProjectFile, 7, 5),
            project.Diagnostic(RuleIds.GR1002, RuleSeverity.Warning, "Package 'X' 1.0.0 is not on the policy's allow-list.", project.ProjectFile, 9, 5));
        File.WriteAllText(Path.Combine(project.OutputFolder(), "warning-switches.txt"), "NoWarn=GR1002\nWarningsAsErrors=GR1004\nWarningsNotAsErrors=\nTreatWarningsAsErrors=false\n");

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("Guardrails: 1 error, 0 warnings, 0 notes in 1 project.", report.Run.Output);
    }

    [Fact]
    public void AMultiTargetingProjectsStaleEntry_IsCountedOnce_FromItsOuterBuild_AndItsFindingsAsSuppressed()
    {
        using var repository = new FakeRepository();
        var project = repository.AddProject("src/Lib", "Lib");
        var baselinePath = repository.WriteFile("guardrails.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");
        var log = new CompilerLog().Result("GR1101", "warning", "The symbol 'Console' is banned in this project", project.Source("A.cs"), 3, 5,
            new JsonArray(new JsonObject { ["kind"] = "external", ["properties"] = new JsonObject { ["suppressionType"] = "DiagnosticSuppressor {Suppression Id: GRB1101, Justification: Recorded in the Guardrails baseline}" } }));
        foreach (var framework in new[] { "net10.0", "net8.0" })
        {
            project.WithCompilerLog(log, "Debug", framework);
            project.WithTaskDiagnostics("baseline", "Debug", framework);
            File.WriteAllText(Path.Combine(project.OutputFolder("Debug", framework), "baseline.path"), baselinePath + "\n");
        }

        // The outer build: obj/Debug/guardrails/, where GR0003 is judged across both frameworks.
        var outer = Path.Combine(project.Directory, "obj", "Debug", "guardrails");
        Directory.CreateDirectory(outer);
        File.WriteAllText(Path.Combine(outer, "baseline.diagnostics.json"), DiagnosticsFile.Serialize([
            new GuardrailsDiagnostic(RuleIds.GR0003, RuleSeverity.Warning, "The baseline lists GR1101 in src/Lib/Gone.cs (x), which no longer occurs", baselinePath, 4, 5),
        ]));

        var report = ReportRun.Of(repository.Root);

        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        Assert.Contains("Guardrails: 0 errors, 1 warning, 0 notes (1 suppressed) in 1 project.", report.Run.Output);
        Assert.Contains("  Lib (Debug/net10.0, Debug/net8.0): 2 findings", report.Run.Error);
        Assert.DoesNotContain("No compiler log", report.Run.Error);
    }

    [Fact]
    public void ABaseline_IsNotIncomplete_AndTheHtmlShowsRepositoryRelativePathsOnly()
    {
        using var repository = FakeRepository.CreateRealistic();
        repository.WriteFile("guardrails.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");
        foreach (var project in new[] { repository.Library, repository.Tests })
        {
            File.WriteAllText(Path.Combine(project.OutputFolder(), "baseline.path"), Path.Combine(repository.Root, "guardrails.baseline.json") + "\n");
        }

        var report = ReportRun.Of(repository.Root);

        Assert.DoesNotContain("Incomplete", report.Html);
        Assert.Contains("<strong>Baseline:</strong> guardrails.baseline.json", report.Html);
        Assert.DoesNotContain(repository.Root, report.Html);
        Assert.Contains("Baseline: guardrails.baseline.json", report.Markdown);
        Assert.DoesNotContain("uses a baseline", report.Run.Error);
    }

    [Fact]
    public void InAGitRepository_FilesOutsideTheReportRoot_AreStillRelativeToTheRepository_InSarifAndHtml()
    {
        using var repository = new FakeRepository();
        Directory.CreateDirectory(Path.Combine(repository.Root, ".git"));
        var project = repository.AddProject("src/Lib", "Lib");
        // A linked file from beside the project folder, and the report run on the project's folder only.
        project.WithCompilerLog(new CompilerLog().Result("GR1101", "warning", "The symbol 'Console' is banned in this project", Path.Combine(repository.Root, "shared", "Polyfill.cs"), 3, 5));

        var report = ReportRun.Of(project.Directory);

        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        using var sarif = report.Sarif();
        var location = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("shared/Polyfill.cs", location.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("uriBaseId").GetString());
        Assert.Contains("shared/Polyfill.cs:3", report.Html.Replace("<wbr>", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(repository.Root, report.Html);
    }

    [Fact]
    public void FindingsTheSuppressorDroppedAsOutsideTheRepository_AreNotInTheReport()
    {
        using var repository = new FakeRepository();
        var project = repository.AddProject("src/Lib", "Lib");
        project.WithCompilerLog(new CompilerLog()
            .Result("GR4001", "warning", "Test 'AutoGeneratedProgram.Main' asserts nothing", "/home/dev/.nuget/packages/microsoft.net.test.sdk/18.0.1/build/net8.0/Microsoft.NET.Test.Sdk.Program.cs", 4, 1,
                new JsonArray(new JsonObject { ["kind"] = "external", ["properties"] = new JsonObject { ["suppressionType"] = "DiagnosticSuppressor {Suppression Id: GRX4001, Justification: In a file outside the repository}" } }))
            .Result("GR1101", "warning", "The symbol 'Console' is banned in this project", project.Source("A.cs"), 3, 5));

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("Guardrails: 0 errors, 1 warning, 0 notes in 1 project.", report.Run.Output);
        Assert.DoesNotContain(".nuget", File.ReadAllText(report.SarifPath));
    }
}
