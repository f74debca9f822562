using System;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// The suppression IDs of the baseline's DiagnosticSuppressor: "GRB" and the rule's number (GRB4001 for GR4001). The
/// compiler's log names them ("DiagnosticSuppressor {Suppression Id: GRB4001, ...}"), which is how the build tells a
/// baselined finding from a suppressed one.
/// </summary>
internal static class BaselineSuppressionIds
{
    public const string Prefix = "GRB";

    /// <summary>The suppressor's other suppressions: a finding in a file outside the repository ("GRX" and the rule's number).</summary>
    public const string OutsideRepositoryPrefix = "GRX";

    public static string For(string ruleId) => Prefix + ruleId.Substring(2);

    public static string OutsideRepositoryFor(string ruleId) => OutsideRepositoryPrefix + ruleId.Substring(2);

    /// <summary>True for the log's description of a suppression of a finding outside the repository: not the repository's code, not a finding.</summary>
    public static bool IsOutsideRepositorySuppression(string suppressionType) =>
        suppressionType.StartsWith("DiagnosticSuppressor", StringComparison.Ordinal)
        && suppressionType.IndexOf("Suppression Id: " + OutsideRepositoryPrefix, StringComparison.Ordinal) >= 0;

    /// <summary>True for the log's description of a suppression by the baseline suppressor.</summary>
    public static bool IsBaselineSuppression(string suppressionType) =>
        suppressionType.StartsWith("DiagnosticSuppressor", StringComparison.Ordinal)
        && suppressionType.IndexOf("Suppression Id: " + Prefix, StringComparison.Ordinal) >= 0;
}
