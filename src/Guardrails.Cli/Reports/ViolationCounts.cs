using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>Violations (unsuppressed findings) of one rule, by level.</summary>
internal sealed record RuleViolations(RuleFacts Rule, int Errors, int Warnings, int Notes)
{
    public int Total => Errors + Warnings + Notes;

    public int Of(FindingLevel level) => level switch
    {
        FindingLevel.Error => Errors,
        FindingLevel.Warning => Warnings,
        _ => Notes,
    };

    /// <summary>One row per rule that has violations, in rule ID order.</summary>
    public static IReadOnlyList<RuleViolations> ByRule(IEnumerable<Finding> findings) =>
        findings
            .Where(f => !f.IsSuppressed)
            .GroupBy(f => f.RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleViolations(
                RuleFacts.For(g.Key),
                g.Count(f => f.Level == FindingLevel.Error),
                g.Count(f => f.Level == FindingLevel.Warning),
                g.Count(f => f.Level == FindingLevel.Note)))
            .ToList();
}
