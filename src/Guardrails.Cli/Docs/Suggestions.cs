using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Cli.Docs;

/// <summary>"Did you mean …?" for a misspelt name: the candidates closest by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The candidates nearest to <paramref name="input"/> (case ignored), if within <paramref name="maxDistance"/> edits; in order.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int maxDistance = 2)
    {
        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (Candidate: candidate, Distance: Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant())))
            .Where(pair => pair.Distance <= maxDistance)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Min(pair => pair.Distance);
        return scored.Where(pair => pair.Distance == best).Select(pair => pair.Candidate).OrderBy(c => c, StringComparer.Ordinal).ToList();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
