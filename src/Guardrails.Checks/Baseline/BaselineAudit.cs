using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// GR0003: baseline entries of a project that the build no longer finds (or finds fewer times), so the baseline only
/// shrinks. Only entries that name this project are checked, and only for rules this check sees.
/// </summary>
internal static class BaselineAudit
{
    public const string UpdateCommand = "guardrails baseline";

    /// <summary>How many times each identity occurs in one build.</summary>
    public static Dictionary<(string Rule, string File, string Key), int> Count(IEnumerable<(string Rule, string File, string Key)> findings) =>
        findings.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// What the inner builds of a multi-targeting project found together: per identity the largest count of any
    /// target framework (as <c>guardrails baseline</c> merges them), so an entry is stale only when no target
    /// framework reports it as often as recorded.
    /// </summary>
    public static Dictionary<(string Rule, string File, string Key), int> Union(IEnumerable<BaselineEntry> innerBuildFindings)
    {
        var found = new Dictionary<(string Rule, string File, string Key), int>();
        foreach (var entry in innerBuildFindings)
        {
            found.TryGetValue(entry.Identity, out var count);
            if (entry.Count > count)
            {
                found[entry.Identity] = entry.Count;
            }
        }

        return found;
    }

    /// <param name="found">What this project's build found (<see cref="Count"/>, or <see cref="Union"/> over target frameworks).</param>
    public static List<GuardrailsDiagnostic> Stale(
        GuardrailsPolicy policy,
        string baselinePath,
        BaselineFile baseline,
        string project,
        IReadOnlyDictionary<(string Rule, string File, string Key), int> found,
        System.Func<string, bool> ruleIsChecked)
    {
        var result = new List<GuardrailsDiagnostic>();
        foreach (var entry in baseline.Entries)
        {
            if (!string.Equals(entry.Project, project, System.StringComparison.Ordinal) || !ruleIsChecked(entry.Rule))
            {
                continue;
            }

            found.TryGetValue(entry.Identity, out var count);
            if (count >= entry.Count)
            {
                continue;
            }

            var what = entry.Rule + " in " + (entry.File.Length == 0 ? "the project" : entry.File) + " (" + entry.Key + ")";
            var message = count == 0
                ? "The baseline lists " + what + ", which no longer occurs: remove the entry, or run '" + UpdateCommand + "' to rewrite the baseline."
                : "The baseline lists " + what + " " + entry.Count.ToString(CultureInfo.InvariantCulture) + " times, but it now occurs "
                  + count.ToString(CultureInfo.InvariantCulture) + " times: lower the count, or run '" + UpdateCommand + "' to rewrite the baseline.";
            result.Add(GuardrailsDiagnostic.ForRule(
                RuleCatalog.GR0003,
                policy.SettingOf(RuleCatalog.GR0003),
                message,
                baselinePath,
                entry.Position.Line,
                entry.Position.Column,
                symbol: entry.Rule + "|" + entry.File + "|" + entry.Key,
                arguments: new[] { what }));
        }

        return result;
    }
}
