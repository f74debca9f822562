using System.Text.Json;
using System.Text.RegularExpressions;
using Guardrails.Options;
using Guardrails.Policy.Schema;

namespace Guardrails.Policy.Tests;

/// <summary>
/// Every option in <see cref="PolicyOptions"/> is one declaration that the writer, the schema and the analyzers share:
/// a value in guardrails.json comes back whole through the generated config, under the declared key, and the schema
/// accepts it where the declaration says it is.
/// </summary>
public class PolicyOptionsTests
{
    public static TheoryData<string> OptionPaths()
    {
        var data = new TheoryData<string>();
        foreach (var option in PolicyOptions.All)
        {
            data.Add(option.PolicyPath);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OptionPaths))]
    public void DeclaredOption_IsAPropertyOfTheSchema_WhereItsDeclarationSays(string path)
    {
        var option = Find(path);

        var section = PolicySchema.Root.Find(option.Section);

        Assert.NotNull(section);
        Assert.NotNull(Assert.IsType<ObjectSchema>(section.Schema).Find(option.Name));
    }

    [Theory]
    [MemberData(nameof(OptionPaths))]
    public void DeclaredOption_WrittenByTheWriter_DecodesToThePolicyValue(string path)
    {
        var option = Find(path);
        const string Awkward = "a#b;c|d%e\nf";
        var json = option is ListPolicyOption
            ? JsonSerializer.Serialize(new[] { Awkward, "second" })
            : JsonSerializer.Serialize(Awkward);
        var result = PolicyText.Parse("{ \"" + option.Section + "\": { \"" + option.Name + "\": " + json + " } }");

        var text = AnalyzerConfigWriter.Write(result.Policy);
        var match = Regex.Match(text, "^" + Regex.Escape(option.ConfigKey) + " = (.*)$", RegexOptions.Multiline);

        Assert.True(match.Success, option.ConfigKey + " is not in:\n" + text);
        Assert.DoesNotMatch("[#;\n]", match.Groups[1].Value);
        switch (option)
        {
            case ListPolicyOption list:
                Assert.Equal(["a#b;c|d%e f", "second"], list.Decode(match.Groups[1].Value));
                break;
            case TextPolicyOption single:
                Assert.Equal("a#b;c|d%e f", single.Decode(match.Groups[1].Value));
                break;
            default:
                Assert.Fail("No encoding for " + option.GetType().Name);
                break;
        }
    }

    [Fact]
    public void DeclaredOptions_HaveDistinctKeys_InTheGuardrailsNamespace()
    {
        Assert.Equal(PolicyOptions.All.Length, PolicyOptions.All.Select(o => o.ConfigKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(PolicyOptions.All.Length, PolicyOptions.All.Select(o => o.PolicyPath).Distinct(StringComparer.Ordinal).Count());
        Assert.All(PolicyOptions.All, o => Assert.StartsWith("guardrails." + o.Section + ".", o.ConfigKey, StringComparison.Ordinal));
    }

    [Fact]
    public void SkipReference_DefaultsToTheDeclaredPattern_WhenThePolicySaysNothing()
    {
        var text = AnalyzerConfigWriter.Write(GuardrailsPolicy.Defaults);

        Assert.DoesNotContain(PolicyOptions.SkipReference.ConfigKey, text);
        Assert.Equal(PolicyOptions.DefaultSkipReference, PolicyOptions.SkipReference.Default);
        Assert.Matches(PolicyOptions.SkipReference.Default!, "see #123");
    }

    private static PolicyOption Find(string path) => PolicyOptions.All.Single(o => o.PolicyPath == path);
}
