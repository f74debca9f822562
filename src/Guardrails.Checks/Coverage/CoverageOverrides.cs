using System.Globalization;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Values from MSBuild properties (GuardrailsCoverageLine, GuardrailsCoverageBranch, GuardrailsCoverageMethod,
/// GuardrailsCoverageNewCodeLine, GuardrailsCoverageNewCodeBranch, GuardrailsCoverageBase). Each one set beats the
/// policy's total or newCode value.
/// </summary>
internal sealed class CoverageOverrides
{
    public decimal? Line { get; set; }

    public decimal? Branch { get; set; }

    public decimal? Method { get; set; }

    public decimal? NewCodeLine { get; set; }

    public decimal? NewCodeBranch { get; set; }

    /// <summary>The git revision changed lines are measured against.</summary>
    public string? Base { get; set; }

    /// <summary>Where diagnostics about a threshold set by a property are reported (the project file); may be null.</summary>
    public string? SourceFile { get; set; }

    /// <summary>What relative paths are relative to when there is no policy file (e.g. the repository root).</summary>
    public string? BaseDirectory { get; set; }

    /// <summary>
    /// Parses a percentage from a property: a number from 0 to 100, '.' as decimal separator, optionally ending in '%'.
    /// Empty text is "not set" (true, null). Anything else is false with a message to report loudly.
    /// </summary>
    public static bool TryParsePercent(string? text, string propertyName, out decimal? value, out string? error)
    {
        value = null;
        error = null;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return true;
        }

        var number = trimmed.EndsWith("%") ? trimmed.Substring(0, trimmed.Length - 1).TrimEnd() : trimmed;
        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 && parsed <= 100)
        {
            value = parsed;
            return true;
        }

        error = "$(" + propertyName + ") is '" + trimmed + "', which is not a percentage from 0 to 100 (for example 80 or 72.5).";
        return false;
    }
}
