using System;
using System.Collections.Generic;

namespace Guardrails.Rules;

/// <summary>
/// The one list of Guardrails rules. Analyzer descriptors, task diagnostics, the policy validator,
/// the generated analyzer config and the docs all read it; nothing else declares a rule ID.
/// </summary>
internal static class RuleCatalog
{
    public const string HelpLinkBase = "https://github.com/guardrails-dotnet/guardrails/blob/main/docs/rules/";

    public static readonly RuleInfo GR0001 = Task(RuleIds.GR0001, "The policy file is invalid",
        "{0}", RuleCategory.Policy, RuleSeverity.Error);

    public static readonly RuleInfo GR0002 = Task(RuleIds.GR0002, "The policy names something that does not exist, or an input a check needs is missing",
        "{0}", RuleCategory.Policy, RuleSeverity.Warning);

    public static readonly RuleInfo GR0003 = Task(RuleIds.GR0003, "Baseline entry no longer occurs",
        "{0}", RuleCategory.Policy, RuleSeverity.Warning);

    public static readonly RuleInfo GR1001 = Task(RuleIds.GR1001, "Banned NuGet package",
        "Package '{0}' {1} is banned{2}", RuleCategory.Dependencies, RuleSeverity.Error);

    public static readonly RuleInfo GR1002 = Task(RuleIds.GR1002, "Package not on the allow-list",
        "Package '{0}' {1} is not on the policy's allow-list{2}", RuleCategory.Dependencies, RuleSeverity.Warning);

    public static readonly RuleInfo GR1003 = Task(RuleIds.GR1003, "Package licence not allowed",
        "Package '{0}' {1} has licence '{2}', which the policy does not allow{3}", RuleCategory.Dependencies, RuleSeverity.Warning);

    public static readonly RuleInfo GR1004 = Task(RuleIds.GR1004, "Forbidden project reference",
        "Project '{0}' must not reference '{1}'{2}", RuleCategory.Dependencies, RuleSeverity.Error);

    public static readonly RuleInfo GR1101 = Analyzer(RuleIds.GR1101, "Banned API",
        "The symbol '{0}' is banned in this project{1}", RuleCategory.Dependencies, RuleSeverity.Warning);

    public static readonly RuleInfo GR1102 = Analyzer(RuleIds.GR1102, "Banned API entry is invalid or matches nothing",
        "The banned API entry '{0}' {1}", RuleCategory.Dependencies, RuleSeverity.Warning);

    public static readonly RuleInfo GR1103 = Analyzer(RuleIds.GR1103, "Banned API entry listed twice",
        "The banned API entry '{0}' is already listed at {1}{2}", RuleCategory.Dependencies, RuleSeverity.Warning);

    public static readonly RuleInfo GR2001 = Task(RuleIds.GR2001, "Coverage below threshold",
        "{0} coverage of {1} is {2}, below the threshold of {3}", RuleCategory.Coverage, RuleSeverity.Error);

    public static readonly RuleInfo GR2002 = Task(RuleIds.GR2002, "Changed-line coverage below threshold",
        "Coverage of changed lines is {0}, below the threshold of {1}; uncovered: {2}", RuleCategory.Coverage, RuleSeverity.Error);

    public static readonly RuleInfo GR2003 = Task(RuleIds.GR2003, "Coverage fell below the recorded baseline",
        "{0} coverage of {1} fell from {2} to {3}", RuleCategory.Coverage, RuleSeverity.Error);

    public static readonly RuleInfo GR2004 = Analyzer(RuleIds.GR2004, "ExcludeFromCodeCoverage without a justification",
        "'{0}' is excluded from code coverage without a justification; set Justification to say why it needs no tests",
        RuleCategory.Coverage, RuleSeverity.Warning);

