using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Guardrails.Rules;

namespace Guardrails.Analyzers.Tests.Meta;

/// <summary>The rule catalogue is complete and well formed: it is the one place a rule ID is declared.</summary>
public class RuleCatalogTests
{
    public static TheoryData<string> RuleIdsInCatalogue() => new(RuleCatalog.All.Select(r => r.Id));

    [Fact]
    public void Catalogue_HasTheTwentyContractRules()
    {
        string[] contract =
        {
            "GR0001", "GR0002", "GR1001", "GR1002", "GR1003", "GR1004", "GR1101", "GR2001", "GR2002", "GR2003", "GR2004",
            "GR3001", "GR3002", "GR3003", "GR3004", "GR3005", "GR4001", "GR4002", "GR4003", "GR4004",
        };

        // Extra rules are allowed (the contract fixes these IDs, "extra rules are yours"), e.g. GR1102/GR1103 next to GR1101.
        Assert.Equal(contract, RuleCatalog.All.Select(r => r.Id).Where(id => contract.Contains(id)));
    }

    [Fact]
    public void All_HoldsEveryDeclaredRuleExactlyOnce()
    {
        var declared = typeof(RuleCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(RuleInfo))
            .Select(f => (RuleInfo)f.GetValue(null)!)
            .ToList();

        Assert.Equal(declared.Count, RuleCatalog.All.Length);
        Assert.Equal(declared.ToHashSet(), RuleCatalog.All.ToHashSet());
    }

    [Fact]
    public void RuleIds_AreUniqueAndShapedGRnnnn()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ids, id => Assert.Matches(new Regex("^GR[0-9]{4}$"), id));
        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
    }

    [Fact]
    public void RuleIdsConstants_MatchTheCatalogue()
    {
        var constants = typeof(RuleIds)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.All(constants, pair => Assert.Equal(pair.Key, pair.Value));
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).Order(), constants.Values.Order());
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void Rule_IsWellFormed(string id)
    {
        var rule = RuleCatalog.Get(id);

        Assert.NotNull(rule.Category);
        Assert.Contains(rule.Category, RuleCategory.All);
        Assert.StartsWith("Guardrails.", rule.Category.DiagnosticCategory, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(rule.Title), id + " has no title.");
        Assert.False(rule.Title.EndsWith('.'), id + "'s title should not end with a full stop.");
        Assert.False(string.IsNullOrWhiteSpace(rule.MessageFormat), id + " has no message format.");
        Assert.True(Enum.IsDefined(rule.DefaultSeverity), id + " has an undefined default severity.");
        Assert.True(Enum.IsDefined(rule.Kind), id + " has an undefined kind.");
        Assert.Equal(RuleCatalog.HelpLinkBase + id + ".md", rule.HelpLink);
        Assert.Same(rule, RuleCatalog.Get(id.ToLowerInvariant()));
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void Rule_MessageFormatTakesTenArgumentsWithoutThrowing(string id)
    {
        var format = RuleCatalog.Get(id).MessageFormat;
        var arguments = Enumerable.Range(0, 10).Select(i => (object)("arg" + i)).ToArray();

        var message = string.Format(CultureInfo.InvariantCulture, format, arguments);

        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public void RuleCategories_HaveDistinctKeysAndEachHasARule()
    {
        Assert.Equal(RuleCategory.All.Length, RuleCategory.All.Select(c => c.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(RuleCategory.All, category => Assert.Contains(RuleCatalog.All, r => r.Category == category));
        Assert.All(RuleCategory.All, category => Assert.True(RuleCatalog.TryGetCategory(category.Key.ToUpperInvariant(), out var found) && found == category));
    }

    [Fact]
    public void Get_UnknownId_ThrowsAndTryGetReturnsFalse()
    {
        Assert.False(RuleCatalog.TryGet("GR9999", out _));
        Assert.Throws<ArgumentException>(() => RuleCatalog.Get("GR9999"));
    }
}
