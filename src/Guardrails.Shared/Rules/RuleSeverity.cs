namespace Guardrails.Rules;

/// <summary>Severity of a Guardrails rule, with the names used in guardrails.json and .editorconfig.</summary>
internal enum RuleSeverity
{
    None = 0,
    Suggestion = 1,
    Warning = 2,
    Error = 3,
}

internal static class RuleSeverityNames
{
    /// <summary>The spellings accepted in guardrails.json, in the order the schema lists them.</summary>
    public static readonly string[] Accepted = { "none", "silent", "suggestion", "info", "warning", "error" };

    public static bool TryParse(string? text, out RuleSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "none":
            case "silent":
                severity = RuleSeverity.None;
                return true;
            case "suggestion":
            case "info":
                severity = RuleSeverity.Suggestion;
                return true;
            case "warning":
                severity = RuleSeverity.Warning;
                return true;
            case "error":
                severity = RuleSeverity.Error;
                return true;
            default:
                severity = RuleSeverity.None;
                return false;
        }
    }

    /// <summary>The value written after <c>dotnet_diagnostic.ID.severity =</c> in an analyzer config.</summary>
    public static string ToEditorConfig(RuleSeverity severity) => severity switch
    {
        RuleSeverity.None => "none",
        RuleSeverity.Suggestion => "suggestion",
        RuleSeverity.Warning => "warning",
        _ => "error",
    };
}
