using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Cli.Reports;

/// <summary>The files <c>guardrails report</c> can write.</summary>
[Flags]
internal enum ReportFormats
{
    None = 0,
    Sarif = 1,
    Markdown = 2,
    Html = 4,
    All = Sarif | Markdown | Html,
}

internal static class ReportFormatNames
{
    public static readonly IReadOnlyDictionary<string, ReportFormats> ByName = new Dictionary<string, ReportFormats>(StringComparer.OrdinalIgnoreCase)
    {
        ["sarif"] = ReportFormats.Sarif,
        ["markdown"] = ReportFormats.Markdown,
        ["md"] = ReportFormats.Markdown,
        ["html"] = ReportFormats.Html,
    };

    public const string Accepted = "sarif, markdown, html";

    /// <summary>Parses "sarif,html" (values may also be given as separate tokens); null with <paramref name="error"/> when a name is unknown.</summary>
    public static ReportFormats? Parse(IEnumerable<string> tokens, out string? error)
    {
        var formats = ReportFormats.None;
        foreach (var name in tokens.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!ByName.TryGetValue(name, out var format))
            {
                error = "Unknown report format '" + name + "'; use " + Accepted + " (comma-separated).";
                return null;
            }

            formats |= format;
        }

        error = formats == ReportFormats.None ? "No report format given; use " + Accepted + "." : null;
        return error is null ? formats : null;
    }
}
