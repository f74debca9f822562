using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>
/// Documentation-comment IDs in the policy (apis.banned, review.sensitiveApis) are parsed as the analyzers parse them:
/// an ID the analyzers could not use is GR0001 at the entry, not a late GR1102 or a silently skipped sensitive API.
/// </summary>
public class SymbolIdValidationTests
{
    private const string StarInTheMiddle = "has a '*' that is not at the end of the last name: write e.g. M:System.IO.File.* or M:System.IO.File.Delete*.";

    public static TheoryData<string> ValidIds() => new()
    {
        "T:System.Console",
        "TSystem.Console",
        "M:System.IO.File.Delete(System.String)",
        "M:System.Guid.#ctor",
        "M:Lib.Money.op_Implicit(System.Int32)~Lib.Money",
        "P:System.DateTime.Now",
        "P:Lib.Catalog.Item(System.String)",
        "F:System.String.Empty",
        "E:System.Console.CancelKeyPress",
        "N:System.Net",
        "T:System.Collections.Generic.List`1",
        "M:System.Linq.Enumerable.First``1(System.Collections.Generic.IEnumerable{``0})",
        "P:Lib.Widget.Lib#IStore{System.String}#Item",
        "M:Lib.Widget.Lib#IStore{System.Collections.Generic.List{System.String}}#Put(System.String)",
        "M:System.IO.File.*",
        "M:System.IO.File.Delete*",
        "T:Contoso.Legacy.*",
        "T:System.Console;use ILogger",
        "M:Dapper.SqlMapper.Query*; SQL command text",
        "T:System.Console ;a message; with semicolons // and a URL: https://example.com",
    };

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void ValidId_InApisBanned_IsAccepted(string id) =>
        Assert.Empty(PolicyText.Parse(Policy("apis", "banned", id)).Problems);

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void ValidId_InSensitiveApisAddAndRemove_IsAccepted(string id)
    {
        Assert.Empty(PolicyText.Parse(Policy("review", "sensitiveApis\": { \"add", id) + "}").Problems);
        Assert.Empty(PolicyText.Parse(Policy("review", "sensitiveApis\": { \"remove", id) + "}").Problems);
    }

    [Fact]
    public void ValidIds_InABannedObject_AreAccepted()
    {
        var result = PolicyText.Parse("""
            { "apis": { "banned": [
              { "symbol": "N:System.Net", "severity": "error", "reason": "use Contoso.Http",
                "except": [ "T:System.Net.HttpStatusCode", "M:System.Net.Dns.Get*", "N:System.Net.Mime" ] }
            ] } }
            """);

        Assert.Empty(result.Problems);
    }

