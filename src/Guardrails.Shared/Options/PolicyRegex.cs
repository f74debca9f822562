using System;
using System.Text.RegularExpressions;

namespace Guardrails.Options;

/// <summary>
/// Regular expressions from the policy, as the policy loader and the analyzers both run them: with one timeout, so a
/// catastrophic pattern cannot hang a build, and matched with one retry, because the timeout is wall-clock time and a
/// busy build machine can stall a single try. A second timeout in a row is the pattern.
/// </summary>
internal static class PolicyRegex
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Compiles <paramref name="pattern"/> as every policy regex is compiled; throws <see cref="ArgumentException"/> when it is invalid.</summary>
    public static Regex Create(string pattern) => new Regex(pattern, RegexOptions.CultureInvariant, Timeout);

    /// <summary>Whether <paramref name="regex"/> matches; null when it ran out of time twice in a row.</summary>
    public static bool? TryIsMatch(Regex regex, string text) => Once(regex, text) ?? Once(regex, text);

    private static bool? Once(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
