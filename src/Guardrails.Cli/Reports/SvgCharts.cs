using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>
/// The HTML report's charts as inline SVG: no script, no library, no network. Each chart has a title for screen
/// readers, and the same figures are in the report's tables.
/// </summary>
internal static class SvgCharts
{
    public const string ErrorColor = "#cf222e";
    public const string WarningColor = "#d4a72c";
    public const string NoteColor = "#0969da";
    public const string MetColor = "#1a7f37";
    public const string NoThresholdColor = "#6e7781";
    public const string StaleColor = "#bc4c00";
    public const string TrackColor = "#eaeef2";

    private const int Width = 960;
    private const int LabelWidth = 340;
    private const int BarWidth = 460;
    private const int RowHeight = 30;

    /// <summary>Stacked horizontal bars: errors, warnings and notes of each rule.</summary>
    public static string ViolationsByRule(IReadOnlyList<RuleViolations> rows)
    {
        var max = Math.Max(1, rows.Max(r => r.Total));
        var top = 34;
        var svg = Start("chart-violations", "Violations by rule", top + rows.Count * RowHeight + 6);
        Legend(svg, [(ErrorColor, "error"), (WarningColor, "warning"), (NoteColor, "note")]);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + i * RowHeight;
            Label(svg, y, row.Rule.Id + "  " + Truncate(row.Rule.Title, 34));
            var x = (double)LabelWidth;
            foreach (var (count, color, name) in new[] { (row.Errors, ErrorColor, "error"), (row.Warnings, WarningColor, "warning"), (row.Notes, NoteColor, "note") })
            {
                if (count == 0)
                {
                    continue;
                }

                var width = Math.Max(3, BarWidth * (double)count / max);
                svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(y + 6).Append("\" width=\"").Append(N(width))
                    .Append("\" height=\"18\" fill=\"").Append(color).Append("\"><title>").Append(Encode(row.Rule.Id + ": " + count + " " + name + (count == 1 ? string.Empty : "s")))
                    .Append("</title></rect>");
                x += width;
            }

            Value(svg, x + 8, y, row.Total.ToString(CultureInfo.InvariantCulture));
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Line and branch coverage per assembly on a 0–100% scale, with each threshold marked.</summary>
    public static string CoverageByAssembly(IReadOnlyList<CoverageReport> reports)
    {
        var rows = new List<(string Label, CoverageScope Scope)>();
        foreach (var report in reports)
        {
            rows.Add((report.MeasuredBy + " · total", report.Total));
            rows.AddRange(report.Assemblies.Where(a => a.Line is { IsEmpty: false } || a.Branch is { IsEmpty: false }).Select(a => (a.Name, a)));
        }

        var top = 34;
        var rowHeight = 40;
        var svg = Start("chart-coverage", "Coverage per assembly against its thresholds", top + rows.Count * rowHeight + 18);
        Legend(svg, [(MetColor, "meets threshold"), (ErrorColor, "below threshold"), (NoThresholdColor, "no threshold"), ("#24292f", "threshold")]);
        foreach (var percent in new[] { 0, 25, 50, 75, 100 })
        {
            var x = LabelWidth + BarWidth * percent / 100.0;
            svg.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(top - 4).Append("\" y2=\"").Append(top + rows.Count * rowHeight)
                .Append("\" stroke=\"#d0d7de\" stroke-dasharray=\"2 3\"/>");
            svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(top + rows.Count * rowHeight + 14).Append("\" text-anchor=\"middle\" class=\"axis\">")
                .Append(percent).Append("%</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, scope) = rows[i];
            var y = top + i * rowHeight;
            Label(svg, y + 5, Truncate(label, 36), LabelWidth - 56);
            CoverageBar(svg, y + 4, "line", scope.Line);
            CoverageBar(svg, y + 20, "branch", scope.Branch);
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Per project: AI-generated members by review state, with the overdue count beside the bar.</summary>
    public static string ReviewDebt(IReadOnlyList<(string Project, ReviewDebt Debt)> rows)
    {
        var max = Math.Max(1, rows.Max(r => r.Debt.AiGenerated.Members));
        var top = 34;
        var svg = Start("chart-review-debt", "Review debt: AI-generated members by review state", top + rows.Count * RowHeight + 6);
        Legend(svg, [(MetColor, "reviewed"), (StaleColor, "stale"), (NoteColor, "pending"), (ErrorColor, "unreviewed")]);
        for (var i = 0; i < rows.Count; i++)
        {
            var (project, debt) = rows[i];
            var y = top + i * RowHeight;
            Label(svg, y, Truncate(project, 40));
            var x = (double)LabelWidth;
            foreach (var (count, color, name) in new[] { (debt.Reviewed, MetColor, "reviewed"), (debt.Stale, StaleColor, "stale"), (debt.Pending, NoteColor, "pending"), (debt.Unreviewed, ErrorColor, "unreviewed") })
            {
                if (count.Members == 0)
                {
                    continue;
                }

                var width = Math.Max(3, BarWidth * (double)count.Members / max);
                svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(y + 6).Append("\" width=\"").Append(N(width)).Append("\" height=\"18\" fill=\"").Append(color)
                    .Append("\"><title>").Append(Encode(project + ": " + count.Members + " " + name + " (" + count.Lines + " lines)")).Append("</title></rect>");
                x += width;
            }

            var overdue = debt.Overdue.Members > 0 ? ", " + debt.Overdue.Members + " overdue" : string.Empty;
            Value(svg, x + 8, y, debt.AiGenerated.Members + " members" + overdue, debt.Overdue.Members > 0 ? ErrorColor : null);
        }

        return svg.Append("</svg>").ToString();
    }

    private static void CoverageBar(StringBuilder svg, int y, string metric, CoverageFigure? figure)
    {
        svg.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 10).Append("\" text-anchor=\"end\" class=\"metric\">").Append(metric).Append("</text>");
        svg.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(BarWidth).Append("\" height=\"12\" fill=\"").Append(TrackColor).Append("\"/>");
        if (figure is null || figure.IsEmpty)
        {
            Value(svg, LabelWidth + BarWidth + 8, y - 6, "no code");
            return;
        }

        var color = figure.Met switch { true => MetColor, false => ErrorColor, _ => NoThresholdColor };
        var width = BarWidth * Math.Clamp(figure.Value, 0, 100) / 100;
        svg.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(N(width)).Append("\" height=\"12\" fill=\"").Append(color)
            .Append("\"><title>").Append(Encode(metric + " coverage " + CoverageText.Figure(figure) + " " + CoverageText.Threshold(figure))).Append("</title></rect>");
        if (figure.Threshold is { } threshold)
        {
            var x = LabelWidth + BarWidth * Math.Clamp(threshold, 0, 100) / 100;
            svg.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x)).Append("\" y1=\"").Append(y - 3).Append("\" y2=\"").Append(y + 15)
                .Append("\" stroke=\"#24292f\" stroke-width=\"2\"><title>threshold ").Append(CoverageText.Percent(threshold)).Append("</title></line>");
        }

        Value(svg, LabelWidth + BarWidth + 8, y - 6, CoverageText.Figure(figure) + (figure.Threshold is { } t ? " / " + CoverageText.Percent(t) : string.Empty), figure.Met == false ? ErrorColor : null);
    }

    private static StringBuilder Start(string id, string title, int height) =>
        new StringBuilder()
            .Append("<svg class=\"chart\" id=\"").Append(id).Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").Append(id).Append("-title\">")
            .Append(Encode(title)).Append("</title>");

    private static void Legend(StringBuilder svg, IReadOnlyList<(string Color, string Name)> entries)
    {
        var x = (double)LabelWidth;
        foreach (var (color, name) in entries)
        {
            svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"6\" width=\"12\" height=\"12\" rx=\"2\" fill=\"").Append(color).Append("\"/>");
            svg.Append("<text x=\"").Append(N(x + 17)).Append("\" y=\"16\" class=\"legend\">").Append(Encode(name)).Append("</text>");
            x += 30 + name.Length * 7.2;
        }
    }

    private static void Label(StringBuilder svg, int y, string text, int? right = null) =>
        svg.Append("<text x=\"").Append(right ?? LabelWidth - 12).Append("\" y=\"").Append(y + 19).Append("\" text-anchor=\"end\" class=\"label\">").Append(Encode(text)).Append("</text>");

    private static void Value(StringBuilder svg, double x, int y, string text, string? color = null)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(y + 19).Append("\" class=\"value\"");
        if (color is not null)
        {
            svg.Append(" fill=\"").Append(color).Append('"');
        }

        svg.Append('>').Append(Encode(text)).Append("</text>");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
