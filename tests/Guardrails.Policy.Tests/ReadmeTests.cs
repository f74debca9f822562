using System.Text;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class ReadmeTests
{
    private static readonly string ReadmePath = RepoPaths.Combine("README.md");

    [Fact]
    public void RulesTable_IsGeneratedFromTheCatalogue() =>
        AssertGeneratedSection(ReadmePath, "rules-table", RulesTable());

    [Fact]
    public void RulesIndex_InDocsRules_IsGeneratedFromTheCatalogue() =>
        AssertGeneratedSection(RepoPaths.Combine("docs", "rules", "README.md"), "rules-index", RulesIndex());

    /// <summary>Checks the text between the markers; GUARDRAILS_UPDATE_GENERATED=1 rewrites it instead.</summary>
    private static void AssertGeneratedSection(string path, string marker, string content)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var startMarker = "<!-- " + marker + ":start -->";
        var endMarker = "<!-- " + marker + ":end -->";
        var expected = startMarker + "\n" + content + endMarker;
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal) + endMarker.Length;
        Assert.True(start >= 0 && end > start, path + " lacks the " + marker + " markers.");
        var actual = text[start..end];
        if (actual != expected && Environment.GetEnvironmentVariable("GUARDRAILS_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[end..]);
            actual = expected;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ExamplePolicy_InTheReadme_IsValid()
    {
        var readme = File.ReadAllText(ReadmePath);
        var start = readme.IndexOf("```jsonc", readme.IndexOf("<!-- example-policy:start -->", StringComparison.Ordinal), StringComparison.Ordinal) + "```jsonc".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);

        var result = PolicyText.Parse(readme[start..end], profile: "ci");

        Assert.Empty(result.Problems);
        Assert.Equal("ci", result.Policy.ActiveProfile);
        Assert.Equal(RuleSeverity.Error, result.Policy.SeverityOf(RuleCatalog.GR4001));
    }

    internal static string RulesIndex()
    {
        var table = new StringBuilder();
        table.Append("| ID | Title | Category | Default severity | Checked by | Status |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            table.Append("| [").Append(rule.Id).Append("](").Append(rule.Id).Append(".md)")
                .Append(" | ").Append(rule.Title)
                .Append(" | `").Append(rule.Category.Key).Append('`')
                .Append(" | ").Append(RuleSeverityNames.ToEditorConfig(rule.DefaultSeverity))
                .Append(" | ").Append(rule.Kind == RuleKind.Analyzer ? "analyzer" : "MSBuild task")
                .Append(" | ").Append(rule.Implemented ? "Implemented" : "Planned")
                .Append(" |\n");
        }

        return table.ToString();
    }

    internal static string RulesTable()
    {
        var table = new StringBuilder();
        table.Append("| ID | Title | Category | Default | Checked by | Status |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            table.Append("| ").Append(rule.Id)
                .Append(" | [").Append(rule.Title).Append("](docs/rules/").Append(rule.Id).Append(".md)")
                .Append(" | ").Append(rule.Category.Key)
                .Append(" | ").Append(RuleSeverityNames.ToEditorConfig(rule.DefaultSeverity))
                .Append(" | ").Append(rule.Kind == RuleKind.Analyzer ? "analyzer" : "MSBuild task")
                .Append(" | ").Append(rule.Implemented ? "implemented" : "planned")
                .Append(" |\n");
        }

        return table.ToString();
    }
}
