namespace Guardrails.Rules;

/// <summary>Rule categories. The key is what guardrails.json's <c>rules</c> section accepts.</summary>
internal sealed class RuleCategory
{
    public const string PolicyName = "Guardrails.Policy";
    public const string DependenciesName = "Guardrails.Dependencies";
    public const string CoverageName = "Guardrails.Coverage";
    public const string ReviewName = "Guardrails.Review";
    public const string TestIntegrityName = "Guardrails.TestIntegrity";

    public static readonly RuleCategory Policy = new RuleCategory("policy", PolicyName);
    public static readonly RuleCategory Dependencies = new RuleCategory("dependencies", DependenciesName);
    public static readonly RuleCategory Coverage = new RuleCategory("coverage", CoverageName);
    public static readonly RuleCategory Review = new RuleCategory("review", ReviewName);
    public static readonly RuleCategory TestIntegrity = new RuleCategory("testIntegrity", TestIntegrityName);

    public static readonly RuleCategory[] All = { Policy, Dependencies, Coverage, Review, TestIntegrity };

    private RuleCategory(string key, string diagnosticCategory)
    {
        Key = key;
        DiagnosticCategory = diagnosticCategory;
    }

    /// <summary>The key in guardrails.json (<c>"rules": { "coverage": "error" }</c>).</summary>
    public string Key { get; }

    /// <summary>The category of the Roslyn diagnostic descriptor.</summary>
    public string DiagnosticCategory { get; }

    public override string ToString() => Key;
}
