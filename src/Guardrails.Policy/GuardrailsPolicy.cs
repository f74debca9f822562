using System;
using System.Collections.Generic;
using Guardrails.Rules;

namespace Guardrails.Policy;

/// <summary>
/// A loaded, validated policy with the active profile applied: what every check reads.
/// Severity precedence inside the policy: rule default &lt; category &lt; rule ID, then the same again from the profile.
/// </summary>
internal sealed class GuardrailsPolicy
{
    private readonly Dictionary<string, RuleSetting> _rules;

    private GuardrailsPolicy(string? filePath, string? activeProfile, PolicyNode? effectiveRoot, Dictionary<string, RuleSetting> rules)
    {
        FilePath = filePath;
        ActiveProfile = activeProfile;
        EffectiveRoot = effectiveRoot;
        _rules = rules;
    }

    /// <summary>The built-in defaults: what applies with no policy file.</summary>
    public static GuardrailsPolicy Defaults { get; } = new GuardrailsPolicy(null, null, null, new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The policy file, or null when the built-in defaults apply.</summary>
    public string? FilePath { get; }

    /// <summary>The profile applied on top of the policy (e.g. "ci"), or null.</summary>
    public string? ActiveProfile { get; }

    /// <summary>The policy's sections with the active profile merged in; null for the built-in defaults.</summary>
    public PolicyNode? EffectiveRoot { get; }

    public PolicyNode? Section(string name) => EffectiveRoot?[name];

    public RuleSetting SettingOf(RuleInfo rule) =>
        _rules.TryGetValue(rule.Id, out var setting) ? setting : new RuleSetting(rule.DefaultSeverity, locked: false, fromPolicy: false);

    public RuleSeverity SeverityOf(RuleInfo rule) => SettingOf(rule).Severity;

    internal static GuardrailsPolicy Create(string filePath, string? activeProfile, PolicyNode root, PolicyNode? profile)
    {
        var rules = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        ApplyRules(root["rules"], rules);
        ApplyRules(profile?["rules"], rules);
        var effective = profile is null ? WithoutProfiles(root) : PolicyMerger.Merge(WithoutProfiles(root), profile);
        return new GuardrailsPolicy(filePath, activeProfile, effective, rules);
    }

    private static PolicyNode WithoutProfiles(PolicyNode root)
    {
        var copy = root.ShallowCopy();
        copy.Properties.RemoveAll(p => p.Name == "profiles" || p.Name == "$schema");
        return copy;
    }

    private static void ApplyRules(PolicyNode? rulesNode, Dictionary<string, RuleSetting> rules)
    {
        if (rulesNode is null || rulesNode.Kind != PolicyNodeKind.Object)
        {
            return;
        }

        // Categories first, then IDs, so an ID beats its category at the same level.
        foreach (var property in rulesNode.Properties)
        {
            if (RuleCatalog.TryGetCategory(property.Name, out var category) && TryRead(property.Value, out var severity, out var locked))
            {
                foreach (var rule in RuleCatalog.All)
                {
                    if (rule.Category == category)
                    {
                        Set(rules, rule, severity, locked);
                    }
                }
            }
        }

        foreach (var property in rulesNode.Properties)
        {
            if (RuleCatalog.TryGet(property.Name, out var rule) && TryRead(property.Value, out var severity, out var locked))
            {
                Set(rules, rule, severity, locked);
            }
        }
    }

    /// <summary>A setting that does not say "locked" keeps the lock an earlier level gave (a profile raising a locked rule keeps it locked).</summary>
    private static void Set(Dictionary<string, RuleSetting> rules, RuleInfo rule, RuleSeverity severity, bool? locked)
    {
        var wasLocked = rules.TryGetValue(rule.Id, out var previous) && previous.Locked;
        rules[rule.Id] = new RuleSetting(severity, locked ?? wasLocked, fromPolicy: true);
    }

    private static bool TryRead(PolicyNode value, out RuleSeverity severity, out bool? locked)
    {
        locked = null;
        if (value.Kind == PolicyNodeKind.String)
        {
            return RuleSeverityNames.TryParse(value.Text, out severity);
        }

        severity = RuleSeverity.None;
        if (value.Kind != PolicyNodeKind.Object)
        {
            return false;
        }

        var lockNode = value["locked"];
        locked = lockNode is null ? (bool?)null : lockNode.Text == "true";
        return RuleSeverityNames.TryParse(value["severity"]?.Text, out severity);
    }
}
