using System;
using System.Collections.Generic;
using System.IO;
using Guardrails.Policy;
using Guardrails.Policy.Diagnostics;
using Guardrails.Policy.Suppressions;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks
{
    /// <summary>GR4003 from the compiler's SARIF error log: Guardrails diagnostics suppressed where the analyzers cannot see it.</summary>
    public sealed class AuditGuardrailsSuppressions : PolicyTask
    {
        /// <summary>The SARIF 2.1 error log the compiler wrote.</summary>
        public string? ErrorLog { get; set; }

        [Required]
        public string DiagnosticsFile { get; set; } = string.Empty;

        public override bool Execute()
        {
            var diagnostics = new List<GuardrailsDiagnostic>();
            try
            {
                if (!string.IsNullOrEmpty(ErrorLog) && File.Exists(ErrorLog))
                {
                    var policy = LoadPolicy().Policy;
                    diagnostics = SuppressionAudit.Check(ErrorLog!, policy);
                }
                else
                {
                    Log.LogMessage(MessageImportance.Low, "Guardrails: no compiler error log at '{0}'; suppressions not audited.", ErrorLog ?? string.Empty);
                }
            }
            catch (InvalidDataException ex)
            {
                Log.LogMessage(MessageImportance.High, "Guardrails: the compiler error log '{0}' could not be audited for suppressions: {1}", ErrorLog ?? string.Empty, ex.Message);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Log.LogError(null, RuleIds.GR0002, RuleIds.GR0002, RuleCatalog.GR0002.HelpLink, ProjectFile, 0, 0, 0, 0,
                    "Guardrails could not audit the compiler's suppressions: " + ex.Message);
                return false;
            }

            FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Policy.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
            return !Log.HasLoggedErrors;
        }
    }
}
