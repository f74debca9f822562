using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Rules;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// What a baseline can hold: Guardrails diagnostics except the policy's own (GR0001-GR0003: a broken policy or a
/// missing input is never a known violation) and coverage (GR2001-GR2003 have their own ratchet).
/// </summary>
internal static class BaselineFinding
{
    public static bool CanBeBaselined(string ruleId) =>
        RuleCatalog.TryGet(ruleId, out var rule)
        && rule.Category != RuleCategory.Policy
        && ruleId != RuleIds.GR2001 && ruleId != RuleIds.GR2002 && ruleId != RuleIds.GR2003
        && ruleId != RuleIds.GR3007;

    /// <summary>The baseline identity of a task diagnostic: its symbol, else its message.</summary>
    public static (string Rule, string File, string Key) Identify(GuardrailsDiagnostic diagnostic, string repositoryRoot) =>
        (diagnostic.RuleId, RelativeFile(diagnostic.File, repositoryRoot), string.IsNullOrEmpty(diagnostic.Symbol) ? diagnostic.Message : diagnostic.Symbol!);

    /// <summary>The baseline identity of an analyzer diagnostic (from the compiler's log): its message.</summary>
    public static (string Rule, string File, string Key) Identify(string ruleId, string? file, string message, string repositoryRoot) =>
        (ruleId, RelativeFile(file, repositoryRoot), message);

    /// <summary>The file's key: relative to the repository root (<see cref="RepositoryRoot"/>), as the analyzers' baseline suppressor keys it.</summary>
    public static string RelativeFile(string? file, string repositoryRoot) =>
        string.IsNullOrEmpty(file) ? string.Empty : RepositoryPaths.KeyOrAbsolute(repositoryRoot, System.IO.Path.GetFullPath(file));

    /// <summary>Counts identities, in a stable order.</summary>
    public static List<BaselineEntry> Tally(IEnumerable<(string Rule, string File, string Key)> findings, string? project) =>
        findings
            .Where(f => CanBeBaselined(f.Rule))
            .GroupBy(f => f)
            .Select(g => new BaselineEntry(g.Key.Rule, g.Key.File, g.Key.Key, g.Count(), project))
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
}
