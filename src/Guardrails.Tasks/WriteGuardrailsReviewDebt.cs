using System;
using System.IO;
using Guardrails.Policy.Review;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks
{
    /// <summary>Writes the project's review-debt.json from the GR3007 summary in the compiler's SARIF error log.</summary>
    public sealed class WriteGuardrailsReviewDebt : Task
    {
        [Required]
        public string ErrorLog { get; set; } = string.Empty;

        [Required]
        public string OutputFile { get; set; } = string.Empty;

        [Required]
        public string ProjectName { get; set; } = string.Empty;

        public override bool Execute()
        {
            if (!File.Exists(ErrorLog))
            {
                Log.LogMessage(MessageImportance.Low, "Guardrails: no compiler error log at '{0}'; review debt not summarised.", ErrorLog);
                return true;
            }

            try
            {
                var counts = ReviewDebtSummary.Read(ErrorLog);
                FileWriter.WriteIfChanged(OutputFile, ReviewDebtSummary.Serialize(ProjectName, counts));
            }
            catch (InvalidDataException ex)
            {
                Log.LogMessage(MessageImportance.High, "Guardrails: the compiler error log '{0}' could not be read for the review-debt summary: {1}", ErrorLog, ex.Message);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Log.LogWarning(null, "GR0002", null, null, OutputFile, 0, 0, 0, 0, "Guardrails could not write the review-debt summary: {0}", ex.Message);
            }

            return true;
        }
    }
}
