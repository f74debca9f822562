using System;
using System.IO;
using Guardrails.Policy.Diagnostics;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks
{
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

        public override bool Execute()
        {
            var switches = new MSBuildWarningSwitches(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
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
                        Report(diagnostic, switches.Apply(diagnostic.RuleId, diagnostic.Severity, diagnostic.Locked));
                    }
                }
                catch (Exception ex) when (ex is IOException || ex is InvalidDataException || ex is System.Text.Json.JsonException || ex is InvalidOperationException || ex is System.Collections.Generic.KeyNotFoundException)
                {
                    Log.LogError(null, RuleIds.GR0002, RuleIds.GR0002, RuleCatalog.GR0002.HelpLink, path, 0, 0, 0, 0,
                        "Guardrails could not read its recorded diagnostics (" + ex.Message + "). Delete the obj/ folder and build again.");
                }
            }

            return !Log.HasLoggedErrors;
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
}
