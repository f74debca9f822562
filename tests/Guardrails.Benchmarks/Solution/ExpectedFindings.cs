using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// What the analyzers must report on the generated solution (suppressed findings included): exact counts for the planted
/// findings that can be counted from the generator, at least one for the rest.
/// </summary>
internal sealed record ExpectedFindings(IReadOnlyDictionary<string, int> Exactly, IReadOnlyList<string> AtLeastOne)
{
    /// <summary>Throws, listing every difference, unless the findings are what the corpus plants.</summary>
    public void Require(ImmutableSortedDictionary<string, int> byRule)
    {
        var problems = new List<string>();
        foreach (var (rule, count) in Exactly)
        {
            if (byRule.GetValueOrDefault(rule) != count)
            {
                problems.Add(rule + ": expected " + count + ", found " + byRule.GetValueOrDefault(rule));
            }
        }

        problems.AddRange(AtLeastOne.Where(rule => byRule.GetValueOrDefault(rule) == 0).Select(rule => rule + ": expected some, found none"));
        if (problems.Count != 0)
        {
            throw new InvalidOperationException("The analyzers did not report what the solution plants: " + string.Join("; ", problems)
                + ". All findings: " + string.Join(", ", byRule.Select(p => p.Key + " " + p.Value)));
        }
    }

    /// <summary>Guardrails findings by rule, suppressed ones included.</summary>
    public static ImmutableSortedDictionary<string, int> ByRule(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Where(d => d.Id.StartsWith("GR", StringComparison.Ordinal))
        .GroupBy(d => d.Id)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
