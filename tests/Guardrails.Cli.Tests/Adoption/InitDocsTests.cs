namespace Guardrails.Cli.Tests.Adoption;

/// <summary>docs/init.md shows what init writes for one example repository; this keeps the page true.</summary>
public class InitDocsTests
{
    private static readonly string DocsPath = RepoPaths.Combine("docs", "init.md");

    [Fact]
    public void Example_InDocsInit_IsWhatInitWrites()
    {
        using var repo = new TempRepository();
        repo.ThreeProjects(centralVersions: true);
        repo.Write("Directory.Packages.props", "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        repo.Restore("src/Lib/Lib.csproj", ("Newtonsoft.Json", "13.0.3", "MIT"), ("Serilog", "4.0.0", "Apache-2.0"));
        repo.Restore("src/App/App.csproj", ("Newtonsoft.Json", "13.0.3", "MIT"), ("Legacy.Client", "2.1.0", "https://example.com/eula.html"));
        repo.Restore("tests/App.Tests/App.Tests.csproj", ("xunit", "2.9.3", "Apache-2.0"), ("Microsoft.NET.Test.Sdk", "17.12.0", "MIT"), ("coverlet.collector", "6.0.4", "MIT"));
        repo.CoverageReport("tests/App.Tests/App.Tests.csproj", coveredLines: 837, totalLines: 1000, coveredBranches: 712, totalBranches: 1000);

        var plan = repo.Plan();

        AssertGeneratedSection("init-example-summary", "```text\n" + string.Join("\n", plan.Summary) + "\n```\n");
        AssertGeneratedSection("init-example-policy", "```jsonc\n" + plan.Policy.Text + "```\n");
    }

    /// <summary>Checks the text between the markers; GUARDRAILS_UPDATE_GENERATED=1 rewrites it instead.</summary>
    private static void AssertGeneratedSection(string marker, string content)
    {
        var text = File.ReadAllText(DocsPath).Replace("\r\n", "\n");
        var startMarker = "<!-- " + marker + ":start -->";
        var endMarker = "<!-- " + marker + ":end -->";
        var expected = startMarker + "\n" + content + endMarker;
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal) + endMarker.Length;
        Assert.True(start >= 0 && end > start, DocsPath + " lacks the " + marker + " markers.");
        var actual = text[start..end];
        if (actual != expected && Environment.GetEnvironmentVariable("GUARDRAILS_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(DocsPath, text[..start] + expected + text[end..]);
            actual = expected;
        }

        Assert.Equal(expected, actual);
    }
}
