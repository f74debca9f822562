using System;

namespace Guardrails.Analyzers.Rules;

/// <summary>Decides whether a justification text says something, or is an empty placeholder.</summary>
internal static class Justification
{
    private static readonly string[] Placeholders =
    {
        "pending", "todo", "tbd", "fixme", "-", "--", ".", "...", "n/a", "na", "none", "x", "?",
    };

    public static bool IsMeaningful(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        // "<Pending>", "<explain why>": a template nobody filled in (the GR2004 code fix writes one on purpose).
        if (trimmed.Length >= 2 && trimmed[0] == '<' && trimmed[trimmed.Length - 1] == '>')
        {
            return false;
        }

        foreach (var placeholder in Placeholders)
        {
            if (string.Equals(trimmed, placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
