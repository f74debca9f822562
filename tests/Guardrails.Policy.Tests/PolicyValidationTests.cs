using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class PolicyValidationTests
{
    [Fact]
    public void MisspeltSection_ReportsGR0001WithSuggestionAtTheKey()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{\n  \"rules\": {},\n  \"coverge\": { \"line\": 80 }\n}"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(3, problem.Position.Line);
        Assert.Equal(3, problem.Position.Column);
        Assert.Contains("Unknown key 'coverge'", problem.Message);
        Assert.Contains("Did you mean 'coverage'?", problem.Message);
    }

    [Fact]
    public void UnknownNestedKey_NamesTheSection()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"lines\": 80 } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("in 'coverage'", problem.Message);
        Assert.Contains("Did you mean 'line'?", problem.Message);
    }

    [Fact]
    public void WrongType_SaysWhatIsExpected()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"line\": \"80\" } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("'coverage.line' must be a number, but is the string \"80\"", problem.Message);
    }

    [Theory]
    [InlineData("101")]
    [InlineData("-1")]
    public void PercentOutOfRange_ReportsGR0001(string value)
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"branch\": " + value + " } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("between 0 and 100", problem.Message);
    }

    [Fact]
    public void FractionWhereWholeNumberNeeded_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"review\": { \"slaDays\": 2.5 } }"));

        Assert.Contains("whole number", problem.Message);
    }

    [Fact]
    public void BadSeverity_SuggestsTheClosest()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"rules\": { \"GR2004\": \"warn\" } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("'warn' is not a valid value", problem.Message);
        Assert.Contains("Did you mean 'warning'?", problem.Message);
        Assert.Contains("none, silent, suggestion, info, warning, error", problem.Message);
    }

    [Fact]
    public void UnknownRuleId_ReportsGR0002NotGR0001()
    {
        var result = PolicyText.Parse("{ \"rules\": {\n \"GR9999\": \"error\", \"GR2004\": \"error\" } }");

        var problem = PolicyText.Single(result);
        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Equal(2, problem.Position.Line);
        Assert.Contains("Unknown rule ID 'GR9999'", problem.Message);
        // The rest of the policy still applies.
        Assert.Equal(RuleSeverity.Error, result.Policy.SeverityOf(RuleCatalog.GR2004));
    }

    [Fact]
    public void UnknownCategory_ReportsGR0002WithSuggestion()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"rules\": { \"coverag\": \"error\" } }"));

        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Contains("Did you mean 'coverage'?", problem.Message);
    }

    [Theory]
    [InlineData("[1.0,2.0)")]
    [InlineData("(,13.0.1)")]
    [InlineData("< 13.0.1")]
    [InlineData(">=2.0.0-beta")]
    [InlineData("1.2.3")]
    public void ValidVersionRanges_AreAccepted(string range)
    {
        var result = PolicyText.Parse("{ \"packages\": { \"banned\": [ { \"id\": \"Newtonsoft.Json\", \"versions\": \"" + range + "\" } ] } }");

        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("[1.0,2.0")]
    [InlineData("not-a-version")]
    [InlineData("<")]
    public void BadVersionRange_ReportsGR0001AtTheValue(string range)
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"packages\": { \"banned\": [\n { \"id\": \"Foo\", \"versions\": \"" + range + "\" } ] } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(2, problem.Position.Line);
        Assert.Contains("'packages.banned[0].versions'", problem.Message);
        Assert.Contains("not a NuGet version range", problem.Message);
    }

    [Fact]
    public void BadGlob_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"exclude\": [ \"src/[abc/**\" ] } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("not closed", problem.Message);
    }

    [Fact]
    public void BadGlobAsKey_ReportsGR0001AtTheKey()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"files\": {\n \"src/[x\": { \"line\": 90 } } } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(2, problem.Position.Line);
    }

    [Fact]
    public void BadRegex_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"tests\": { \"skipReference\": \"(unclosed\" } }"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("regular expression", problem.Message);
    }

    [Fact]
    public void BadSymbolId_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"apis\": { \"banned\": [ \"System.Console\" ] } }"));

        Assert.Contains("documentation-comment ID", problem.Message);
    }

    [Fact]
    public void MissingRequiredKey_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{ \"projects\": [ { \"from\": \"*.Domain\" } ] }"));

        Assert.Contains("needs the key 'mustNotReference'", problem.Message);
    }

    [Fact]
    public void SeveralProblems_AreAllReported()
    {
        var result = PolicyText.Parse("{ \"rules\": { \"GR2004\": 3 }, \"coverage\": { \"line\": true }, \"bogus\": 1 }");

        Assert.Equal(3, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(RuleIds.GR0001, p.RuleId));
    }

    [Fact]
    public void InvalidPolicy_IsNotHalfApplied()
    {
        var result = PolicyText.Parse("{ \"rules\": { \"GR2004\": \"none\" }, \"bogus\": 1 }");

        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
        Assert.Equal(RuleSeverity.Warning, result.Policy.SeverityOf(RuleCatalog.GR2004));
    }

    [Fact]
    public void FullExamplePolicy_IsValid()
    {
        var result = PolicyText.Parse(File.ReadAllText(RepoPaths.Combine("samples", "Contoso.Payments", "guardrails.json")));

        Assert.Empty(result.Problems);
    }
}
