namespace Guardrails.Policy;

/// <summary>A rule's severity as the policy decides it (before .editorconfig and MSBuild switches), and whether it is locked.</summary>
internal readonly struct RuleSetting
{
    public RuleSetting(Rules.RuleSeverity severity, bool locked, bool fromPolicy)
    {
        Severity = severity;
        Locked = locked;
        FromPolicy = fromPolicy;
    }

    public Rules.RuleSeverity Severity { get; }

    public bool Locked { get; }

    /// <summary>False when the rule's default applies because the policy says nothing about it.</summary>
    public bool FromPolicy { get; }
}
