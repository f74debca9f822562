using System.Text.Json;
using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests;

public class SarifReportTests
{
    [Fact]
    public void OneRun_DrivenByGuardrails_WithTheRulesThatOccur()
    {
        using var repository = FakeRepository.CreateRealistic();
        using var sarif = ReportRun.Of(repository.Root).Sarif();

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("Guardrails", driver.GetProperty("name").GetString());
        Assert.Equal("https://github.com/guardrails-dotnet/guardrails", driver.GetProperty("informationUri").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["GR0002", "GR1002", "GR1004", "GR1101", "GR2001", "GR2004", "GR3003", "GR4001"], rules.Select(r => r.GetProperty("id").GetString()));

        var gr1101 = rules.Single(r => r.GetProperty("id").GetString() == "GR1101");
        Assert.Equal("BannedApi", gr1101.GetProperty("name").GetString());
        Assert.Equal("Banned API", gr1101.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(RuleCatalog.GR1101.HelpLink, gr1101.GetProperty("helpUri").GetString());
        Assert.Equal("warning", gr1101.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("dependencies", gr1101.GetProperty("properties").GetProperty("category").GetString());
        Assert.StartsWith("# GR1101: Banned API", gr1101.GetProperty("help").GetProperty("markdown").GetString());
        // GitHub code scanning rejects rules without a full description.
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString())));
        Assert.StartsWith("A use of an API the policy bans", gr1101.GetProperty("fullDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void Results_AreTheGuardrailsFindingsOfAllProjects_EachOnce()
    {
        using var repository = FakeRepository.CreateRealistic();
        using var sarif = ReportRun.Of(repository.Root).Sarif();

        var results = Results(sarif);
        var ids = results.Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Equal(10, results.Count);
        Assert.DoesNotContain("CA1822", ids);
        Assert.DoesNotContain("CS0168", ids);
        Assert.DoesNotContain("GR3007", ids);
        Assert.Equal(2, ids.Count(id => id == "GR0002"));
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in results)
        {
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }
    }

    [Fact]
    public void Locations_AreRelativeToTheSourceRoot_WithRegions()
    {
        using var repository = FakeRepository.CreateRealistic();
        using var sarif = ReportRun.Of(repository.Root).Sarif();

        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(repository.Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var gr2004 = Results(sarif).Single(r => r.GetProperty("ruleId").GetString() == "GR2004");
        var location = gr2004.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Contoso.Payments/Legacy%20Fees/LegacyFeeTable.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(6, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(2, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", gr2004.GetProperty("level").GetString());
        Assert.Equal("Contoso.Payments", gr2004.GetProperty("properties").GetProperty("project").GetString());
    }

    [Fact]
    public void TaskDiagnosticWithoutAFile_IsPlacedAtTheProjectFile_WithoutARegion()
    {
        using var repository = FakeRepository.CreateRealistic();
        using var sarif = ReportRun.Of(repository.Root).Sarif();

        var result = Results(sarif).Single(r => r.GetProperty("message").GetProperty("text").GetString()!.StartsWith("coverage.newCode", StringComparison.Ordinal));
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("tests/Contoso.Payments.Tests/Contoso.Payments.Tests.csproj", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("region", out _));
    }

    [Fact]
    public void SuppressedResult_IsKept_WithItsSuppressions()
    {
        using var repository = FakeRepository.CreateRealistic();
        using var sarif = ReportRun.Of(repository.Root).Sarif();

        var suppressed = Assert.Single(Results(sarif), r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("GR1101", suppressed.GetProperty("ruleId").GetString());
        var suppression = Assert.Single(suppressed.GetProperty("suppressions").EnumerateArray());
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("Pragma Directive", suppression.GetProperty("properties").GetProperty("suppressionType").GetString());
    }

    [Fact]
    public void Fingerprints_DoNotChange_WhenAFindingMovesToAnotherLine()
    {
        using var before = FakeRepository.CreateRealistic();
        using var after = FakeRepository.CreateRealistic();
        var tests = after.Tests;
        tests.WithCompilerLog(new CompilerLog()
            .Result("GR4001", "warning", "Test 'AuditTrailTests.Record_DoesNotThrow' asserts nothing", tests.Source("AuditTrailTests.cs"), 27, 17)
            .Result("GR1101", "warning", "The symbol 'Console' is banned in this project: log through ILogger<T>", tests.Source("AuditTrailTests.cs"), 49, 9, CompilerLog.PragmaSuppression()));

        var fingerprintsBefore = Fingerprints(before);
        var fingerprintsAfter = Fingerprints(after);

        Assert.Equal(10, fingerprintsBefore.Count);
        Assert.Equal(fingerprintsBefore.OrderBy(f => f), fingerprintsAfter.OrderBy(f => f));
        Assert.Equal(fingerprintsBefore.Count, fingerprintsBefore.Distinct().Count());
    }

    private static List<string> Fingerprints(FakeRepository repository)
    {
        using var sarif = ReportRun.Of(repository.Root).Sarif();
        return Results(sarif).Select(r => r.GetProperty("partialFingerprints").GetProperty("guardrailsFindingHash/v1").GetString()!).ToList();
    }

    private static List<JsonElement> Results(JsonDocument sarif) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
}
