namespace Guardrails.Rules;

/// <summary>Where a rule is checked, which decides how its severity can be configured.</summary>
internal enum RuleKind
{
    /// <summary>A Roslyn analyzer: severity also follows .editorconfig / .globalconfig per folder.</summary>
    Analyzer,

    /// <summary>An MSBuild task: severity follows the policy and MSBuild's NoWarn / WarningsAsErrors switches.</summary>
    Task,
}
