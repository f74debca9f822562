using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Policy.Diagnostics;
using Guardrails.Rules;

namespace Guardrails.Policy.Baseline
{
    /// <summary>
    /// GR0003: baseline entries of a project that the build no longer finds (or finds fewer times), so the baseline only
    /// shrinks. Only entries that name this project are checked, and only for rules this check sees.
    /// </summary>
    internal static class BaselineAudit
    {
        public const string UpdateCommand = "guardrails baseline";

        public static List<GuardrailsDiagnostic> Stale(
            GuardrailsPolicy policy,
            string baselinePath,
            BaselineFile baseline,
            string project,
            IEnumerable<(string Rule, string File, string Key)> findings,
            System.Func<string, bool> ruleIsChecked)
        {
            var found = findings.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
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
}
