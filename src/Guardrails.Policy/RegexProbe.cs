using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Guardrails.Options;

namespace Guardrails.Policy;

/// <summary>
/// Tries a regular expression from the policy on texts that make backtracking patterns explode — a long run of one
/// character the pattern mentions (or that \w, \d, \s match) followed by a character nothing expects — so that
/// <c>(a+)+$</c>, <c>(\w+\s?)+$</c> or <c>(.*a){25}</c> is GR0001 when the policy is loaded, at the pattern's line
/// and column, rather than a check that gives up (or a build that stalls) whenever a real text happens to have that
/// shape. Each try runs with <see cref="PolicyRegex.Timeout"/> (twice, see <see cref="PolicyRegex.TryIsMatch"/>); a pattern that needs longer than that on a
/// 250-character text is catastrophic, not slow: linear and quadratic patterns finish in a few milliseconds. No
/// probe set finds every catastrophic pattern, so the code that applies the regex keeps its own timeout too.
/// </summary>
internal static class RegexProbe
{
    /// <summary>How long each probe text is; exponential backtracking needs far less, polynomial patterns stay fast.</summary>
    public const int ProbeLength = 250;

    private const int MaxProbeCharacters = 24;

    /// <summary>True, with the probe text described, when <paramref name="regex"/> runs out of time on a probe.</summary>
    public static bool Backtracks(Regex regex, out string probe)
    {
        foreach (var character in ProbeCharacters(regex.ToString()))
        {
            foreach (var tail in new[] { "\u0001", string.Empty })
            {
                var text = new string(character, ProbeLength) + tail;
                if (PolicyRegex.TryIsMatch(regex, text) is null)
                {
                    probe = ProbeLength + " times '" + character + "'" + (tail.Length == 0 ? string.Empty : " and a control character");
                    return true;
                }
            }
        }

        probe = string.Empty;
        return false;
    }

    /// <summary>The characters the pattern names (the likeliest runs), then ones that \w, \d and \s match.</summary>
    private static IEnumerable<char> ProbeCharacters(string pattern)
    {
        var seen = new HashSet<char>();
        foreach (var c in pattern + "a1 x-#/.")
        {
            if (c >= ' ' && c != '\u007F' && "\\()[]{}|*+?^$".IndexOf(c) < 0 && seen.Add(c))
            {
                yield return c;
                if (seen.Count == MaxProbeCharacters)
                {
                    yield break;
                }
            }
        }
    }
}
