using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public void ErrorFindings_WriteAllThreeReports_AndExitOne()
    {
        using var repository = FakeRepository.CreateRealistic(withError: true);

        var report = ReportRun.Of(repository.Root);

        Assert.True(report.Run.ExitCode == 1, report.Run.ToString());
        Assert.True(File.Exists(report.SarifPath));
        Assert.True(File.Exists(report.MarkdownPath));
        Assert.True(File.Exists(report.HtmlPath));
        Assert.Equal("Guardrails: 1 error, 8 warnings, 0 notes (1 suppressed) in 2 projects.\n", report.Run.Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void OnlyWarnings_ExitZero()
    {
        using var repository = FakeRepository.CreateRealistic(withError: false);

        var report = ReportRun.Of(repository.Root);

        Assert.True(report.Run.ExitCode == 0, report.Run.ToString());
        Assert.Contains("0 errors, 7 warnings", report.Run.Output);
    }

    [Fact]
    public void Progress_GoesToStandardError()
    {
        using var repository = FakeRepository.CreateRealistic();

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("Looking for Guardrails build outputs under " + repository.Root, report.Run.Error);
        Assert.Contains("Reading 2 build output folders", report.Run.Error);
        Assert.Contains("  Contoso.Payments (Debug/net10.0): 5 findings", report.Run.Error);
        Assert.Contains("Wrote " + report.SarifPath, report.Run.Error);
        Assert.DoesNotContain("Wrote", report.Run.Output);
    }

    [Fact]
    public void NoBuildOutputs_IsAnInputError_SayingWhereItLookedAndToBuildFirst()
    {
        using var empty = new TempDirectory();
        empty.WriteFile("src/App/App.csproj", "<Project />");

        var run = CliRun.Of(empty.Path, "report");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("no Guardrails build outputs under " + empty.Path, run.Error);
        Assert.Contains("obj/<Configuration>/<TargetFramework>/guardrails/", run.Error);
        Assert.Contains("run 'dotnet build'", run.Error);
        Assert.False(Directory.Exists(Path.Combine(empty.Path, "artifacts")));
    }

    [Fact]
    public void BrokenCompilerLog_IsAnInputError_NamingTheFileLineAndColumn()
    {
        using var repository = FakeRepository.CreateRealistic();
        var log = Path.Combine(repository.Library.OutputFolder(), "compiler.sarif");
        File.WriteAllText(log, "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [ , ] } ]\n}\n");

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(3, report.Run.ExitCode);
        Assert.Contains(log + "(3,", report.Run.Error);
        Assert.Contains("not valid JSON", report.Run.Error);
        Assert.False(File.Exists(report.SarifPath));
    }

    [Fact]
    public void CompilerLogOfAnotherSarifVersion_IsAnInputError()
    {
        using var repository = FakeRepository.CreateRealistic();
        var log = Path.Combine(repository.Tests.OutputFolder(), "compiler.sarif");
        File.WriteAllText(log, "{ \"version\": \"1.0.0\", \"runs\": [] }");

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(3, report.Run.ExitCode);
        Assert.Contains(log + ": SARIF version '1.0.0'", report.Run.Error);
    }

    [Fact]
    public void BrokenTaskDiagnosticsFile_IsAnInputError_NamingTheFile()
    {
        using var repository = FakeRepository.CreateRealistic();
        var file = Path.Combine(repository.Tests.OutputFolder(), "dependencies.diagnostics.json");
        File.WriteAllText(file, "{ \"version\": 1, \"diagnostics\": [ { \"id\": \"GR1002\" } ] }");

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(3, report.Run.ExitCode);
        Assert.Contains(file + ": not a Guardrails diagnostics file", report.Run.Error);
    }

    [Fact]
    public void CoverageSummaryOfTheWrongShape_IsAnInputError_NamingTheFile()
    {
        using var repository = FakeRepository.CreateRealistic();
        var file = Path.Combine(repository.Tests.OutputFolder(), "coverage-summary.json");
        File.WriteAllText(file, "{ \"total\": { \"line\": { \"covered\": \"many\", \"total\": 3 } } }");

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(3, report.Run.ExitCode);
        Assert.Contains(file + ": not a coverage-summary.json file", report.Run.Error);
    }

    [Fact]
    public void ReviewDebtFileThatIsNotJson_IsAnInputError_NamingTheFileLineAndColumn()
    {
        using var repository = FakeRepository.CreateRealistic();
        var file = Path.Combine(repository.Library.OutputFolder(), "review-debt.json");
        File.WriteAllText(file, "{\n  \"version\": 1,\n  \"aiGenerated\": { \"members\": 3 \n");

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(3, report.Run.ExitCode);
        Assert.Matches(@"review-debt\.json\(4,\d+\): not valid JSON", report.Run.Error);
    }

    [Fact]
    public void OutputThatCannotBeWritten_IsAnOutputError_NamingTheFile()
    {
        using var repository = FakeRepository.CreateRealistic();
        var blocker = repository.WriteFile("out", "a file where the output folder should be");

        var run = CliRun.Of(repository.Root, "report", "--out", "out");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("cannot write " + Path.Combine(blocker, "guardrails.sarif"), run.Error);
    }

    [Fact]
    public void GitHubStepSummary_GetsTheMarkdownAppended()
    {
        using var repository = FakeRepository.CreateRealistic();
        var summary = repository.WriteFile("step-summary.md", "# Build\n\nearlier step output\n");

        var report = ReportRun.Of(repository.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary });

        Assert.Equal(1, report.Run.ExitCode);
        Assert.Equal("# Build\n\nearlier step output\n" + report.Markdown + "\n", File.ReadAllText(summary));
        Assert.Contains("Appended the summary to $GITHUB_STEP_SUMMARY", report.Run.Error);
    }

    [Fact]
    public void GitHubStepSummary_IsLeftAlone_WhenMarkdownIsNotRequested()
    {
        using var repository = FakeRepository.CreateRealistic();
        var summary = repository.WriteFile("step-summary.md", "unchanged\n");

        var report = ReportRun.Of(repository.Root, new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }, "--format", "sarif");

        Assert.Equal("unchanged\n", File.ReadAllText(summary));
        Assert.True(File.Exists(report.SarifPath));
        Assert.False(File.Exists(report.MarkdownPath));
        Assert.False(File.Exists(report.HtmlPath));
    }

    [Fact]
    public void RootAndOut_AreResolvedAgainstTheCurrentFolder()
    {
        using var repository = FakeRepository.CreateRealistic();

        var run = CliRun.Of(Path.GetDirectoryName(repository.Root)!, "report", "--root", Path.GetFileName(repository.Root), "--out", Path.Combine(Path.GetFileName(repository.Root), "reports"), "--format", "markdown,html");

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(repository.Root, "reports", "guardrails-summary.md")));
        Assert.True(File.Exists(Path.Combine(repository.Root, "reports", "guardrails-report.html")));
    }

    [Fact]
    public void Configuration_SelectsThatBuildsOutputsOnly()
    {
        using var repository = FakeRepository.CreateRealistic(withError: false);
        repository.Library.WithTaskDiagnostics("policy", "Release", "net10.0",
            repository.Library.Diagnostic(RuleIds.GR0001, RuleSeverity.Error, "Unknown key 'rulez'. Did you mean 'rules'?", repository.PolicyFile, 1, 3));

        var debug = ReportRun.Of(repository.Root, null, "--configuration", "Debug");
        var release = ReportRun.Of(repository.Root, null, "-c", "release");

        Assert.Equal(0, debug.Run.ExitCode);
        Assert.Equal(1, release.Run.ExitCode);
        Assert.Contains("Guardrails: 1 error, 0 warnings, 0 notes in 1 project.", release.Run.Output);
    }

    [Fact]
    public void SeveralConfigurations_AreReadTogether_WithANote()
    {
        using var repository = FakeRepository.CreateRealistic(withError: false);
        repository.Library.WithTaskDiagnostics("policy", "Release", "net10.0");

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("outputs of several configurations (Debug, Release)", report.Run.Error);
    }

    [Fact]
    public void ProjectWithoutCompilerLog_IsReportedAsIncomplete_NotAsClean()
    {
        using var repository = FakeRepository.CreateRealistic();
        File.Delete(Path.Combine(repository.Library.OutputFolder(), "compiler.sarif"));

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("warning: No compiler log for Contoso.Payments (Debug/net10.0)", report.Run.Error);
        Assert.Contains("> **Incomplete:** No compiler log for Contoso.Payments", report.Markdown);
        Assert.Contains("<strong>Incomplete:</strong> No compiler log for Contoso.Payments", report.Html);
    }

    [Fact]
    public void ProjectWithABaseline_ShowsTheTaskFindingsItRecords_AsSuppressed_AsTheBuildDid()
    {
        using var repository = FakeRepository.CreateRealistic();
        const string Layering = "Project 'Contoso.Payments' must not reference 'Contoso.Payments.Infrastructure': the domain stays pure.";
        var projectFile = Path.GetRelativePath(repository.Root, repository.Library.ProjectFile).Replace('\\', '/');
        repository.WriteFile("guardrails.baseline.json", new Guardrails.Checks.Baseline.BaselineFile([
            new Guardrails.Checks.Baseline.BaselineEntry("GR1004", projectFile, Layering, 1, projectFile),
        ]).Serialize());
        File.WriteAllText(Path.Combine(repository.Library.OutputFolder(), "baseline.path"), repository.Root + "/guardrails.baseline.json\n");
        File.WriteAllText(Path.Combine(repository.Library.OutputFolder(), "policy.globalconfig"), "is_global = true\nguardrails.policy_file = " + repository.PolicyFile + "\n");
        File.WriteAllText(Path.Combine(repository.Tests.OutputFolder(), "baseline.path"), "\n");

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("Baseline: guardrails.baseline.json", report.Run.Error);
        using var sarif = report.Sarif();
        var layering = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "GR1004");
        Assert.Equal("external", layering.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        // Other task findings are not taken by the baseline.
        var allowList = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "GR1002");
        Assert.False(allowList.TryGetProperty("suppressions", out var none) && none.GetArrayLength() > 0);
    }

    [Fact]
    public void MultiTargetedProject_ReportsEachFindingOnce()
    {
        using var repository = new FakeRepository();
        var project = repository.AddProject("src/Lib", "Lib");
        var log = new CompilerLog().Result("GR1101", "warning", "The symbol 'Console' is banned in this project", project.Source("A.cs"), 3, 5);
        project.WithCompilerLog(log, "Debug", "net8.0").WithCompilerLog(log, "Debug", "net10.0");

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("Guardrails: 0 errors, 1 warning, 0 notes in 1 project.", report.Run.Output);
        Assert.Contains("  Lib (Debug/net10.0, Debug/net8.0): 1 finding", report.Run.Error);
    }

    [Fact]
    public void BuildOutputFolders_UnderBinNodeModulesAndDotFolders_AreSkipped()
    {
        using var repository = FakeRepository.CreateRealistic();
        foreach (var skipped in new[] { "node_modules/pkg", ".git/x", "src/Contoso.Payments/bin/Debug" })
        {
            repository.WriteFile(skipped + "/obj/Debug/net10.0/guardrails/policy.diagnostics.json", "not json at all");
        }

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(1, report.Run.ExitCode);
        Assert.Contains("Reading 2 build output folders", report.Run.Error);
    }

    [Fact]
    public void ArtifactsOutputLayout_IsFound()
    {
        using var repository = new FakeRepository();
        repository.WriteFile("src/Lib/Lib.csproj", "<Project />");
        repository.WriteFile("artifacts/obj/Lib/release_net10.0/guardrails/policy.diagnostics.json",
            Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize([new(RuleIds.GR0002, RuleSeverity.Warning, "a policy problem", repository.PolicyFile, 2, 3)]));

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(0, report.Run.ExitCode);
        Assert.Contains("  Lib (release/net10.0): 1 finding", report.Run.Error);
    }

    [Fact]
    public void ArtifactsOutputLayoutOfOneTargetFramework_IsDescribedByWhatTheBuildRecorded()
    {
        // artifacts/obj/<project>/<configuration>/ has no target framework in its name: build.txt says which build it was.
        using var repository = new FakeRepository();
        var projectFile = repository.WriteFile("src/Lib/Lib.csproj", "<Project />");
        repository.WriteFile("artifacts/obj/Lib/debug/guardrails/policy.diagnostics.json",
            Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize([new(RuleIds.GR0002, RuleSeverity.Warning, "a policy problem", repository.PolicyFile, 2, 3)]));
        repository.WriteFile("artifacts/obj/Lib/debug/guardrails/build.txt",
            "ProjectFile=" + projectFile + "\nProjectName=Lib\nConfiguration=Debug\nTargetFramework=net10.0\n");

        var report = ReportRun.Of(repository.Root, null, "--configuration", "Debug");

        Assert.Equal(0, report.Run.ExitCode);
        Assert.Contains("  Lib (Debug/net10.0): 1 finding", report.Run.Error);
    }

    [Fact]
    public void RecordedRuntimeIdentifierBuild_IsNamedWithItsRuntimeIdentifier()
    {
        // build.txt of a build with a RuntimeIdentifier: the same project's build without one is another build.
        using var repository = new FakeRepository();
        var projectFile = repository.WriteFile("test/AotTestApp/AotTestApp.csproj", "<Project />");
        repository.WriteFile("test/AotTestApp/obj/Debug/net10.0/linux-x64/guardrails/policy.diagnostics.json",
            Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize([new(RuleIds.GR0002, RuleSeverity.Warning, "a policy problem", repository.PolicyFile, 2, 3)]));
        repository.WriteFile("test/AotTestApp/obj/Debug/net10.0/linux-x64/guardrails/build.txt",
            "ProjectFile=" + projectFile + "\nProjectName=AotTestApp\nConfiguration=Debug\nTargetFramework=net10.0\nRuntimeIdentifier=linux-x64\n");

        var report = ReportRun.Of(repository.Root, null, "--configuration", "Debug");

        Assert.Equal(0, report.Run.ExitCode);
        Assert.Contains("  AotTestApp (Debug/net10.0/linux-x64): 1 finding", report.Run.Error);
    }

    [Fact]
    public void RuntimeIdentifierBuild_IsOneBuildOfItsProject_NotAnotherConfiguration()
    {
        // serilog's native-AOT test app: obj/Debug/net10.0/linux-x64/guardrails/ next to a library's obj/Debug/net10.0/.
        using var repository = new FakeRepository();
        repository.AddProject("src/Serilog", "Serilog").WithCompilerLog(new CompilerLog());
        var app = repository.AddProject("test/AotTestApp", "AotTestApp");
        app.WithCompilerLog(new CompilerLog().Result("GR1101", "warning", "The symbol 'Console' is banned in this project", app.Source("Program.cs"), 2, 1),
            "Debug", "net10.0/linux-x64");

        var report = ReportRun.Of(repository.Root);

        Assert.Contains("  AotTestApp (Debug/net10.0/linux-x64): 1 finding", report.Run.Error);
        Assert.DoesNotContain("several configurations", report.Run.Error);
    }
}
