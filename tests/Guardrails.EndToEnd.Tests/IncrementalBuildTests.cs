using System.Text.RegularExpressions;
using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// A second build with nothing changed costs Guardrails nothing: every Guardrails target with work to do is skipped by
/// its Inputs/Outputs and no Guardrails task runs (read from MSBuild's detailed log, which names every task it starts).
/// Recorded findings are the one exception: they are reported again, so a failing build stays failing.
/// </summary>
public partial class IncrementalBuildTests
{
    private static readonly string[] SkippableTargets =
    {
        "GuardrailsResolvePolicy", "GuardrailsCheckSwitches", "GuardrailsCheckDependencies", "GuardrailsAuditCompilerLog",
    };

    /// <summary>CI builds audit the compiler's log (GuardrailsAuditCompilerLog); local builds write none (see CompilerLogTests).</summary>
    private static readonly Dictionary<string, string?> InCi = new() { ["CI"] = "true" };

    [Fact]
    public void NoOpLocalBuild_RunsNoGuardrailsTask_AndTheFirstOneNoAudit()
    {
        using var project = ConsumerProject.Create();

        var first = project.Build(null, "-v:d");
        var second = project.Build(null, "-v:d");

        BuildAssert.Succeeded(first);
        Assert.Contains("ResolveGuardrailsPolicy", GuardrailsTasks(first));
        Assert.DoesNotContain("AuditGuardrailsCompilerLog", GuardrailsTasks(first));
        BuildAssert.Succeeded(second);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", second.Output);
        Assert.True(GuardrailsTasks(second).Count == 0, $"Guardrails tasks ran: {string.Join(", ", GuardrailsTasks(second))}.\n{second.Explain()}");
    }

    [Fact]
    public void NoOpBuild_OfAProjectWithoutFindings_RunsNoGuardrailsTask()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", """
            {
              "rules": { "GR2004": { "severity": "error", "locked": true } },
              "apis": { "banned": [ "T:System.Console;log through ILogger<T>" ] },
              "review": { "slaDays": 5 }
            }
            """);

        var first = project.Build(InCi, "-v:d");
        var second = project.Build(InCi, "-v:d");

        BuildAssert.Succeeded(first);
        BuildAssert.NoGuardrailsDiagnostics(first);
        // The first build ran the checks: the log pattern below does see Guardrails tasks when they run.
        Assert.Contains("ResolveGuardrailsPolicy", GuardrailsTasks(first));
        Assert.Contains("AuditGuardrailsCompilerLog", GuardrailsTasks(first));

        BuildAssert.Succeeded(second);
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", second.Output);
        foreach (var target in SkippableTargets)
        {
            Assert.True(second.Output.Contains($"Skipping target \"{target}\" because all output files are up-to-date", StringComparison.Ordinal), $"{target} was not skipped.\n{second.Explain()}");
        }

        Assert.True(GuardrailsTasks(second).Count == 0, $"Guardrails tasks ran: {string.Join(", ", GuardrailsTasks(second))}.\n{second.Explain()}");
        BuildAssert.NoGuardrailsDiagnostics(second);
    }

    [Fact]
    public void NoOpBuild_AfterAFailure_ReportsTheRecordedFindingsAgain_WithoutRerunningTheChecks()
    {
        using var project = ConsumerProject.Create();
        project.WriteProject(extraProperties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        project.WriteFile("App/Legacy.cs", "namespace App;\n\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]\npublic class A { }\n");
        project.WriteFile("guardrails.json", "{\n  \"rules\": { \"GR9999\": \"warning\" },\n  \"baseline\": { \"file\": \"guardrails.baseline.json\" }\n}\n");
        var recording = project.Build(null, "-p:GuardrailsBaselineRecording=true", "-p:TreatWarningsAsErrors=false");
        BuildAssert.Succeeded(recording);
        var findings = Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "findings.json", SearchOption.AllDirectories);
        File.Copy(Assert.Single(findings), Path.Combine(project.Root, "guardrails.baseline.json"));
        // The baselined violation is fixed: its entry is stale (GR0003, found after compiling), an error under TreatWarningsAsErrors.
        project.WriteFile("App/Legacy.cs", "namespace App;\n\npublic class A { }\n");

        var failing = project.Build(InCi, "-v:d");
        var again = project.Build(InCi, "-v:d");

        foreach (var build in new[] { failing, again })
        {
            BuildAssert.Failed(build);
            BuildAssert.NoCrashes(build);
            BuildAssert.Single(build, "GR0003", "guardrails.baseline.json", 4, "error");
            BuildAssert.Single(build, "GR0002", "guardrails.json", 2, "error");
        }

        Assert.Contains("AuditGuardrailsCompilerLog", GuardrailsTasks(failing));
        foreach (var target in SkippableTargets)
        {
            Assert.True(again.Output.Contains($"Skipping target \"{target}\" because all output files are up-to-date", StringComparison.Ordinal), $"{target} was not skipped.\n{again.Explain()}");
        }

        Assert.Equal(["ReportGuardrailsDiagnostics"], GuardrailsTasks(again).Distinct());
    }

    /// <summary>The Guardrails tasks a detailed (-v:d) build log shows starting, in order.</summary>
    private static List<string> GuardrailsTasks(BuildResult build) =>
        TaskStart().Matches(build.Output).Select(m => m.Groups["task"].Value).ToList();

    [GeneratedRegex(@"^\s*(?:\d+>)?Task ""(?<task>\w*Guardrails\w*)""", RegexOptions.Multiline)]
    private static partial Regex TaskStart();
}
