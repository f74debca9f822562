using System.Text.Json;
using Guardrails.Cli.Tests.Infrastructure;
using NJsonSchema;

namespace Guardrails.Cli.Tests;

/// <summary>
/// `guardrails report` on what a real build left: the Contoso.Payments sample, built and tested with the freshly
/// packed Guardrails package (one violation of each rule family, a suppressed finding, review debt, coverage).
/// </summary>
public class RealBuildReportTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    private static readonly string[] SampleRules =
    [
        "GR1001", "GR1002", "GR1003", "GR1004", "GR1101", "GR2001", "GR2004", "GR3002", "GR3003", "GR3004", "GR3005", "GR4001", "GR4002", "GR4003", "GR4004",
    ];

    [Fact]
    public async Task Report_OfTheSampleBuild_HasEveryFindingTheBuildPrinted()
    {
        var root = sample.Root;
        Assert.True(sample.TestRun.ExitCode != 0, "the sample's test run should fail on GR2001:\n" + sample.TestRun.Output);
        var outputDirectory = Path.Combine(Path.GetDirectoryName(root)!, "report");

        var run = CliRun.Of(root, "report", "--out", outputDirectory);

        Assert.True(run.ExitCode == 1, run + "\n--- dotnet test\n" + sample.TestRun.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(outputDirectory, "guardrails.sarif")));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(SampleRules, results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order());
        foreach (var id in SampleRules)
        {
            // Every rule the build printed as a warning or error is in the report (GR2001 at error severity).
            Assert.Contains($"{id}:", sample.TestRun.Output);
        }

        Assert.Equal("error", results.Single(r => r.GetProperty("ruleId").GetString() == "GR2001").GetProperty("level").GetString());
        var suppressed = Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
        Assert.Equal("GR1101", suppressed.GetProperty("ruleId").GetString());
        Assert.All(results, r => Assert.Equal("%SRCROOT%", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uriBaseId").GetString()));

        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.sarif-sdk.json"));
        var errors = schema.Validate(File.ReadAllText(Path.Combine(outputDirectory, "guardrails.sarif")));
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var markdown = File.ReadAllText(Path.Combine(outputDirectory, "guardrails-summary.md"));
        Assert.Contains("| Contoso.Payments.Tests | **total** | ✅ ", markdown);
        Assert.Contains("| Contoso.Payments | 3 (", markdown);
        Assert.Contains("<svg class=\"chart\" id=\"chart-coverage\"", File.ReadAllText(Path.Combine(outputDirectory, "guardrails-report.html")));
    }
}
