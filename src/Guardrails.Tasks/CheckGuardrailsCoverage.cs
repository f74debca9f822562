using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Guardrails.Policy;
using Guardrails.Checks.Coverage;
using Guardrails.Checks.Diagnostics;
using Guardrails.Rules;
using Microsoft.Build.Framework;

namespace Guardrails.Tasks;

/// <summary>
/// GR2001-GR2003 after a test run: finds the run's Cobertura reports, merges them and checks the policy's thresholds,
/// changed lines and ratchet; or, with <see cref="UpdateBaseline"/>, records the figures as the new baseline.
/// </summary>
public sealed class CheckGuardrailsCoverage : PolicyTask
{
    /// <summary>A CI build (<see cref="BuildKind"/>): missing coverage data is an error, not a warning.</summary>
    private bool _inCi;

    /// <summary>Directories the test run writes its results to (searched recursively for *.cobertura.xml).</summary>
    public ITaskItem[] ResultsDirectories { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>When the test run started (UTC ticks); older reports are stale and ignored. Empty: no lower bound.</summary>
    public string? RunStartedUtcTicks { get; set; }

    /// <summary>
    /// The test assembly: when the task runs on its own (no <see cref="RunStartedUtcTicks"/>), reports older than it
    /// come from runs of an earlier build and are ignored.
    /// </summary>
    public string? TestAssembly { get; set; }

    /// <summary>
    /// A file the build touched just before the tests ran (the .NET 10 SDK's Microsoft.Testing.Platform mode, which runs
    /// the tests after MSBuild): when the task runs on its own, reports older than it come from earlier runs.
    /// </summary>
    public string? TestRunStampFile { get; set; }

    /// <summary>$(GuardrailsCoverageReports): report paths or globs taken as they are (';'-separated).</summary>
    public string? Reports { get; set; }

    public string? Line { get; set; }

    public string? Branch { get; set; }

    public string? Method { get; set; }

    public string? NewCodeLine { get; set; }

    public string? NewCodeBranch { get; set; }

    public string? Base { get; set; }

    /// <summary>$(GuardrailsUpdateCoverageBaseline): write the ratchet's baseline instead of checking against it.</summary>
    public bool UpdateBaseline { get; set; }

    /// <summary>
    /// The tests run after MSBuild has finished (the .NET 10 SDK's own Microsoft.Testing.Platform `dotnet test`): check
    /// nothing, but when the policy needs coverage say so (GR0002, a warning) with the follow-up command that checks it.
    /// </summary>
    public bool AnnounceOnly { get; set; }

    [Required]
    public string DiagnosticsFile { get; set; } = string.Empty;

    /// <summary>Where the figures go for reports (per assembly and total, with thresholds); optional.</summary>
    public string? SummaryFile { get; set; }

    public override bool Execute()
    {
        var diagnostics = new List<GuardrailsDiagnostic>();
        try
        {
            var kind = DecideBuildKind();
            _inCi = kind.IsCI;
            var policy = LoadPolicy(kind).Policy;
            diagnostics = Check(policy);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            Log.LogGuardrailsInputError(ProjectFile,
                "Guardrails could not check coverage: " + ex.Message);
        }

        FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
        return !Log.HasLoggedErrors;
    }

    private List<GuardrailsDiagnostic> Check(GuardrailsPolicy policy)
    {
        var diagnostics = new List<GuardrailsDiagnostic>();
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectFile)) ?? Directory.GetCurrentDirectory();
        var overrides = new CoverageOverrides { Base = string.IsNullOrWhiteSpace(Base) ? null : Base!.Trim(), SourceFile = ProjectFile, BaseDirectory = projectDirectory };
        overrides.Line = Percent(policy, Line, "GuardrailsCoverageLine", diagnostics);
        overrides.Branch = Percent(policy, Branch, "GuardrailsCoverageBranch", diagnostics);
        overrides.Method = Percent(policy, Method, "GuardrailsCoverageMethod", diagnostics);
        overrides.NewCodeLine = Percent(policy, NewCodeLine, "GuardrailsCoverageNewCodeLine", diagnostics);
        overrides.NewCodeBranch = Percent(policy, NewCodeBranch, "GuardrailsCoverageNewCodeBranch", diagnostics);
        var settings = CoverageSettings.From(policy, overrides);
        if (!settings.NeedsCoverage && !UpdateBaseline)
        {
            Log.LogMessage(MessageImportance.Low, "Guardrails: the policy sets no coverage rule; coverage not checked.");
            return diagnostics;
        }

