using System;
using System.Collections.Generic;
using Guardrails.Rules;

namespace Guardrails.Policy;

/// <summary>
/// MSBuild's own switches, the top of the precedence: NoWarn silences, WarningsAsErrors and TreatWarningsAsErrors
/// promote warnings, WarningsNotAsErrors exempts from TreatWarningsAsErrors. Applied to task-rule diagnostics the way
/// the compiler applies them to analyzer diagnostics.
/// </summary>
internal sealed class MSBuildWarningSwitches
{
    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public MSBuildWarningSwitches(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, bool treatWarningsAsErrors)
    {
        _noWarn = Split(noWarn);
        _warningsAsErrors = Split(warningsAsErrors);
        _warningsNotAsErrors = Split(warningsNotAsErrors);
        _treatWarningsAsErrors = treatWarningsAsErrors;
    }

    public static MSBuildWarningSwitches None { get; } = new MSBuildWarningSwitches(null, null, null, false);

    /// <param name="locked">The policy locks the rule: NoWarn and WarningsNotAsErrors cannot lower it (GR4004 reports them).</param>
    public RuleSeverity Apply(string ruleId, RuleSeverity policySeverity, bool locked = false)
    {
        if (string.Equals(ruleId, RuleIds.GR0001, StringComparison.OrdinalIgnoreCase))
        {
            // A policy that cannot be read is like a compiler error: NoWarn cannot hide it, or the build would run
            // on the defaults without anyone noticing.
            return RuleSeverity.Error;
        }

        if (policySeverity == RuleSeverity.None || (!locked && _noWarn.Contains(ruleId)))
        {
            return RuleSeverity.None;
        }

        if (policySeverity != RuleSeverity.Warning)
        {
            return policySeverity;
        }

        if (_warningsAsErrors.Contains(ruleId))
        {
            return RuleSeverity.Error;
        }

        return _treatWarningsAsErrors && (locked || !_warningsNotAsErrors.Contains(ruleId)) ? RuleSeverity.Error : RuleSeverity.Warning;
    }

    /// <summary>Whether a rule ID is switched off by NoWarn (GR4004 looks at this).</summary>
    public bool IsSilenced(string ruleId) => _noWarn.Contains(ruleId);

    private static HashSet<string> Split(string? list)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(list))
        {
            return set;
        }

        foreach (var part in list!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            set.Add(part.Trim());
        }

        return set;
    }
}
