namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>`guardrails report` over a repository, with the files it wrote.</summary>
internal sealed record ReportRun(CliRun Run, string OutputDirectory)
{
    public static ReportRun Of(string root, IReadOnlyDictionary<string, string>? environment = null, params string[] extraArguments)
    {
        var output = Path.Combine(root, "artifacts", "guardrails");
        var run = CliRun.Of(root, environment ?? new Dictionary<string, string>(), ["report", .. extraArguments]);
        return new ReportRun(run, output);
    }

    public string SarifPath => Path.Combine(OutputDirectory, "guardrails.sarif");

    public string MarkdownPath => Path.Combine(OutputDirectory, "guardrails-summary.md");

    public string HtmlPath => Path.Combine(OutputDirectory, "guardrails-report.html");

    public string Markdown => File.ReadAllText(MarkdownPath);

    public string Html => File.ReadAllText(HtmlPath);

    public System.Text.Json.JsonDocument Sarif() => System.Text.Json.JsonDocument.Parse(File.ReadAllText(SarifPath));
}