        if (AnnounceOnly)
        {
            var setting = policy.SettingOf(RuleCatalog.GR0002);
            if (setting.Severity != RuleSeverity.None)
            {
                var message = "The policy requires coverage, but this 'dotnet test' runs the Microsoft.Testing.Platform tests after MSBuild has finished, "
                    + "so Guardrails cannot check it in the same command. After the tests (in CI: as the next step), run from this folder: "
                    + "dotnet msbuild " + Path.GetFileName(ProjectFile) + " -t:GuardrailsCheckCoverageReports";
                // A warning even in CI: the follow-up command is the check, and it fails the build when coverage does.
                diagnostics.Add(GuardrailsDiagnostic.ForRule(RuleCatalog.GR0002, setting, message, settings.PolicyFile ?? ProjectFile,
                    settings.SectionPosition.Line, settings.SectionPosition.Column, "coverage:mtp-follow-up", new[] { message }).WithSeverity(RuleSeverity.Warning));
            }

            return diagnostics;
        }

        var reportPaths = CoverageReportFinder.Find(
            ResultsDirectories.Select(d => d.ItemSpec),
            StartedAt(),
            SplitList(Reports).Concat(settings.Reports),
            settings.BaseDirectory,
            out var searched);
        if (reportPaths.Count == 0)
        {
            AddInCiAsError(diagnostics, CoverageInputProblems.NoReports(policy, settings, searched));
            return diagnostics;
        }

        var reports = new List<CoverageData>();
        foreach (var path in reportPaths)
        {
            var read = CoberturaReader.Read(path);
            Log.LogMessage(MessageImportance.Normal, "Guardrails: coverage report '{0}'{1}.", path, read.Coverage is null ? " (unusable)" : string.Empty);
            diagnostics.AddRange(read.Problems.Select(p => p.ToDiagnostic(policy, "coverage:report:" + CoveragePaths.ToSlashes(path))));
            if (read.Coverage is not null)
            {
                reports.Add(read.Coverage);
            }
        }

        if (reports.Count == 0)
        {
            return diagnostics;
        }

        var merged = CoverageData.Merge(reports);
        if (UpdateBaseline)
        {
            var problem = CoverageBaseline.Write(settings, merged);
            if (problem is not null)
            {
                diagnostics.Add(problem.ToDiagnostic(policy, "coverage:ratchet:write"));
            }
            else
            {
                Log.LogMessage(MessageImportance.High, "Guardrails: coverage baseline written to '{0}' from {1} report(s).", settings.Ratchet.BaselinePath, reportPaths.Count);
            }
        }

        foreach (var diagnostic in CoverageCheck.Evaluate(policy, settings, merged))
        {
            if (diagnostic.RuleId == RuleIds.GR0002)
            {
                AddInCiAsError(diagnostics, diagnostic);
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }

        if (settings.NewCode.IsEnabled)
        {
            diagnostics.AddRange(ChangedLineCheck.Evaluate(policy, settings, merged, projectDirectory));
        }

        if (settings.Ratchet.Enabled && !UpdateBaseline)
        {
            diagnostics.AddRange(CoverageRatchet.Evaluate(policy, settings, merged));
        }

        if (!string.IsNullOrEmpty(SummaryFile))
        {
            var problem = CoverageSummaryFile.Write(SummaryFile!, CoverageSummary.Create(settings, merged));
            if (problem is not null)
            {
                Log.LogMessage(MessageImportance.High, "Guardrails: could not write the coverage summary: {0}", problem.Message);
            }
        }

        return diagnostics;
    }

    private DateTime StartedAt()
    {
        if (long.TryParse(RunStartedUtcTicks?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks > 0 && ticks <= DateTime.MaxValue.Ticks)
        {
            return new DateTime(ticks, DateTimeKind.Utc);
        }

        return Latest(LastWriteTimeUtc(TestAssembly), LastWriteTimeUtc(TestRunStampFile));
    }

    private static DateTime LastWriteTimeUtc(string? path) =>
        !string.IsNullOrEmpty(path) && File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;

    private static DateTime Latest(DateTime a, DateTime b) => a > b ? a : b;

    private decimal? Percent(GuardrailsPolicy policy, string? text, string property, List<GuardrailsDiagnostic> diagnostics)
    {
        if (CoverageOverrides.TryParsePercent(text, property, out var value, out var error))
        {
            return value;
        }

        diagnostics.Add(GuardrailsDiagnostic.ForRule(RuleCatalog.GR0002, policy.SettingOf(RuleCatalog.GR0002), error!, ProjectFile, symbol: "coverage:property:" + property));
        return null;
    }

    /// <summary>Missing coverage data: a warning locally (GR0002's default), an error in CI unless the policy chose otherwise.</summary>
    private void AddInCiAsError(List<GuardrailsDiagnostic> diagnostics, GuardrailsDiagnostic? diagnostic)
    {
        if (diagnostic is null)
        {
            return;
        }

        diagnostics.Add(_inCi && diagnostic.Severity == RuleSeverity.Warning ? diagnostic.WithSeverity(RuleSeverity.Error) : diagnostic);
    }

    private static IEnumerable<string> SplitList(string? value) =>
        (value ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0);
}
