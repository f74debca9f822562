using System;
using System.Collections.Generic;
using System.IO;
using Guardrails.Checks.Baseline;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;
using Microsoft.Build.Framework;

namespace Guardrails.Tasks;

/// <summary>
/// GR0003 for a multi-targeting project, in its outer build once every inner build has compiled: a baseline entry is
/// stale only when no target framework finds it (as often as recorded). One inner build alone cannot tell (a package
/// referenced only for net462, code under <c>#if NET35</c>), so the inner builds only record their findings.json.
/// Writes a diagnostics file that the build reports.
/// </summary>
public sealed class AuditGuardrailsBaseline : PolicyTask
{
    /// <summary>
    /// Every inner build's findings.json; metadata <c>CompilerLog</c>: the compiler log that build read (analyzer
    /// findings are judged only when every inner build had one).
    /// </summary>
    public ITaskItem[] FindingsFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the GR0003 diagnostics go.</summary>
    [Required]
    public string BaselineDiagnosticsFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            FileWriter.WriteIfChanged(BaselineDiagnosticsFile, DiagnosticsFile.Serialize(Audit()));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is InvalidDataException)
        {
            try
            {
                FileWriter.DeleteIfExists(BaselineDiagnosticsFile);
            }
            catch (Exception inner) when (inner is IOException || inner is UnauthorizedAccessException)
            {
                // The error below is what matters.
            }

            Log.LogGuardrailsInputError(ProjectFile,
                "Guardrails could not check the baseline against this project's target frameworks: " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private List<GuardrailsDiagnostic> Audit()
    {
        var policy = LoadPolicy().Policy;
        var baselinePath = BaselineFile.PathFrom(policy);
        if (baselinePath is null || !File.Exists(baselinePath) || FindingsFiles.Length == 0)
        {
            return new List<GuardrailsDiagnostic>();
        }

        var entries = new List<BaselineEntry>();
        var everyLogSeen = true;
        foreach (var item in FindingsFiles)
        {
            var path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                // An inner build that recorded nothing (it failed, or Guardrails is off for it): the union is unknown.
                Log.LogMessage(MessageImportance.Normal, "Guardrails: no findings from '{0}'; the baseline is not checked for stale entries.", path);
                return new List<GuardrailsDiagnostic>();
            }

            entries.AddRange(BaselineFile.Read(path).Entries);
            var compilerLog = item.GetMetadata("CompilerLog");
            everyLogSeen &= !string.IsNullOrEmpty(compilerLog) && File.Exists(compilerLog);
        }

        BaselineFile baseline;
        try
        {
            baseline = BaselineFile.Read(baselinePath);
        }
        catch (InvalidDataException ex)
        {
            // A broken baseline is reported by the policy target (GR0002); nothing to audit against here.
            Log.LogMessage(MessageImportance.High, "Guardrails: the baseline could not be audited: {0}", ex.Message);
            return new List<GuardrailsDiagnostic>();
        }

        var root = RepositoryRoot.Of(policy) ?? Path.GetDirectoryName(Path.GetFullPath(ProjectFile)) ?? string.Empty;
        var project = BaselineFinding.RelativeFile(ProjectFile, root);
        return BaselineAudit.Stale(policy, baselinePath, baseline, project, BaselineAudit.Union(entries),
            rule => RuleCatalog.TryGet(rule, out var info) && (info.Kind == RuleKind.Task || everyLogSeen));
    }
}
