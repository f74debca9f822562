using System.Text.RegularExpressions;
using Guardrails.Options;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>review.reviewers and review.areas: validation, and how they reach the GR3004 analyzer through the generated config.</summary>
public class ReviewPolicyTests
{
    private const string Areas = """
        { "review": {
            "reviewers": { "payments": [ "carol", "dave" ], "security": [ "alice" ] },
            "areas": [
              { "namespaces": [ "Contoso.Payments.*" ], "requires": [ "payments" ] },
              { "paths": [ "src/Auth/**" ], "requires": [ "security", "payments" ] }
            ] } }
        """;

    [Fact]
    public void ReviewersAndAreas_RoundTripThroughTheGeneratedConfig()
    {
        var text = AnalyzerConfigWriter.Write(PolicyText.Parse(Areas).Policy);

        var reviewers = ReviewAreaFormat.ReadReviewers(OptionValue.Decode(Value(text, AnalyzerOptionKeys.ReviewReviewers)));
        var areas = ReviewAreaFormat.ReadAreas(OptionValue.Decode(Value(text, AnalyzerOptionKeys.ReviewAreas)));

        Assert.Equal(["carol", "dave"], reviewers["payments"].OrderBy(x => x));
        Assert.Equal(["alice"], reviewers["security"]);
        Assert.Equal(2, areas.Count);
        Assert.Equal(["Contoso.Payments.*"], areas[0].Namespaces);
        Assert.Equal(["payments"], areas[0].Requires);
        Assert.Empty(areas[1].Namespaces);
        Assert.Equal(["security", "payments"], areas[1].Requires);
        Assert.Equal(1, areas[1].Index);
    }

    [Fact]
    public void AreaPaths_BecomePerFileSections_WithTheAreaIndexes()
    {
        var text = AnalyzerConfigWriter.Write(PolicyText.Parse(Areas).Policy, ["/repo/src/Auth/Login.cs", "/repo/src/Other.cs"]);

        Assert.Contains("[/repo/src/Auth/Login.cs]\nguardrails.review.file_areas = 1\n", text);
        Assert.DoesNotContain("Other.cs", text);
    }

    [Fact]
    public void NamesWithSeparatorsAndCommentCharacters_SurviveTheConfig()
    {
        var policy = PolicyText.Parse("""
            { "review": { "reviewers": { "pay=ments, #1; ok": [ "Carol | CFO", "50% dave" ] },
              "areas": [ { "namespaces": [ "A.*" ], "requires": [ "pay=ments, #1; ok" ] } ] } }
            """).Policy;

        var text = AnalyzerConfigWriter.Write(policy);
        var line = Value(text, AnalyzerOptionKeys.ReviewReviewers);

        // Roslyn ends a value at '#' or ';': neither may appear in what is written.
        Assert.DoesNotMatch("[#;]", line);
        var reviewers = ReviewAreaFormat.ReadReviewers(OptionValue.Decode(line));
        Assert.Equal(["50% dave", "Carol | CFO"], reviewers["pay=ments, #1; ok"].OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(["pay=ments, #1; ok"], ReviewAreaFormat.ReadAreas(OptionValue.Decode(Value(text, AnalyzerOptionKeys.ReviewAreas)))[0].Requires);
    }

    [Fact]
    public void ListValues_WithTheSeparatorAndCommentCharacters_ReadBackItemByItem()
    {
        var policy = PolicyText.Parse("""
            { "review": { "sensitiveApis": { "add": [ "M:Shop.Pay.Charge(System.Int32);payments | cards #1", "T:Shop.Sale;50% off; today" ] } },
              "tests": { "assertionMethods": [ "Shop.Check.That", "Shop.Check.Either|Or" ] } }
            """).Policy;

        var text = AnalyzerConfigWriter.Write(policy);
        var sensitive = Value(text, AnalyzerOptionKeys.SensitiveApisAdd);

        Assert.DoesNotMatch("[#;]", sensitive);
        Assert.Equal(["M:Shop.Pay.Charge(System.Int32);payments | cards #1", "T:Shop.Sale;50% off; today"], OptionList.Split(sensitive));
        Assert.Equal(["Shop.Check.That", "Shop.Check.Either|Or"], OptionList.Split(Value(text, PolicyOptions.AssertionMethods.ConfigKey)));
    }

    [Theory]
    [InlineData("a|b", "c")]
    [InlineData("%7C", "%25")]
    [InlineData("#;|%", " x ")]
    public void OptionList_RoundTripsAnyItems(string first, string second)
    {
        var joined = OptionList.Join([first, second]);

        Assert.Equal([first.Trim(), second.Trim()], OptionList.Split(joined));
        Assert.DoesNotMatch("[#;]", joined);
    }

    [Fact]
    public void FreeTextValues_WithCommentCharacters_AreEncoded_AndDecodeToTheOriginal()
    {
        var policy = PolicyText.Parse("""{ "tests": { "skipReference": "(#[0-9]+|JIRA-[0-9]+;x)" }, "review": { "aiGenerated": { "headerMarker": "<agent #7; 100%>" } } }""").Policy;

        var text = AnalyzerConfigWriter.Write(policy);

        Assert.Equal("(#[0-9]+|JIRA-[0-9]+;x)", OptionValue.Decode(Value(text, PolicyOptions.SkipReference.ConfigKey)));
        Assert.Equal("<agent #7; 100%>", OptionValue.Decode(Value(text, AnalyzerOptionKeys.AiGeneratedHeaderMarker)));
        Assert.DoesNotMatch("[#;]", Value(text, PolicyOptions.SkipReference.ConfigKey));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("%")]
    [InlineData("%2")]
    [InlineData("%23 literal")]
    [InlineData("a#b;c%d%%")]
    public void OptionValue_DecodeInvertsEncode(string value) =>
        Assert.Equal(value, OptionValue.Decode(OptionValue.Encode(value)));

    [Fact]
    public void AreaRequiringAnUndefinedGroup_IsGR0002_AtThatName_WithASuggestion()
    {
        var result = PolicyText.Parse("""
            { "review": { "reviewers": { "payments": [ "carol" ] },
              "areas": [ { "namespaces": [ "A.*" ], "requires": [ "Payments" ] } ] } }
            """);

        var problem = PolicyText.Single(result);
        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Equal(2, problem.Position.Line);
        Assert.Contains("'Payments'", problem.Message);
        Assert.Contains("did you mean 'payments'", problem.Message);
        // GR0002 does not throw the policy away: the rest still applies.
        Assert.Equal("/repo/guardrails.json", result.Policy.FilePath);
    }

    [Fact]
    public void AreasWithDefinedGroups_HaveNoProblems() =>
        Assert.Empty(PolicyText.Parse(Areas).Problems);

    private static string Value(string config, string key)
    {
        var match = Regex.Match(config, "^" + Regex.Escape(key) + " = (.*)$", RegexOptions.Multiline);
        Assert.True(match.Success, key + " is not in:\n" + config);
        return match.Groups[1].Value;
    }
}
