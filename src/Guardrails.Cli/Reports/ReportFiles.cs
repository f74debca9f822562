namespace Guardrails.Cli.Reports;

/// <summary>The names of the files <c>guardrails report</c> writes into its output folder.</summary>
internal static class ReportFiles
{
    public const string Sarif = "guardrails.sarif";
    public const string Markdown = "guardrails-summary.md";
    public const string Html = "guardrails-report.html";

    /// <summary>The default output folder, relative to the root.</summary>
    public const string DefaultOutputDirectory = "artifacts/guardrails";
}
