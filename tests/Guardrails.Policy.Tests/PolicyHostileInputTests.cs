using System.Text;
using Guardrails.Options;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>Hostile policy text found by the fuzz tests, and the regex safeguard, each pinned as a plain example.</summary>
public class PolicyHostileInputTests
{
    [Theory]
    [InlineData("(a+)+$")]
    [InlineData(@"(\w+\s?)+$")]
    [InlineData("^(a|aa)+$")]
    [InlineData("(.*a){25}")]
    [InlineData(@"^(\d+)+$")]
    [InlineData("(x+x+)+y")]
    [InlineData("(.*,){12}X")]
    public void CatastrophicSkipReference_IsGR0001AtThePattern_InsteadOfAHang(string pattern)
    {
        var json = "{\n  \"tests\": {\n    \"skipReference\": " + Json(pattern) + "\n  }\n}";

        var problem = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal((3, 22), (problem.Position.Line, problem.Position.Column));
        Assert.Contains("backtracks catastrophically", problem.Message);
        Assert.Contains("200 ms", problem.Message);
        Assert.Contains("250 times", problem.Message);
    }

    [Theory]
    [InlineData("#[0-9]+")]
    [InlineData(PolicyOptions.DefaultSkipReference)]
    [InlineData(@"(?i)\b(JIRA|GH)-[0-9]+\b")]
    [InlineData(@"https?://\S+")]
    [InlineData(@"^.*(#\d+|TODO).*$")]
    public void OrdinarySkipReference_IsAccepted(string pattern)
    {
        var result = PolicyText.Parse("{ \"tests\": { \"skipReference\": " + Json(pattern) + " } }");

        Assert.Empty(result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void RegexProbe_RunsTheRegexOnALongText_AndStopsAtTheTimeout()
    {
        var regex = Guardrails.Options.PolicyRegex.Create("(a+)+$");

        Assert.True(RegexProbe.Backtracks(regex, out var probe));
        Assert.Equal("250 times 'a' and a control character", probe);
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"x\\udc00\"")]
    public void LoneSurrogateEscape_IsGR0001AtTheString_NotAnException(string value)
    {
        var line = "  \"coverage\": { \"reports\": [ " + value + " ] }";

        var problem = PolicyText.Single(PolicyText.Parse("{\n" + line + "\n}"));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal((2, line.IndexOf(value, StringComparison.Ordinal) + 1), (problem.Position.Line, problem.Position.Column));
        Assert.Contains("surrogate", problem.Message);
    }

    [Fact]
    public void LoneSurrogateEscape_InAKey_IsGR0001AtTheKey()
    {
        var result = PolicyText.Parse("{ \"\\ud800\": 1 }");

        var problem = Assert.Single(result.Problems, p => p.Message.Contains("surrogate", StringComparison.Ordinal));
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal((1, 3), (problem.Position.Line, problem.Position.Column));
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    [Fact]
    public void PolicyOnOneHugeLine_IsLocatedCorrectly()
    {
        // 50,000 values on one line, with multi-byte text before the bad one: columns count characters, not bytes.
        var items = string.Join(",", Enumerable.Repeat("\"Contoso.Ünïcødé.*\"", 50_000));
        var json = "{ \"packages\": { \"licenses\": { \"ignore\": [" + items + ", 7] } } }";

        var problem = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal(1, problem.Position.Line);
        Assert.Equal(json.IndexOf(", 7]", StringComparison.Ordinal) + 3, problem.Position.Column);
    }

    [Fact]
    public void MegabyteValue_IsQuotedShortly_InTheMessage()
    {
        var value = new string('x', 1 << 20);

        var problem = PolicyText.Single(PolicyText.Parse("{ \"coverage\": { \"line\": \"" + value + "\" } }"));

        Assert.Contains("must be a number, but is the string \"xxxx", problem.Message);
        Assert.Contains("(1048576 characters)", problem.Message);
        Assert.True(problem.Message.Length < 400, problem.Message.Length + " characters");
    }

    [Fact]
    public void TenThousandNestedArrays_AreGR0001WithAPosition()
    {
        var json = "{ \"rules\": " + new string('[', 10_000) + new string(']', 10_000) + " }";

        var problem = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("depth", problem.Message);
        Assert.Equal(1, problem.Position.Line);
        Assert.Equal(11 + PolicyJsonReader.MaxDepth, problem.Position.Column);
    }

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-8-bom")]
    public void PolicyWithABom_IsReadLikeUtf8(string encoding)
    {
        const string Json = "{\n  \"packages\": { \"banned\": [ { \"id\": \"Contoso.Légacy\", \"reason\": \"née\" } ] },\n  \"coverage\": { \"line\": 101 }\n}";
        var bytes = encoding switch
        {
            "utf-16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Json)).ToArray(),
            "utf-16be-bom" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Json)).ToArray(),
            _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Json)).ToArray(),
        };

        var problem = PolicyText.Single(PolicyLoader.Parse(bytes, PolicyText.FileName, null, false));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Equal((3, 25), (problem.Position.Line, problem.Position.Column));
    }

    [Fact]
    public void Latin1Policy_IsGR0001AtTheFirstNonUtf8Byte()
    {
        var line = "  \"packages\": { \"banned\": [ { \"id\": \"Contoso.Légacy\" } ] }";
        var bytes = Encoding.Latin1.GetBytes("{\n" + line + "\n}");

        var problem = PolicyText.Single(PolicyLoader.Parse(bytes, PolicyText.FileName, null, false));

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("not valid UTF-8", problem.Message);
        Assert.Equal((2, line.IndexOf('é', StringComparison.Ordinal) + 1), (problem.Position.Line, problem.Position.Column));
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
