using System.Collections.Generic;
using System.Linq;
using System.Text;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>
/// The Markdown summary (guardrails-summary.md, and GitHub's step summary): violations by rule and severity in total
/// and per project, coverage per assembly against its thresholds, and review debt. Written for GitHub's renderer:
/// tables, and a collapsed section per project.
/// </summary>
internal static class MarkdownWriter
{
    /// <summary>Findings listed per project; the SARIF log has them all.</summary>
    public const int MaxFindingsPerProject = 100;

    public static string Write(BuildResults results, SourceLinks links)
    {
        var md = new StringBuilder();
        md.Append("# Guardrails report\n\n");
        md.Append("**").Append(results.Summary()).Append("**");
        var builds = results.Projects.SelectMany(p => p.Builds).Distinct().OrderBy(b => b).ToList();
        md.Append(" · built as ").Append(string.Join(", ", builds.Select(b => "`" + b + "`"))).Append('\n');
        foreach (var note in results.Notes)
        {
            md.Append("\n> **Incomplete:** ").Append(MarkdownText.Escape(note)).Append('\n');
        }

        if (results.Baselines.Count > 0)
        {
            md.Append("\nBaseline: ").Append(MarkdownText.Escape(string.Join(", ", results.Baselines.Select(b => ReportPaths.Display(results.RepositoryRoot, b)))))
                .Append(" — the known violations it records are listed as suppressed and not counted.\n");
        }

        WriteViolationsByRule(md, results.Findings);
        WriteProjects(md, results);
        WriteCoverage(md, results);
        WriteReviewDebt(md, results);
        WriteProjectDetails(md, results, links);
        md.Append("\n<sub>Guardrails ").Append(ToolVersion.Semantic).Append(" · the SARIF log ").Append(ReportFiles.Sarif)
            .Append(" has every finding · rules: ").Append(ToolVersion.InformationUri).Append("/tree/main/docs/rules</sub>\n");
        return md.ToString();
    }

    private static void WriteViolationsByRule(StringBuilder md, IEnumerable<Finding> findings)
    {
        md.Append("\n## Violations by rule\n\n");
        var rows = RuleViolations.ByRule(findings);
        if (rows.Count == 0)
        {
            md.Append("No violations.\n");
            return;
        }

        md.Append("| Rule | Title | Category | Errors | Warnings | Notes |\n|---|---|---|---:|---:|---:|\n");
        foreach (var row in rows)
        {
            md.Append("| [").Append(row.Rule.Id).Append("](").Append(row.Rule.HelpUri).Append(") | ").Append(MarkdownText.Escape(row.Rule.Title))
                .Append(" | ").Append(row.Rule.Category).Append(" | ").Append(row.Errors).Append(" | ").Append(row.Warnings).Append(" | ").Append(row.Notes).Append(" |\n");
        }

        md.Append("| **Total** | | | **").Append(rows.Sum(r => r.Errors)).Append("** | **").Append(rows.Sum(r => r.Warnings))
            .Append("** | **").Append(rows.Sum(r => r.Notes)).Append("** |\n");
    }

    private static void WriteProjects(StringBuilder md, BuildResults results)
    {
        md.Append("\n## Projects\n\n| Project | Errors | Warnings | Notes | Suppressed | Built as |\n|---|---:|---:|---:|---:|---|\n");
        foreach (var project in results.Projects)
        {
            md.Append("| ").Append(MarkdownText.Escape(project.Name)).Append(" | ").Append(project.Count(FindingLevel.Error)).Append(" | ")
                .Append(project.Count(FindingLevel.Warning)).Append(" | ").Append(project.Count(FindingLevel.Note)).Append(" | ")
                .Append(project.SuppressedCount).Append(" | ").Append(string.Join(", ", project.Builds)).Append(" |\n");
        }
    }

    private static void WriteCoverage(StringBuilder md, BuildResults results)
    {
        md.Append("\n## Coverage\n\n");
        var reports = results.Coverage.ToList();
        if (reports.Count == 0)
        {
            md.Append("No coverage figures: they are written by `dotnet test --collect \"XPlat Code Coverage\"` in test projects that use Guardrails.\n");
            return;
        }

        md.Append("| Measured by | Assembly | Line | Branch | Method |\n|---|---|---|---|---|\n");
        foreach (var report in reports)
        {
            var first = true;
            foreach (var scope in new[] { report.Total }.Concat(report.Assemblies))
            {
                md.Append("| ").Append(first ? MarkdownText.Escape(report.MeasuredBy) : string.Empty).Append(" | ")
                    .Append(scope == report.Total ? "**total**" : MarkdownText.Escape(scope.Name));
                foreach (var (_, figure) in scope.Metrics)
                {
                    md.Append(" | ").Append(CoverageCell(figure));
                }

                md.Append(" |\n");
                first = false;
            }
        }
    }

