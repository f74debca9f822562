using Guardrails.Rules;

namespace Guardrails.Cli.Model;

/// <summary>How serious a finding is, with SARIF's names (note, warning, error). Ordered, so Error is the highest.</summary>
internal enum FindingLevel
{
    Note = 1,
    Warning = 2,
    Error = 3,
}

internal static class FindingLevels
{
    public static readonly FindingLevel[] HighestFirst = [FindingLevel.Error, FindingLevel.Warning, FindingLevel.Note];

    /// <summary>SARIF's <c>level</c>: "error", "warning", "note".</summary>
    public static string SarifName(this FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        _ => "note",
    };

    /// <summary>For people: "error", "warning", "note" with a count ("2 errors").</summary>
    public static string Count(this FindingLevel level, int count) =>
        count + " " + level.SarifName() + (count == 1 ? string.Empty : "s");

    /// <summary>A SARIF result's level; SARIF's default is warning. "none" (and anything unknown) is not a finding.</summary>
    public static FindingLevel? FromSarif(string? level) => level switch
    {
        null => FindingLevel.Warning,
        "error" => FindingLevel.Error,
        "warning" => FindingLevel.Warning,
        "note" => FindingLevel.Note,
        _ => null,
    };

    /// <summary>A Guardrails severity (policy or rule default); None is not a finding.</summary>
    public static FindingLevel? FromSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => FindingLevel.Error,
        RuleSeverity.Warning => FindingLevel.Warning,
        RuleSeverity.Suggestion => FindingLevel.Note,
        _ => null,
    };
}
