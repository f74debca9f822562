using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests;

public class ExplainCommandTests
{
    private static readonly string AnyFolder = Path.GetTempPath();

    [Fact]
    public void KnownRule_PrintsItsDocumentationPage()
    {
        var run = CliRun.Of(AnyFolder, "explain", "GR3004");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(RepoPaths.Combine("docs", "rules", "GR3004.md")).Replace("\r\n", "\n").TrimEnd(), run.Output.TrimEnd());
    }

    [Fact]
    public void RuleId_IsMatchedIgnoringCase()
    {
        var run = CliRun.Of(AnyFolder, "explain", "gr1101");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# GR1101: Banned API", run.Output);
    }

    [Fact]
    public void UnknownRule_IsAUsageError_WithDidYouMean()
    {
        var run = CliRun.Of(AnyFolder, "explain", "GR3040");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'GR3040' is not a Guardrails rule. Did you mean GR3004?", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void NoRule_ListsEveryRule()
    {
        var run = CliRun.Of(AnyFolder, "explain");

        Assert.Equal(0, run.ExitCode);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Contains(rule.Id + "  ", run.Output);
            Assert.Contains(rule.Title, run.Output);
        }
    }

    [Fact]
    public void EveryRuleInTheCatalogue_HasItsPageEmbedded()
    {
        var missing = RuleCatalog.All.Where(rule => CliRun.Of(AnyFolder, "explain", rule.Id).ExitCode != 0).Select(rule => rule.Id).ToList();

        Assert.True(missing.Count == 0, "no embedded page (docs/rules/<id>.md) for " + string.Join(", ", missing));
    }
}
