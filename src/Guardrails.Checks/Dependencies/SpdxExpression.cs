using System;
using System.Collections.Generic;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Decides whether an SPDX licence expression is acceptable under an allowed set: <c>A OR B</c> needs one of them,
/// <c>A AND B</c> needs both, <c>A WITH exception</c> counts as A, parentheses group. Identifiers compare
/// case-insensitively; a trailing <c>+</c> ("or later") is kept as part of the identifier.
/// </summary>
internal static class SpdxExpression
{
    public static bool IsSatisfiedBy(string expression, ICollection<string> allowed)
    {
        var tokens = Tokenize(expression);
        var position = 0;
        try
        {
            var result = ParseOr(tokens, ref position, allowed);
            return position == tokens.Count && result;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool ParseOr(List<string> tokens, ref int position, ICollection<string> allowed)
    {
        var result = ParseAnd(tokens, ref position, allowed);
        while (position < tokens.Count && Is(tokens[position], "OR"))
        {
            position++;
            result |= ParseAnd(tokens, ref position, allowed);
        }

        return result;
    }

    private static bool ParseAnd(List<string> tokens, ref int position, ICollection<string> allowed)
    {
        var result = ParseTerm(tokens, ref position, allowed);
        while (position < tokens.Count && Is(tokens[position], "AND"))
        {
            position++;
            result &= ParseTerm(tokens, ref position, allowed);
        }

        return result;
    }

    private static bool ParseTerm(List<string> tokens, ref int position, ICollection<string> allowed)
    {
        if (position >= tokens.Count)
        {
            throw new FormatException("expression ends early");
        }

        var token = tokens[position++];
        bool result;
        if (token == "(")
        {
            result = ParseOr(tokens, ref position, allowed);
            if (position >= tokens.Count || tokens[position++] != ")")
            {
                throw new FormatException("unbalanced parentheses");
            }
        }
        else if (token == ")" || Is(token, "AND") || Is(token, "OR") || Is(token, "WITH"))
        {
            throw new FormatException("unexpected " + token);
        }
        else
        {
            result = Contains(allowed, token);
        }

        if (position < tokens.Count && Is(tokens[position], "WITH"))
        {
            position += 2;
        }

        return result;
    }

    private static bool Contains(ICollection<string> allowed, string id)
    {
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Is(string token, string keyword) => string.Equals(token, keyword, StringComparison.OrdinalIgnoreCase);

    private static List<string> Tokenize(string expression)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in expression)
        {
            if (c == '(' || c == ')' || char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                if (!char.IsWhiteSpace(c))
                {
                    tokens.Add(c.ToString());
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }
}
