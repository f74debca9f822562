using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class SeverityPrecedenceTests
{
    [Fact]
    public void NoPolicy_UsesDefaults()
    {
        var policy = GuardrailsPolicy.Defaults;

        Assert.Equal(RuleSeverity.Warning, policy.SeverityOf(RuleCatalog.GR2004));
        Assert.Equal(RuleSeverity.Error, policy.SeverityOf(RuleCatalog.GR0001));
        Assert.False(policy.SettingOf(RuleCatalog.GR2004).FromPolicy);
    }

    [Fact]
    public void Category_AppliesToEveryRuleInIt()
    {
        var policy = PolicyText.Parse("{ \"rules\": { \"coverage\": \"error\" } }").Policy;

        Assert.All(RuleCatalog.All.Where(r => r.Category == RuleCategory.Coverage), r => Assert.Equal(RuleSeverity.Error, policy.SeverityOf(r)));
        Assert.Equal(RuleSeverity.Warning, policy.SeverityOf(RuleCatalog.GR4002));
    }

    [Fact]
    public void RuleId_BeatsItsCategory_WhicheverComesFirst()
    {
        var policy = PolicyText.Parse("{ \"rules\": { \"GR2004\": \"suggestion\", \"coverage\": \"error\" } }").Policy;

        Assert.Equal(RuleSeverity.Suggestion, policy.SeverityOf(RuleCatalog.GR2004));
        Assert.Equal(RuleSeverity.Error, policy.SeverityOf(RuleCatalog.GR2001));
    }

    [Fact]
    public void ObjectForm_CarriesSeverityAndLock()
    {
        var setting = PolicyText.Parse("{ \"rules\": { \"GR4002\": { \"severity\": \"error\", \"locked\": true } } }").Policy.SettingOf(RuleCatalog.GR4002);

        Assert.Equal(RuleSeverity.Error, setting.Severity);
        Assert.True(setting.Locked);
    }

    [Fact]
    public void ProfileRaisingALockedRule_KeepsTheLock_UnlessItSaysOtherwise()
    {
        const string Json = """
            { "rules": { "GR2004": { "severity": "warning", "locked": true }, "GR4001": { "severity": "warning", "locked": true } },
              "profiles": { "ci": { "rules": { "GR2004": "error", "GR4001": { "severity": "error", "locked": false } } } } }
            """;

        var policy = PolicyText.Parse(Json, profile: "ci").Policy;

        Assert.Equal(new RuleSetting(RuleSeverity.Error, locked: true, fromPolicy: true), policy.SettingOf(RuleCatalog.GR2004));
        Assert.False(policy.SettingOf(RuleCatalog.GR4001).Locked);
    }

    [Theory]
    [InlineData("info", "suggestion")]
    [InlineData("suggestion", "suggestion")]
    [InlineData("silent", "none")]
    [InlineData("none", "none")]
    [InlineData("WARNING", "warning")]
    public void SeveritySpellings_AreUnderstood(string text, string expected)
    {
        var result = PolicyText.Parse("{ \"rules\": { \"GR2004\": \"" + text + "\" } }");

        Assert.Empty(result.Problems);
        Assert.Equal(expected, RuleSeverityNames.ToEditorConfig(result.Policy.SeverityOf(RuleCatalog.GR2004)));
    }

    private const string WithCiProfile = """
        {
          "rules": { "GR2004": "suggestion", "GR4002": "error" },
          "coverage": { "line": 70, "branch": 50 },
          "profiles": {
            "ci": {
              "rules": { "coverage": "error" },
              "coverage": { "line": 80 }
            }
          }
        }
        """;

    [Fact]
    public void CiProfile_OverridesRootRules_EvenAnIdWithItsCategory()
    {
        var policy = PolicyText.Parse(WithCiProfile, profile: "ci").Policy;

        Assert.Equal("ci", policy.ActiveProfile);
        Assert.Equal(RuleSeverity.Error, policy.SeverityOf(RuleCatalog.GR2004));
        Assert.Equal(RuleSeverity.Error, policy.SeverityOf(RuleCatalog.GR4002));
    }

    [Fact]
    public void CiProfile_MergesSectionsKeyByKey()
    {
        var coverage = PolicyText.Parse(WithCiProfile, profile: "ci").Policy.Section("coverage")!;

        Assert.Equal("80", coverage["line"]!.Text);
        Assert.Equal("50", coverage["branch"]!.Text);
    }

    [Fact]
    public void WithoutProfile_ProfileIsIgnored()
    {
        var policy = PolicyText.Parse(WithCiProfile).Policy;

        Assert.Null(policy.ActiveProfile);
        Assert.Equal(RuleSeverity.Suggestion, policy.SeverityOf(RuleCatalog.GR2004));
        Assert.Equal("70", policy.Section("coverage")!["line"]!.Text);
        Assert.Null(policy.Section("profiles"));
    }

    [Fact]
    public void AutomaticCiProfile_MissingFromPolicy_IsFine()
    {
        var result = PolicyText.Parse("{ \"rules\": {} }", profile: "ci", profileIsExplicit: false);

        Assert.Empty(result.Problems);
        Assert.Null(result.Policy.ActiveProfile);
    }

    [Fact]
    public void ExplicitProfile_MissingFromPolicy_ReportsGR0002()
    {
        var problem = PolicyText.Single(PolicyText.Parse(WithCiProfile, profile: "nightly", profileIsExplicit: true));

        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Contains("'nightly'", problem.Message);
        Assert.Contains("It has: ci", problem.Message);
    }

    [Fact]
    public void ProfileIsValidatedLikeTheRoot()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"profiles\": { \"ci\": { \"rules\": { \"GR2004\": \"loud\" } } } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("profiles['ci'].rules['GR2004']", problem.Message);
    }

    [Theory]
    [InlineData("warning", "", "", "", false, "warning")]
    [InlineData("warning", "GR2004", "", "", false, "none")]
    [InlineData("error", "CS1591;GR2004", "", "", false, "none")]
    [InlineData("warning", "", "GR2004", "", false, "error")]
    [InlineData("warning", "", "", "", true, "error")]
    [InlineData("warning", "", "", "GR2004", true, "warning")]
    [InlineData("suggestion", "", "GR2004", "", true, "suggestion")]
    [InlineData("none", "", "GR2004", "", true, "none")]
    [InlineData("warning", "", "gr2004", "", false, "error")]
    [InlineData("warning", " CS0618 , GR2004 ", "", "", false, "none")]
    public void MSBuildSwitches_AreTheTopOfThePrecedence(string policy, string noWarn, string warningsAsErrors, string warningsNotAsErrors, bool treatWarningsAsErrors, string expected)
    {
        var switches = new MSBuildWarningSwitches(noWarn, warningsAsErrors, warningsNotAsErrors, treatWarningsAsErrors);

        Assert.True(RuleSeverityNames.TryParse(policy, out var policySeverity));

        Assert.Equal(expected, RuleSeverityNames.ToEditorConfig(switches.Apply("GR2004", policySeverity)));
    }

    [Fact]
    public void MSBuildSwitches_CannotHideABrokenPolicy()
    {
        var switches = new MSBuildWarningSwitches("GR0001;GR0002", "", "GR0001", treatWarningsAsErrors: false);

        Assert.Equal(RuleSeverity.Error, switches.Apply("GR0001", RuleSeverity.Error));
        Assert.Equal(RuleSeverity.None, switches.Apply("GR0002", RuleSeverity.Error));
    }
}
