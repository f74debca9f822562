using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// The review fingerprint of a declaration (docs/rules/GR3003.md states the algorithm; keep the two in step):
/// the declaration's tokens without trivia and without the Guardrails annotations, each token's source text joined by
/// one space, UTF-8, SHA-256, the first 6 bytes as 12 lowercase hex characters. Only token text goes in, never a
/// SyntaxKind number, so the value does not depend on the Roslyn version.
/// </summary>
internal static class ReviewFingerprint
{
    public const int Length = 12;

    private static readonly HashSet<string> AnnotationNames = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "AiGenerated", "AiGeneratedAttribute",
        "Reviewed", "ReviewedAttribute",
        "ReviewPending", "ReviewPendingAttribute",
    };

    /// <summary>The text that is hashed: exposed so tests and docs can show it.</summary>
    public static string CanonicalText(SyntaxNode declaration)
    {
        var replaced = ReplacedLists(declaration);
        var parts = new List<string>();
        foreach (var token in declaration.DescendantTokens(descendIntoTrivia: false))
        {
            if (token.IsMissing || token.Span.IsEmpty)
            {
                continue;
            }

            var list = replaced.Count == 0 ? null : token.Parent?.FirstAncestorOrSelf<AttributeListSyntax>();
            if (list is not null && replaced.TryGetValue(list, out var replacement))
            {
                // The list's first token stands for the whole (rewritten) list; its other tokens are dropped.
                if (token == list.OpenBracketToken)
                {
                    parts.AddRange(replacement);
                }

                continue;
            }

            parts.Add(token.Text);
        }

        return string.Join(" ", parts);
    }

    public static string Compute(SyntaxNode declaration) => Hash(CanonicalText(declaration));

    public static string Hash(string canonicalText)
    {
        byte[] digest;
        using (var sha = SHA256.Create())
        {
            digest = sha.ComputeHash(Encoding.UTF8.GetBytes(canonicalText));
        }

        var hex = new StringBuilder(Length);
        for (var i = 0; i < Length / 2; i++)
        {
            hex.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    /// <summary>True for an attribute named AiGenerated, Reviewed or ReviewPending (with or without the Attribute suffix, any qualifier).</summary>
    public static bool IsAnnotationName(AttributeSyntax attribute) => AnnotationNames.Contains(RightmostName(attribute.Name));

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>
    /// Attribute lists that hold a Guardrails annotation, with the tokens that stand for them: none when the list holds
    /// only annotations, else the list rewritten without them (brackets, target, the other attributes joined by commas).
    /// </summary>
    private static Dictionary<AttributeListSyntax, List<string>> ReplacedLists(SyntaxNode declaration)
    {
        var lists = new Dictionary<AttributeListSyntax, List<string>>();
        foreach (var list in declaration.DescendantNodesAndSelf().OfType<AttributeListSyntax>())
        {
            var hasAnnotation = false;
            foreach (var attribute in list.Attributes)
            {
                hasAnnotation |= IsAnnotationName(attribute);
            }

            if (!hasAnnotation)
            {
                continue;
            }

            var replacement = new List<string>();
            foreach (var attribute in list.Attributes)
            {
                if (IsAnnotationName(attribute))
                {
                    continue;
                }

                replacement.Add(replacement.Count == 0 ? "[" : ",");
                if (replacement.Count == 1 && list.Target is { } target)
                {
                    replacement.Add(target.Identifier.Text);
                    replacement.Add(target.ColonToken.Text);
                }

                foreach (var token in attribute.DescendantTokens(descendIntoTrivia: false))
                {
                    if (!token.IsMissing && !token.Span.IsEmpty)
                    {
                        replacement.Add(token.Text);
                    }
                }
            }

            if (replacement.Count > 0)
            {
                replacement.Add("]");
            }

            lists.Add(list, replacement);
        }

        return lists;
    }
}
