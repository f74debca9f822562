using System.Text;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class PolicySyntaxTests
{
    [Fact]
    public void CommentsAndTrailingCommas_AreAccepted()
    {
        var result = PolicyText.Parse("""
            {
              // line comment
              "rules": { "GR2004": "error", /* block */ },
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(RuleSeverity.Error, result.Policy.SeverityOf(RuleCatalog.GR2004));
    }

    [Fact]
    public void MissingComma_ReportsGR0001AtTheLineOfTheError()
    {
        var result = PolicyText.Parse("{\n  \"rules\": {\n    \"GR2004\": \"error\"\n    \"GR0002\": \"error\"\n  }\n}");

        var problem = PolicyText.Single(result);
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(4, problem.Position.Line);
        Assert.Equal(5, problem.Position.Column);
        Assert.Contains("not valid JSON", problem.Message);
        Assert.DoesNotContain("LineNumber", problem.Message);
    }

    [Fact]
    public void TruncatedFile_ReportsGR0001()
    {
        var result = PolicyText.Parse("{ \"rules\": { \"GR2004\": ");

        Assert.Equal(RuleIds.GR0001, PolicyText.Single(result).RuleId);
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    [Fact]
    public void EmptyFile_ReportsGR0001WithAHint()
    {
        var problem = PolicyText.Single(PolicyText.Parse("  \n "));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("empty", problem.Message);
    }

    [Fact]
    public void RootThatIsNotAnObject_ReportsGR0001()
    {
        var problem = PolicyText.Single(PolicyText.Parse("[1, 2]"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("JSON object", problem.Message);
    }

    [Fact]
    public void DuplicateKey_ReportsGR0001AtTheSecondOne()
    {
        var problem = PolicyText.Single(PolicyText.Parse("{\n\"rules\": {},\n\"rules\": {}\n}"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(3, problem.Position.Line);
        Assert.Contains("more than once", problem.Message);
    }

    [Fact]
    public void Utf8Bom_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{ \"rules\": { \"GR2004\": \"none\" } }")).ToArray();

        var result = PolicyLoader.Parse(bytes, PolicyText.FileName, null, false);

        Assert.Empty(result.Problems);
        Assert.Equal(RuleSeverity.None, result.Policy.SeverityOf(RuleCatalog.GR2004));
    }

    [Fact]
    public void Utf16File_IsAccepted()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{ \"rules\": { \"coverage\": \"error\" } }")).ToArray();

        var result = PolicyLoader.Parse(bytes, PolicyText.FileName, null, false);

        Assert.Empty(result.Problems);
        Assert.Equal(RuleSeverity.Error, result.Policy.SeverityOf(RuleCatalog.GR2001));
    }

    [Fact]
    public void InvalidUtf8_ReportsGR0001()
    {
        var bytes = new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' };

        var problem = PolicyText.Single(PolicyLoader.Parse(bytes, PolicyText.FileName, null, false));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("UTF-8", problem.Message);
    }

    [Fact]
    public void NestingDeeperThanTheLimit_ReportsGR0001InsteadOfOverflowing()
    {
        var json = "{\"rules\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var problem = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytes()
    {
        // "é" is two bytes in UTF-8; the unknown key starts at character column 19.
        var problem = PolicyText.Single(PolicyText.Parse("{ \"$schema\": \"é\", \"bogus\": 1 }"));

        Assert.Equal(1, problem.Position.Line);
        Assert.Equal(19, problem.Position.Column);
    }
}
