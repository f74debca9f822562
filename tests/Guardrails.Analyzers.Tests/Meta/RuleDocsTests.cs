using Guardrails.Rules;

namespace Guardrails.Analyzers.Tests.Meta;

/// <summary>Every rule has a page under docs/rules whose heading and status agree with the catalogue.</summary>
public class RuleDocsTests
{
    public static TheoryData<string> RuleIdsInCatalogue() => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void RulePage_ExistsAndStartsWithIdAndTitle(string id)
    {
        var rule = RuleCatalog.Get(id);
        var path = RepositoryFiles.RulePage(id);

        Assert.True(File.Exists(path), "Missing docs page " + path);
        Assert.Equal("# " + id + ": " + rule.Title, File.ReadLines(path).First());
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void RulePage_StatesCategorySeverityCheckerAndStatusAsTheCatalogueDoes(string id)
    {
        var rule = RuleCatalog.Get(id);
        var text = File.ReadAllText(RepositoryFiles.RulePage(id));
        var checker = rule.Kind == RuleKind.Analyzer ? "analyzer" : "MSBuild task";
        var status = rule.Implemented ? "Implemented" : "Planned";

        Assert.Contains("Category: `" + rule.Category.Key + "`", text, StringComparison.Ordinal);
        Assert.Contains("Default severity: " + RuleSeverityNames.ToEditorConfig(rule.DefaultSeverity), text, StringComparison.Ordinal);
        Assert.Contains("Checked by: " + checker, text, StringComparison.Ordinal);
        Assert.Contains("Status: " + status, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void PlannedRulePage_SaysItIsNotImplemented(string id)
    {
        var rule = RuleCatalog.Get(id);
        var text = File.ReadAllText(RepositoryFiles.RulePage(id));
        const string planned = "Planned: reserved in the catalogue, not implemented yet";

        if (rule.Implemented)
        {
            Assert.DoesNotContain(planned, text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains(planned, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIdsInCatalogue))]
    public void RuleIndex_ListsTheRuleWithItsTitleAndStatus(string id)
    {
        var rule = RuleCatalog.Get(id);
        var index = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, "docs", "rules", "README.md"));
        var row = index.SingleOrDefault(line => line.StartsWith("| [" + id + "](" + id + ".md) |", StringComparison.Ordinal));

        Assert.NotNull(row);
        Assert.Contains("| " + rule.Title + " |", row, StringComparison.Ordinal);
        Assert.EndsWith("| " + (rule.Implemented ? "Implemented" : "Planned") + " |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void DocsFolder_HasNoPageForAnUnknownRule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "docs", "rules"), "GR*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.Equal(RuleCatalog.All.Length, pages.Count);
        Assert.All(pages, page => Assert.True(RuleCatalog.TryGet(page!, out _), "docs/rules/" + page + ".md names no rule in the catalogue."));
    }
}
