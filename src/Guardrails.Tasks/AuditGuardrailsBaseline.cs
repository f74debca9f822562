using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Policy.Baseline;
using Guardrails.Policy.Coverage;
using Guardrails.Policy.Diagnostics;
using Guardrails.Rules;
using Microsoft.Build.Framework;

namespace Guardrails.Tasks
{
    /// <summary>
    /// After compiling: records this project's findings (analyzer results from the compiler's log, baselined ones
    /// included, and the build-time task rules' diagnostics) in findings.json for <c>guardrails baseline</c>, and reports
    /// GR0003 for baseline entries of this project that no longer occur.
    /// </summary>
    public sealed class AuditGuardrailsBaseline : PolicyTask
    {
        /// <summary>The compiler's SARIF 2.1 log.</summary>
        public string? ErrorLog { get; set; }

        /// <summary>The diagnostics files of the build-time task rules (dependencies, switches, suppressions).</summary>
        public ITaskItem[] TaskDiagnosticsFiles { get; set; } = Array.Empty<ITaskItem>();

        [Required]
        public string FindingsFile { get; set; } = string.Empty;

        [Required]
        public string DiagnosticsFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            var diagnostics = new List<GuardrailsDiagnostic>();
            try
            {
                var policy = LoadPolicy().Policy;
                var baseDirectory = policy.FilePath is null ? Path.GetDirectoryName(Path.GetFullPath(ProjectFile)) ?? string.Empty : Path.GetDirectoryName(policy.FilePath) ?? string.Empty;
                var project = CoveragePaths.Relative(baseDirectory, Path.GetFullPath(ProjectFile));
                var findings = new List<(string Rule, string File, string Key)>();
                var sawCompilerLog = !string.IsNullOrEmpty(ErrorLog) && File.Exists(ErrorLog);
                if (sawCompilerLog)
                {
                    findings.AddRange(CompilerLogFindings.Read(ErrorLog!).Select(f => BaselineFinding.Identify(f.Rule, f.File, f.Message, baseDirectory)));
                }

                foreach (var item in TaskDiagnosticsFiles)
                {
                    var path = item.GetMetadata("FullPath");
                    if (File.Exists(path))
                    {
                        findings.AddRange(global::Guardrails.Policy.Diagnostics.DiagnosticsFile.Deserialize(File.ReadAllText(path)).Select(d => BaselineFinding.Identify(d, baseDirectory)));
                    }
                }

                FileWriter.WriteIfChanged(FindingsFile, new BaselineFile(BaselineFinding.Tally(findings, project)).Serialize());
                var baselinePath = BaselineFile.PathFrom(policy);
                if (baselinePath is not null && File.Exists(baselinePath))
                {
                    var baseline = BaselineFile.Read(baselinePath);
                    // Analyzer rules are only seen when the compiler's log is; coverage is never baselined.
                    diagnostics = BaselineAudit.Stale(policy, baselinePath, baseline, project, findings,
                        rule => RuleCatalog.TryGet(rule, out var info) && (info.Kind == RuleKind.Task || sawCompilerLog));
                }
            }
            catch (InvalidDataException ex)
            {
                Log.LogMessage(MessageImportance.High, "Guardrails: the baseline could not be audited: {0}", ex.Message);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Log.LogError(null, RuleIds.GR0002, RuleIds.GR0002, RuleCatalog.GR0002.HelpLink, ProjectFile, 0, 0, 0, 0,
                    "Guardrails could not audit the baseline: " + ex.Message);
            }

            FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Policy.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
            return !Log.HasLoggedErrors;
        }
    }
}