    [Theory]
    [InlineData("M:A.*.B", StarInTheMiddle)]
    [InlineData("M:System.IO.File.Delete*(System.String)", StarInTheMiddle)]
    [InlineData("T:System.Collections.Generic.List`1*", StarInTheMiddle)]
    [InlineData("N:System.*", "is a namespace wildcard: N: entries already cover child namespaces, drop the '*'.")]
    [InlineData("T:*", "is a wildcard without a containing type or namespace: write e.g. M:System.IO.File.*.")]
    [InlineData("T:Lib..Widget", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File.")]
    [InlineData("T:System.Console.", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File.")]
    [InlineData("M:Lib.My Widget.Spin", "is not a valid documentation-comment ID: write the full name, for example M:System.IO.File.")]
    public void IdTheParserRejects_InSensitiveApisAdd_IsGR0001AtTheEntry_WithTheParsersMessage(string id, string problem)
    {
        var json = "{\n  \"review\": { \"sensitiveApis\": { \"add\": [\n    \"T:Contoso.Ok\",\n    \"" + id + "\"\n  ] } }\n}";

        var result = PolicyText.Parse(json);

        var error = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.Equal(4, error.Position.Line);
        Assert.Equal(5, error.Position.Column);
        Assert.Equal("Invalid value for 'review.sensitiveApis.add[1]': '" + id + "' " + problem, error.Message);
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    [Fact]
    public void StarInTheMiddle_InSensitiveApisRemove_IsGR0001AtTheEntry()
    {
        var error = PolicyText.Single(PolicyText.Parse("{ \"review\": { \"sensitiveApis\": {\n\"remove\": [ \"M:Lib.*.Spin;note\" ] } } }"));

        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.Equal(2, error.Position.Line);
        Assert.Equal(13, error.Position.Column);
        Assert.Equal("Invalid value for 'review.sensitiveApis.remove[0]': 'M:Lib.*.Spin;note' " + StarInTheMiddle, error.Message);
    }

    [Fact]
    public void InvalidIds_InApisBanned_AreGR0001AtEachEntry_StringSymbolAndExcept()
    {
        var result = PolicyText.Parse("""
            { "apis": { "banned": [
              "N:Contoso.*;no",
              { "symbol": "T:*", "except": [ "T:Ok.Type", "M:A.*.B" ] }
            ] } }
            """);

        Assert.Collection(
            result.Problems.OrderBy(p => p.Position.Line).ThenBy(p => p.Position.Column),
            p => Assert.Equal((2, 3, "Invalid value for 'apis.banned[0]': 'N:Contoso.*;no' is a namespace wildcard: N: entries already cover child namespaces, drop the '*'."), (p.Position.Line, p.Position.Column, p.Message)),
            p => Assert.Equal((3, 15, "Invalid value for 'apis.banned[1].symbol': 'T:*' is a wildcard without a containing type or namespace: write e.g. M:System.IO.File.*."), (p.Position.Line, p.Position.Column, p.Message)),
            p => Assert.Equal((3, 47, "Invalid value for 'apis.banned[1].except[1]': 'M:A.*.B' " + StarInTheMiddle), (p.Position.Line, p.Position.Column, p.Message)));
        Assert.All(result.Problems, p => Assert.Equal(RuleIds.GR0001, p.RuleId));
    }

    [Theory]
    [InlineData("System.Console")]
    [InlineData("X:System.Console")]
    [InlineData("T:")]
    [InlineData(" T:System.Console")]
    [InlineData("T::System.Console")]
    public void NotAnIdAtAll_IsGR0001(string id)
    {
        var error = PolicyText.Single(PolicyText.Parse(Policy("apis", "banned", id)));

        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.Contains("is not a documentation-comment ID", error.Message);
    }

    [Theory]
    [InlineData("apis", "banned")]
    [InlineData("review", "sensitiveApis\": { \"add")]
    [InlineData("review", "sensitiveApis\": { \"remove")]
    public void SeverityPrefix_IsGR0001_PointingAtTheObjectForm(string section, string key)
    {
        var json = Policy(section, key, "[error] T:System.Console;use ILogger") + (key.Contains('{') ? "}" : string.Empty);

        var error = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.Contains("'[error] T:System.Console;use ILogger' starts with a '[severity]', which only BannedSymbols.txt files take", error.Message);
        Assert.Contains("\"severity\": \"error\"", error.Message);
    }

    [Theory]
    [InlineData("apis", "banned")]
    [InlineData("review", "sensitiveApis\": { \"add")]
    [InlineData("review", "sensitiveApis\": { \"remove")]
    public void ExceptionPrefix_IsGR0001_PointingAtExceptAndRemove(string section, string key)
    {
        var json = Policy(section, key, "!T:System.Net.HttpStatusCode") + (key.Contains('{') ? "}" : string.Empty);

        var error = PolicyText.Single(PolicyText.Parse(json));

        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.Contains("'!T:System.Net.HttpStatusCode' starts with a '!', which only BannedSymbols.txt files take", error.Message);
        Assert.Contains("\"except\"", error.Message);
        Assert.Contains("review.sensitiveApis.remove", error.Message);
    }

    [Fact]
    public void ALineBreakInTheName_IsGR0001_AsTheAnalyzerWouldSeeASpace()
    {
        var error = PolicyText.Single(PolicyText.Parse(Policy("apis", "banned", "T:Lib.\\nWidget")));

        Assert.Contains("write the full name", error.Message);
    }

    [Fact]
    public void InvalidIdInAProfile_IsGR0001Too()
    {
        var error = PolicyText.Single(PolicyText.Parse("{ \"profiles\": { \"ci\": { \"apis\": { \"banned\": [ \"M:A.*.B\" ] } } } }"));

        Assert.Equal(RuleIds.GR0001, error.RuleId);
        Assert.EndsWith("'M:A.*.B' " + StarInTheMiddle, error.Message);
    }

    private static string Policy(string section, string key, string id) =>
        "{ \"" + section + "\": { \"" + key + "\": [ \"" + id + "\" ] } }";
}
