using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>
/// The HTML report (guardrails-report.html) for people who would rather look than read: one self-contained file,
/// inline CSS and SVG charts (violations by rule, coverage per assembly against thresholds, review debt), then the
/// projects and every finding. No script and nothing fetched, so it opens offline and as a CI artifact.
/// </summary>
internal static class HtmlWriter
{
    public static string Write(BuildResults results, SourceLinks links, DateTimeOffset generatedAt)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Guardrails report</title>\n<style>").Append(Styles).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<header><h1>Guardrails report</h1><p class=\"meta\">").Append(E(RepositoryName(results))).Append(" · ")
            .Append(E(string.Join(", ", results.Projects.SelectMany(p => p.Builds).Distinct().OrderBy(b => b)))).Append(" · generated ")
            .Append(generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(" by Guardrails ").Append(E(ToolVersion.Semantic))
            .Append("</p></header>\n");
        WriteCards(html, results);
        foreach (var note in results.Notes)
        {
            html.Append("<p class=\"note\"><strong>Incomplete:</strong> ").Append(E(note)).Append("</p>\n");
        }

        if (results.Baselines.Count > 0)
        {
            // A baseline is adoption, not a gap: said once, in the page's neutral colours.
            html.Append("<p class=\"info\"><strong>Baseline:</strong> ")
                .Append(E(string.Join(", ", results.Baselines.Select(b => ReportPaths.Display(results.RepositoryRoot, b)))))
                .Append(" — the known violations it records are listed as suppressed and not counted.</p>\n");
        }

        var byRule = RuleViolations.ByRule(results.Findings);
        html.Append("<section><h2>Violations by rule</h2>\n")
            .Append(byRule.Count == 0 ? "<p class=\"empty\">No violations.</p>" : SvgCharts.ViolationsByRule(byRule)).Append("\n</section>\n");

        var coverage = results.Coverage.ToList();
        html.Append("<section><h2>Coverage per assembly</h2>\n")
            .Append(coverage.Count == 0
                ? "<p class=\"empty\">No coverage figures: they are written by <code>dotnet test --collect \"XPlat Code Coverage\"</code> in test projects that use Guardrails.</p>"
                : SvgCharts.CoverageByAssembly(coverage))
            .Append("\n</section>\n");

        var debt = results.ReviewDebt.Select(r => (r.Project.Name, r.Debt)).ToList();
        html.Append("<section><h2>Review debt</h2>\n")
            .Append(debt.Count > 0 ? SvgCharts.ReviewDebt(debt)
                : results.HasReviewDebtFiles ? "<p class=\"empty\">No AI-generated code in these projects.</p>"
                : "<p class=\"empty\">No review-debt.json found.</p>")
            .Append("\n</section>\n");

        WriteProjects(html, results);
        WriteFindings(html, results, links);
        html.Append("<footer>Rules and their documentation: <a href=\"").Append(E(ToolVersion.InformationUri)).Append("/tree/main/docs/rules\">")
            .Append(E(ToolVersion.InformationUri)).Append("/tree/main/docs/rules</a> · every finding is also in ").Append(ReportFiles.Sarif).Append("</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteCards(StringBuilder html, BuildResults results)
    {
        html.Append("<section class=\"cards\">");
        Card(html, "errors", results.Count(FindingLevel.Error), "level-error");
        Card(html, "warnings", results.Count(FindingLevel.Warning), "level-warning");
        Card(html, "notes", results.Count(FindingLevel.Note), "level-note");
        Card(html, "suppressed", results.SuppressedCount, "level-suppressed");
        Card(html, "projects", results.Projects.Count, "projects");
        html.Append("</section>\n");
    }

    private static void Card(StringBuilder html, string label, int count, string cssClass) =>
        html.Append("<div class=\"card ").Append(cssClass).Append("\"><span class=\"count\">").Append(count).Append("</span><span class=\"label\">").Append(label).Append("</span></div>");

    private static void WriteProjects(StringBuilder html, BuildResults results)
    {
        html.Append("<section><h2>Projects</h2>\n<table class=\"projects\"><thead><tr><th>Project</th><th class=\"n\">Errors</th><th class=\"n\">Warnings</th><th class=\"n\">Notes</th><th class=\"n\">Suppressed</th><th>Review debt</th><th>Built as</th></tr></thead><tbody>\n");
        foreach (var project in results.Projects)
        {
            var debt = project.ReviewDebt is { HasAiGeneratedCode: true } d
                ? d.AiGenerated.Members + " AI-generated: " + d.Reviewed.Members + " reviewed, " + d.Stale.Members + " stale, " + d.Pending.Members + " pending, "
                    + d.Unreviewed.Members + " unreviewed, " + d.Overdue.Members + " overdue"
                : "–";
            html.Append("<tr><td>").Append(Breakable(project.Name)).Append("</td><td class=\"n\">").Append(project.Count(FindingLevel.Error)).Append("</td><td class=\"n\">")
                .Append(project.Count(FindingLevel.Warning)).Append("</td><td class=\"n\">").Append(project.Count(FindingLevel.Note)).Append("</td><td class=\"n\">")
                .Append(project.SuppressedCount).Append("</td><td>").Append(E(debt)).Append("</td><td>").Append(E(string.Join(", ", project.Builds))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void WriteFindings(StringBuilder html, BuildResults results, SourceLinks links)
    {
        html.Append("<section><h2>Findings</h2>\n");
        if (results.Findings.Count == 0)
        {
            html.Append("<p class=\"empty\">No findings.</p>\n</section>\n");
            return;
        }

        html.Append("<table class=\"findings\"><colgroup><col class=\"level\"><col class=\"rule\"><col class=\"project\"><col class=\"location\"><col></colgroup><thead><tr><th>Level</th><th>Rule</th><th>Project</th><th>Location</th><th>Message</th></tr></thead><tbody>\n");
        foreach (var finding in results.Violations.OrderByDescending(f => f.Level).Concat(results.Findings.Where(f => f.IsSuppressed)))
        {
            var rule = RuleFacts.For(finding.RuleId);
            var level = finding.IsSuppressed ? "suppressed" : finding.Level.SarifName();
            var location = Breakable(ReportPaths.Location(results.RepositoryRoot, finding));
            var url = links.For(finding.FilePath, finding.Line);
            html.Append("<tr class=\"").Append(finding.IsSuppressed ? "suppressed" : string.Empty).Append("\"><td class=\"level\"><span class=\"pill level-").Append(level).Append("\">").Append(level)
                .Append("</span></td><td class=\"rule\"><a href=\"").Append(E(rule.HelpUri)).Append("\" title=\"").Append(E(rule.Title)).Append("\">").Append(E(rule.Id)).Append("</a></td><td>")
                .Append(Breakable(finding.Project)).Append("</td><td class=\"location\">").Append(url is null ? location : "<a href=\"" + E(url) + "\">" + location + "</a>")
                .Append("</td><td>").Append(E(finding.Message));
            if (finding.IsSuppressed)
            {
                html.Append("<br><small>suppressed (").Append(E(string.Join(", ", finding.Suppressions.Select(s => s.Kind + (s.Justification is null ? string.Empty : ": " + s.Justification))))).Append(")</small>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    /// <summary>The repository's folder name, not its path on this machine.</summary>
    private static string RepositoryName(BuildResults results) =>
        System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(results.RepositoryRoot)) is { Length: > 0 } name ? name : results.RepositoryRoot;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Encoded, with a line-break opportunity after each '.' and '/': long names wrap between their parts, not mid-word.</summary>
    private static string Breakable(string text) => E(text).Replace(".", ".<wbr>", StringComparison.Ordinal).Replace("/", "/<wbr>", StringComparison.Ordinal);

    private const string Styles = """

        :root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--panel); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px; }
        header h1 { margin: 0 0 4px; font-size: 26px; }
        .meta { margin: 0 0 16px; color: var(--muted); overflow-wrap: anywhere; }
        section { background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 16px 20px; margin: 0 0 16px; }
        h2 { margin: 0 0 12px; font-size: 18px; }
        .cards { display: flex; gap: 12px; background: none; border: 0; padding: 0; }
        .card { flex: 1; background: var(--bg); border: 1px solid var(--border); border-top-width: 4px; border-radius: 8px; padding: 10px 16px; }
        .card .count { display: block; font-size: 28px; font-weight: 600; }
        .card .label { color: var(--muted); }
        .card.level-error { border-top-color: #cf222e; } .card.level-warning { border-top-color: #d4a72c; } .card.level-note { border-top-color: #0969da; }
        .card.level-suppressed { border-top-color: #8c959f; } .card.projects { border-top-color: #1f2328; }
        .note { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; padding: 8px 12px; }
        .info { background: var(--bg); border: 1px solid var(--border); border-radius: 8px; padding: 8px 12px; color: var(--muted); overflow-wrap: anywhere; }
        .empty { color: var(--muted); margin: 0; }
        svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
        svg .label { font-size: 13px; fill: var(--fg); } svg .value { font-size: 12px; fill: var(--muted); }
        svg .legend, svg .axis, svg .metric { font-size: 11px; fill: var(--muted); }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--border); }
        th { background: var(--panel); font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.location { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; overflow-wrap: break-word; }
        tr.suppressed td { color: var(--muted); }
        table.findings { table-layout: fixed; } table.findings td { overflow-wrap: break-word; }
        table.projects td { overflow-wrap: break-word; } table.projects th, table.projects td.n { white-space: nowrap; }
        col.level { width: 112px; } col.rule { width: 84px; } col.project { width: 18%; } col.location { width: 28%; }
        table.findings td.rule, table.findings td.level { overflow-wrap: normal; white-space: nowrap; }
        .pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; white-space: nowrap; }
        .pill.level-error { background: #cf222e; } .pill.level-warning { background: #9a6700; } .pill.level-note { background: #0969da; } .pill.level-suppressed { background: #8c959f; }
        a { color: #0969da; }
        footer { color: var(--muted); font-size: 12px; padding: 8px 0 24px; }

        """;
}
