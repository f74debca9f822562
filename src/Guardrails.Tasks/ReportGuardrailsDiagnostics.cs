using System;
using System.IO;
using Guardrails.Checks.Baseline;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

/// <summary>
/// Reports the diagnostics the Guardrails checks recorded, after MSBuild's own switches (NoWarn, WarningsAsErrors,
/// TreatWarningsAsErrors, WarningsNotAsErrors). Cheap, so it runs on every build even when the checks are up to date.
/// </summary>
public sealed class ReportGuardrailsDiagnostics : Task
{
    [Required]
    public ITaskItem[] DiagnosticsFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>$(GuardrailsBaselineRecording): errors are reported as warnings so that the build records every finding.</summary>
    public bool RecordingBaseline { get; set; }

    /// <summary>The policy's baseline (full path, or empty): findings it records are not reported.</summary>
    public string? BaselineFile { get; set; }

    /// <summary>The policy file: baseline paths are relative to its repository root (<see cref="RepositoryRoot"/>).</summary>
    public string? PolicyFile { get; set; }

    public override bool Execute()
    {
        var switches = new MSBuildWarningSwitches(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        var budget = ReadBaseline();
        var baseDirectory = string.IsNullOrEmpty(PolicyFile) ? string.Empty : RepositoryRoot.Of(PolicyFile!);
        foreach (var item in DiagnosticsFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                foreach (var diagnostic in DiagnosticsFile.Deserialize(File.ReadAllText(path)))
                {
                    if (budget is not null && BaselineFinding.CanBeBaselined(diagnostic.RuleId) && budget.TryTake(BaselineFinding.Identify(diagnostic, baseDirectory)))
                    {
                        Log.LogMessage(MessageImportance.Low, "Guardrails: {0} is in the baseline: {1}", diagnostic.RuleId, diagnostic.Message);
                        continue;
                    }

                    var severity = switches.Apply(diagnostic.RuleId, diagnostic.Severity, diagnostic.Locked);
                    Report(diagnostic, RecordingBaseline && severity == RuleSeverity.Error ? RuleSeverity.Warning : severity);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is InvalidDataException || ex is System.Text.Json.JsonException || ex is InvalidOperationException || ex is System.Collections.Generic.KeyNotFoundException)
            {
                Log.LogGuardrailsInputError(path,
                    "Guardrails could not read its recorded diagnostics (" + ex.Message + "). Delete the obj/ folder and build again.");
            }
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>The baseline's budget, or null without one; a broken baseline is reported by the policy target (GR0002).</summary>
    private BaselineBudget? ReadBaseline()
    {
        if (string.IsNullOrWhiteSpace(BaselineFile) || !File.Exists(BaselineFile))
        {
            return null;
        }

        try
        {
            return new BaselineBudget(global::Guardrails.Checks.Baseline.BaselineFile.Read(BaselineFile!).Entries);
        }
        catch (Exception ex) when (ex is IOException || ex is InvalidDataException || ex is UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void Report(GuardrailsDiagnostic d, RuleSeverity severity)
    {
        var helpLink = RuleCatalog.TryGet(d.RuleId, out var rule) ? rule.HelpLink : null;
        switch (severity)
        {
            case RuleSeverity.Error:
                Log.LogError(null, d.RuleId, d.RuleId, helpLink, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, d.Message);
                break;
            case RuleSeverity.Warning:
                Log.LogWarning(null, d.RuleId, d.RuleId, helpLink, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, d.Message);
                break;
            case RuleSeverity.Suggestion:
                Log.LogMessage(null, d.RuleId, d.RuleId, d.File, d.Line, d.Column, d.EndLine, d.EndColumn, MessageImportance.High, d.Message);
                break;
        }
    }
}
