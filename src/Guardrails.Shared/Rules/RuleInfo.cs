namespace Guardrails.Rules;

/// <summary>Everything the analyzers, the tasks, the docs and the policy validator need to know about one rule.</summary>
internal sealed class RuleInfo
{
    public RuleInfo(
        string id,
        string title,
        string messageFormat,
        RuleCategory category,
        RuleKind kind,
        RuleSeverity defaultSeverity,
        bool implemented)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        Kind = kind;
        DefaultSeverity = defaultSeverity;
        Implemented = implemented;
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string; arguments are the values a baseline can match on.</summary>
    public string MessageFormat { get; }

    public RuleCategory Category { get; }

    public RuleKind Kind { get; }

    public RuleSeverity DefaultSeverity { get; }

    /// <summary>False for catalogue IDs whose check is not built yet: they are reserved and documented as planned.</summary>
    public bool Implemented { get; }

    public string HelpLink => RuleCatalog.HelpLinkBase + Id + ".md";

    public override string ToString() => Id;
}
