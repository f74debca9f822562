namespace Guardrails.Analyzers.Tests.Meta;

/// <summary>Files of this repository that the meta-tests check against the code.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Guardrails.sln, found by walking up from the test output.</summary>
    public static string Root => LazyRoot.Value;

    public static string RulePage(string ruleId) => Path.Combine(Root, "docs", "rules", ruleId + ".md");

    public static string AnalyzerReleases(string shippedOrUnshipped) =>
        Path.Combine(Root, "src", "Guardrails.Analyzers", "AnalyzerReleases." + shippedOrUnshipped + ".md");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Guardrails.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Guardrails.sln not found above " + AppContext.BaseDirectory + "; the meta-tests read the repository's docs and release files.");
    }
}
