using System;
using System.Text;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>How GR4003 reads suppressions: which IDs are Guardrails rules, and what counts as a reason for switching one off.</summary>
internal static class SuppressionSyntax
{
    private static readonly string[] ReasonLabels = { "reason", "justification", "why", "because" };

    /// <summary>"GR" and four digits, any case (the compiler matches pragma IDs without regard to case).</summary>
    public static bool IsGuardrailsId(string? text) =>
        text is not null
        && text.Length == 6
        && (text[0] == 'G' || text[0] == 'g')
        && (text[1] == 'R' || text[1] == 'r')
        && IsDigit(text[2]) && IsDigit(text[3]) && IsDigit(text[4]) && IsDigit(text[5]);

    /// <summary>The rule ID of a <c>[SuppressMessage]</c> check ID (<c>"GR4001"</c> or <c>"GR4001:Title"</c>), when it is a Guardrails rule.</summary>
    public static string? GuardrailsIdOfCheckId(string? checkId)
    {
        if (checkId is null)
        {
            return null;
        }

        var colon = checkId.IndexOf(':');
        var id = (colon < 0 ? checkId : checkId.Substring(0, colon)).Trim();
        return IsGuardrailsId(id) ? id.ToUpperInvariant() : null;
    }

    /// <summary>
    /// The text of the <c>// comment</c> that ends a directive's line, without the slashes. A directive takes only a
    /// single-line comment; anything else after the IDs (<c>/* */</c>, bare words) is a compiler warning, not a reason.
    /// </summary>
    public static string CommentText(DirectiveTriviaSyntax directive)
    {
        var text = new StringBuilder();
        foreach (var trivia in directive.DescendantTrivia(descendIntoTrivia: true))
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
            {
                text.Append(trivia.ToString().Substring(2)).Append(' ');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// True when the text says why: <see cref="Justification.IsMeaningful"/>, and more than a label (<c>reason:</c>), the
    /// rule IDs again, or a rule's title (what Visual Studio's "Suppress in source" writes after the ID).
    /// </summary>
    public static bool IsMeaningful(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var reason = StripLabel(text.Trim());
        if (!Justification.IsMeaningful(reason) || IsOnlyRuleIds(reason))
        {
            return false;
        }

        var withoutStop = reason.Trim().TrimEnd('.');
        foreach (var rule in RuleCatalog.All)
        {
            if (string.Equals(withoutStop, rule.Title, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string StripLabel(string text)
    {
        foreach (var label in ReasonLabels)
        {
            if (text.Length > label.Length
                && text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && text[label.Length] == ':')
            {
                return text.Substring(label.Length + 1);
            }
        }

        return text;
    }

    private static bool IsOnlyRuleIds(string text)
    {
        foreach (var part in text.Split(new[] { ' ', '\t', ',', ';', ':' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IsGuardrailsId(part))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