    public static readonly RuleInfo GR3001 = Analyzer(RuleIds.GR3001, "AI-generated code without a review annotation",
        "'{0}' is marked AI-generated but has no [Reviewed] annotation", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR3002 = Analyzer(RuleIds.GR3002, "Sensitive API used without a review annotation",
        "'{0}' uses sensitive APIs without a [Reviewed] annotation: {1}{2}", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR3003 = Analyzer(RuleIds.GR3003, "Stale review annotation",
        "The review of '{0}' is stale: the code changed after it was reviewed (fingerprint {1}, now {2})", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR3004 = Analyzer(RuleIds.GR3004, "Reviewer not allowed for this area",
        "'{0}' may not approve '{1}': {2}", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR3005 = Analyzer(RuleIds.GR3005, "Pending review older than the SLA",
        "The review of '{0}' has been pending since {1} ({2}), {3} days, longer than the SLA of {4} days", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR3006 = Analyzer(RuleIds.GR3006, "Malformed review annotation",
        "The {0} annotation on '{1}' is malformed: {2}", RuleCategory.Review, RuleSeverity.Warning);

    public static readonly RuleInfo GR4001 = Analyzer(RuleIds.GR4001, "Test method asserts nothing",
        "Test '{0}' {1}", RuleCategory.TestIntegrity, RuleSeverity.Warning);

    public static readonly RuleInfo GR4002 = Analyzer(RuleIds.GR4002, "Skipped test without a tracking reference",
        "{0} is skipped without a tracking reference (reason: {1}); the reason must contain {2}", RuleCategory.TestIntegrity, RuleSeverity.Warning);

    public static readonly RuleInfo GR4003 = Analyzer(RuleIds.GR4003, "Guardrail suppressed without justification",
        "{0} suppresses {1} without a justification; {2}", RuleCategory.TestIntegrity, RuleSeverity.Warning);

    public static readonly RuleInfo GR4004 = Task(RuleIds.GR4004, "Guardrail switched off outside the policy",
        "{0} {1} {2}, which the policy locks", RuleCategory.TestIntegrity, RuleSeverity.Warning);

    public static readonly RuleInfo GR3007 = Analyzer(RuleIds.GR3007, "Review debt summary",
        "Review debt of {0}: {1}", RuleCategory.Review, RuleSeverity.Suggestion);

    /// <summary>All rules, in ID order.</summary>
    public static readonly RuleInfo[] All =
    {
        GR0001, GR0002, GR0003,
        GR1001, GR1002, GR1003, GR1004, GR1101, GR1102, GR1103,
        GR2001, GR2002, GR2003, GR2004,
        GR3001, GR3002, GR3003, GR3004, GR3005, GR3006, GR3007,
        GR4001, GR4002, GR4003, GR4004,
    };

    private static readonly Dictionary<string, RuleInfo> ById = BuildIndex();

    public static bool TryGet(string id, out RuleInfo rule) => ById.TryGetValue(id, out rule!);

    public static RuleInfo Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new ArgumentException("Unknown Guardrails rule ID '" + id + "'.", nameof(id));

    public static bool TryGetCategory(string key, out RuleCategory category)
    {
        foreach (var candidate in RuleCategory.All)
        {
            if (string.Equals(candidate.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = null!;
        return false;
    }

    private static Dictionary<string, RuleInfo> BuildIndex()
    {
        var index = new Dictionary<string, RuleInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in All)
        {
            index.Add(rule.Id, rule);
        }

        return index;
    }

    private static RuleInfo Task(string id, string title, string format, RuleCategory category, RuleSeverity severity) =>
        new RuleInfo(id, title, format, category, RuleKind.Task, severity, implemented: true);

    private static RuleInfo Analyzer(string id, string title, string format, RuleCategory category, RuleSeverity severity) =>
        new RuleInfo(id, title, format, category, RuleKind.Analyzer, severity, implemented: true);

    private static RuleInfo Planned(string id, string title, string format, RuleCategory category, RuleKind kind, RuleSeverity severity) =>
        new RuleInfo(id, title, format, category, kind, severity, implemented: false);
}
