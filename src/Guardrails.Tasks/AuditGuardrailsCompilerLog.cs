using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Policy;
using Guardrails.Checks.Baseline;
using Guardrails.Checks.Diagnostics;
using Guardrails.Checks.Review;
using Guardrails.Checks.Suppressions;
using Guardrails.Rules;
using Microsoft.Build.Framework;

namespace Guardrails.Tasks;

/// <summary>
/// Everything Guardrails takes from the compiler's SARIF 2.1 log, from one read of it after compiling:
/// GR4003 for suppressions the analyzers cannot see (a DiagnosticSuppressor), this project's findings
/// (findings.json, for <c>guardrails baseline</c>) and GR0003 for baseline entries that no longer occur, and the
/// review-debt summary (review-debt.json). Writes diagnostics files that the build reports; reports nothing itself,
/// so the target that runs it can be skipped when the log and the policy did not change.
/// </summary>
public sealed class AuditGuardrailsCompilerLog : PolicyTask
{
    /// <summary>The SARIF 2.1 error log the compiler wrote.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>The diagnostics files of the build-time task rules (switches, dependencies): findings too.</summary>
    public ITaskItem[] TaskDiagnosticsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the GR4003 diagnostics go.</summary>
    [Required]
    public string SuppressionsDiagnosticsFile { get; set; } = string.Empty;

    /// <summary>Where this project's findings go (findings.json).</summary>
    [Required]
    public string FindingsFile { get; set; } = string.Empty;

    /// <summary>Where the GR0003 diagnostics go.</summary>
    [Required]
    public string BaselineDiagnosticsFile { get; set; } = string.Empty;

    /// <summary>Where the review-debt summary goes (review-debt.json).</summary>
    [Required]
    public string ReviewDebtFile { get; set; } = string.Empty;

    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>
    /// False in an inner build of a multi-targeting project: a baseline entry may occur in only some target frameworks,
    /// so this build records its findings but leaves GR0003 to the outer build, which sees them all
    /// (<see cref="AuditGuardrailsBaseline"/>).
    /// </summary>
    public bool JudgeBaseline { get; set; } = true;

    /// <summary>$(GuardrailsAuditSuppressions): false leaves GR4003 out.</summary>
    public bool AuditSuppressions { get; set; } = true;

    public override bool Execute()
    {
        try
        {
            var policy = LoadPolicy().Policy;
            using var log = OpenLog();
            var suppressions = log is null || !AuditSuppressions ? new List<GuardrailsDiagnostic>() : SuppressionAudit.Check(log, policy);
            FileWriter.WriteIfChanged(SuppressionsDiagnosticsFile, DiagnosticsFile.Serialize(suppressions));
            FileWriter.WriteIfChanged(BaselineDiagnosticsFile, DiagnosticsFile.Serialize(AuditBaseline(policy, log, suppressions)));
            if (log is null)
            {
                // Without the log the review debt is unknown, not zero.
                FileWriter.DeleteIfExists(ReviewDebtFile);
            }
            else
            {
                FileWriter.WriteIfChanged(ReviewDebtFile, ReviewDebtSummary.Serialize(ProjectName, ReviewDebtSummary.Read(log)));
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is InvalidDataException)
        {
            // Leave no output behind: the target must run again next time rather than pass on stale files.
            foreach (var output in new[] { SuppressionsDiagnosticsFile, FindingsFile, BaselineDiagnosticsFile, ReviewDebtFile })
            {
                TryDelete(output);
            }

            Log.LogGuardrailsInputError(ProjectFile,
                "Guardrails could not audit the compiler's results (suppressions, baseline, review debt): " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The log, or null when there is none or it is not SARIF (then only the task rules' findings are recorded).</summary>
    private CompilerLog? OpenLog()
    {
        if (string.IsNullOrEmpty(ErrorLog) || !File.Exists(ErrorLog))
        {
            Log.LogMessage(MessageImportance.Low, "Guardrails: no compiler error log at '{0}'.", ErrorLog ?? string.Empty);
            return null;
        }

        try
        {
            return CompilerLog.Open(ErrorLog!);
        }
        catch (InvalidDataException ex)
        {
            Log.LogMessage(MessageImportance.High, "Guardrails: the compiler error log '{0}' could not be read: {1}", ErrorLog!, ex.Message);
            return null;
        }
    }

    /// <summary>Writes findings.json and returns GR0003 for the baseline entries of this project that no longer occur.</summary>
    private List<GuardrailsDiagnostic> AuditBaseline(GuardrailsPolicy policy, CompilerLog? log, List<GuardrailsDiagnostic> suppressions)
    {
        var baseDirectory = RepositoryRoot.Of(policy) ?? Path.GetDirectoryName(Path.GetFullPath(ProjectFile)) ?? string.Empty;
        var project = BaselineFinding.RelativeFile(ProjectFile, baseDirectory);
        var findings = new List<(string Rule, string File, string Key)>();
        if (log is not null)
        {
            findings.AddRange(CompilerLogFindings.Read(log).Select(f => BaselineFinding.Identify(f.Rule, f.File, f.Message, baseDirectory)));
        }

        foreach (var item in TaskDiagnosticsFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (File.Exists(path))
            {
                findings.AddRange(DiagnosticsFile.Deserialize(File.ReadAllText(path)).Select(d => BaselineFinding.Identify(d, baseDirectory)));
            }
        }

        findings.AddRange(suppressions.Select(d => BaselineFinding.Identify(d, baseDirectory)));
        FileWriter.WriteIfChanged(FindingsFile, new BaselineFile(BaselineFinding.Tally(findings, project)).Serialize());

        var baselinePath = BaselineFile.PathFrom(policy);
        if (!JudgeBaseline || baselinePath is null || !File.Exists(baselinePath))
        {
            return new List<GuardrailsDiagnostic>();
        }

        try
        {
            // Analyzer rules are only seen when the compiler's log is; coverage is never baselined.
            return BaselineAudit.Stale(policy, baselinePath, BaselineFile.Read(baselinePath), project, BaselineAudit.Count(findings),
                rule => RuleCatalog.TryGet(rule, out var info) && (info.Kind == RuleKind.Task || log is not null));
        }
        catch (InvalidDataException ex)
        {
            // A broken baseline is reported by the policy target (GR0002); nothing to audit against here.
            Log.LogMessage(MessageImportance.High, "Guardrails: the baseline could not be audited: {0}", ex.Message);
            return new List<GuardrailsDiagnostic>();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            FileWriter.DeleteIfExists(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // Nothing more to do: the error is reported.
        }
    }
}