    private static string CoverageCell(CoverageFigure? figure)
    {
        var threshold = CoverageText.Threshold(figure);
        var mark = figure?.Met switch { true => "✅ ", false => "❌ ", _ => string.Empty };
        return mark + CoverageText.Figure(figure) + (threshold.Length > 0 ? " — " + threshold : string.Empty);
    }

    private static void WriteReviewDebt(StringBuilder md, BuildResults results)
    {
        md.Append("\n## Review debt (AI-generated code)\n\n");
        var rows = results.ReviewDebt.ToList();
        if (rows.Count == 0)
        {
            md.Append(results.HasReviewDebtFiles
                ? "No AI-generated code in these projects.\n"
                : "No review-debt.json found: it is written by builds with Guardrails 0.1.0 or later.\n");
            return;
        }

        md.Append("| Project | AI-generated | Reviewed | Stale | Pending | Unreviewed | Overdue |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var (project, debt) in rows)
        {
            AppendDebtRow(md, MarkdownText.Escape(project.Name), debt);
        }

        if (rows.Count > 1)
        {
            AppendDebtRow(md, "**Total**", ReviewDebt.Sum(rows.Select(r => r.Debt)));
        }
    }

    private static void AppendDebtRow(StringBuilder md, string label, ReviewDebt debt)
    {
        md.Append("| ").Append(label);
        foreach (var count in new[] { debt.AiGenerated, debt.Reviewed, debt.Stale, debt.Pending, debt.Unreviewed, debt.Overdue })
        {
            md.Append(" | ").Append(count.Members);
            if (count.Members > 0)
            {
                md.Append(" (").Append(count.Lines).Append(count.Lines == 1 ? " line)" : " lines)");
            }
        }

        md.Append(" |\n");
    }

    private static void WriteProjectDetails(StringBuilder md, BuildResults results, SourceLinks links)
    {
        md.Append("\n## Findings by project\n\n");
        foreach (var project in results.Projects)
        {
            var counts = string.Join(", ", FindingLevels.HighestFirst.Select(level => level.Count(project.Count(level))));
            if (project.Findings.Count == 0)
            {
                md.Append("- **").Append(MarkdownText.Escape(project.Name)).Append("**: no findings\n");
                continue;
            }

            md.Append("<details><summary><b>").Append(MarkdownText.EscapeHtml(project.Name)).Append("</b>: ").Append(counts);
            if (project.SuppressedCount > 0)
            {
                md.Append(" (").Append(project.SuppressedCount).Append(" suppressed)");
            }

            md.Append("</summary>\n\n| Rule | Title | Errors | Warnings | Notes |\n|---|---|---:|---:|---:|\n");
            foreach (var row in RuleViolations.ByRule(project.Findings))
            {
                md.Append("| [").Append(row.Rule.Id).Append("](").Append(row.Rule.HelpUri).Append(") | ").Append(MarkdownText.Escape(row.Rule.Title))
                    .Append(" | ").Append(row.Errors).Append(" | ").Append(row.Warnings).Append(" | ").Append(row.Notes).Append(" |\n");
            }

            md.Append("\n| Level | Rule | Location | Message |\n|---|---|---|---|\n");
            var listed = project.Violations.OrderByDescending(f => f.Level).Concat(project.Findings.Where(f => f.IsSuppressed)).Take(MaxFindingsPerProject).ToList();
            foreach (var finding in listed)
            {
                var location = "`" + ReportPaths.Location(results.RepositoryRoot, finding).Replace("`", "'").Replace("|", "\\|") + "`";
                var url = links.For(finding.FilePath, finding.Line);
                md.Append("| ").Append(finding.IsSuppressed ? "suppressed" : finding.Level.SarifName()).Append(" | ").Append(finding.RuleId)
                    .Append(" | ").Append(url is null ? location : "[" + location + "](" + url + ")")
                    .Append(" | ").Append(MarkdownText.Escape(finding.Message)).Append(" |\n");
            }

            if (project.Findings.Count > listed.Count)
            {
                md.Append("\n… and ").Append(project.Findings.Count - listed.Count).Append(" more in ").Append(ReportFiles.Sarif).Append(".\n");
            }

            md.Append("\n</details>\n\n");
        }
    }
}
