namespace Guardrails.Cli.Reports;

/// <summary>What <c>guardrails report</c> was asked to do, with paths resolved.</summary>
/// <param name="Root">The folder searched for build outputs; report paths are relative to it.</param>
/// <param name="OutputDirectory">Where the report files go.</param>
/// <param name="Configuration">Only build outputs of this configuration (Debug, Release); null for all.</param>
internal sealed record ReportOptions(string Root, string OutputDirectory, ReportFormats Formats, string? Configuration);
