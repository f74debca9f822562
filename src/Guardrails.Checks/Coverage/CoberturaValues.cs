using System;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The numbers in Cobertura's line attributes, parsed from characters the <see cref="CoberturaParser"/> copied out of
/// the XML reader: no string per attribute. The rules are those of <c>int.TryParse</c>/<c>long.TryParse</c> with
/// <c>NumberStyles.None</c>: digits only, no sign, no spaces.
/// </summary>
internal static class CoberturaValues
{
    /// <summary>"50% (1/2)": the counts in parentheses; the percentage is not used.</summary>
    public static bool TryParseCondition(char[] text, int length, out int covered, out int total)
    {
        covered = total = 0;
        var open = Array.LastIndexOf(text, '(', Math.Max(0, length - 1), length);
        var close = open < 0 ? -1 : Array.IndexOf(text, ')', open + 1, length - open - 1);
        var slash = open < 0 ? -1 : Array.IndexOf(text, '/', open + 1, length - open - 1);
        if (open < 0 || slash < 0 || close < slash)
        {
            return false;
        }

        return TryParseCount(text, open + 1, slash, out covered)
            && TryParseCount(text, slash + 1, close, out total)
            && covered <= total;
    }

    /// <summary>A whole number between <paramref name="start"/> and <paramref name="end"/>, spaces around it allowed.</summary>
    private static bool TryParseCount(char[] text, int start, int end, out int count)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var parsed = TryParseDigits(text, start, end - start, out var value) && value <= int.MaxValue;
        count = parsed ? (int)value : 0;
        return parsed;
    }

    /// <summary>Digits only; false when empty or beyond a long.</summary>
    public static bool TryParseDigits(char[] text, int start, int length, out long value)
    {
        value = 0;
        if (length <= 0)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if (digit < 0 || digit > 9 || value > (long.MaxValue - digit) / 10)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>Whether every character is a digit (a number too large for <see cref="TryParseDigits"/> still is).</summary>
    public static bool IsDigits(char[] text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
