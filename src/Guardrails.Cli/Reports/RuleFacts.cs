using System.Linq;
using Guardrails.Cli.Model;
using Guardrails.Rules;

namespace Guardrails.Cli.Reports;

/// <summary>
/// What the reports say about a rule, from the rule catalogue. A GR ID the catalogue lacks (a build with a newer
/// Guardrails package than this tool) still gets an entry, with its ID as title.
/// </summary>
internal sealed record RuleFacts(string Id, string Title, string Category, FindingLevel? DefaultLevel, string HelpUri, bool Known)
{
    public static RuleFacts For(string ruleId) =>
        RuleCatalog.TryGet(ruleId, out var rule)
            ? new RuleFacts(rule.Id, rule.Title, rule.Category.Key, FindingLevels.FromSeverity(rule.DefaultSeverity), rule.HelpLink, Known: true)
            : new RuleFacts(ruleId, ruleId, "unknown", null, RuleCatalog.HelpLinkBase + ruleId + ".md", Known: false);

    /// <summary>
    /// SARIF's <c>reportingDescriptor.name</c>: the title as one Pascal-case identifier ("Banned API" → "BannedApi"),
    /// without one-letter words, as SARIF tooling expects.
    /// </summary>
    public string Name =>
        Known
            ? string.Concat(Title.Split(' ', '-', '/', ',', '(', ')', '\'', '.')
                .Where(word => word.Length > 1 && word.All(char.IsLetterOrDigit))
                .Select(word => char.ToUpperInvariant(word[0]) + (word.All(c => !char.IsLower(c)) ? word[1..].ToLowerInvariant() : word[1..])))
            : Id;
}
