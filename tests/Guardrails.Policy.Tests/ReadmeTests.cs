using System.Text;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class ReadmeTests
{
    private static readonly string ReadmePath = RepoPaths.Combine("README.md");

    [Fact]
    public void RulesTable_IsGeneratedFromTheCatalogue()
    {
        var readme = File.ReadAllText(ReadmePath).Replace("\r\n", "\n");
        var expected = "<!-- rules-table:start -->\n" + RulesTable() + "<!-- rules-table:end -->";
        var start = readme.IndexOf("<!-- rules-table:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- rules-table:end -->", StringComparison.Ordinal) + "<!-- rules-table:end -->".Length;
        Assert.True(start >= 0 && end > start, "README.md lacks the rules-table markers.");
        var actual = readme[start..end];
        if (actual != expected && Environment.GetEnvironmentVariable("GUARDRAILS_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(ReadmePath, readme[..start] + expected + readme[end..]);
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
