using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Cli.Model;

/// <summary>Everything the report shows: the projects under the root and their distinct findings.</summary>
internal sealed class BuildResults
{
    /// <param name="repositoryRoot">What paths are shown relative to: the git work tree holding the root, else the root.</param>
    /// <param name="baselines">The baseline files the builds used (full paths).</param>
    public BuildResults(string root, IReadOnlyList<ProjectResults> projects, IReadOnlyList<string> notes, string? repositoryRoot = null, IReadOnlyList<string>? baselines = null)
    {
        Root = root;
        RepositoryRoot = repositoryRoot ?? root;
        Baselines = baselines ?? [];
        Projects = projects;
        Notes = notes;
        Findings = Distinct(projects.SelectMany(p => p.Findings));
    }

    /// <summary>The folder the build outputs were searched under (--root).</summary>
    public string Root { get; }

    /// <summary>
    /// The folder paths are shown relative to, and SARIF's %SRCROOT%: the git work tree that holds <see cref="Root"/>
    /// (as the baseline keys files), else the root itself.
    /// </summary>
    public string RepositoryRoot { get; }

    /// <summary>The baseline files the builds used (full paths): the findings they record are shown as suppressed, not counted.</summary>
    public IReadOnlyList<string> Baselines { get; }

    /// <summary>Sorted by name.</summary>
    public IReadOnlyList<ProjectResults> Projects { get; }

    /// <summary>
    /// Inputs the report lacks (e.g. a project without compiler log): said in every report, so a gap is never
    /// mistaken for a clean result.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>All findings, each once (a policy problem is reported by every project that reads the policy).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public IEnumerable<Finding> Violations => Findings.Where(f => !f.IsSuppressed);

    public int Count(FindingLevel level) => Violations.Count(f => f.Level == level);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

    public IEnumerable<CoverageReport> Coverage => Projects.SelectMany(p => p.Coverage);

    /// <summary>The review debt of the projects that have AI-generated code.</summary>
    public IEnumerable<(ProjectResults Project, ReviewDebt Debt)> ReviewDebt =>
        Projects.Where(p => p.ReviewDebt is { HasAiGeneratedCode: true }).Select(p => (p, p.ReviewDebt!));

    public bool HasReviewDebtFiles => Projects.Any(p => p.ReviewDebt is not null);

    /// <summary>"2 errors, 14 warnings, 1 note (1 suppressed) in 3 projects".</summary>
    public string Summary()
    {
        var counts = string.Join(", ", Model.FindingLevels.HighestFirst.Select(level => level.Count(Count(level))));
        var suppressed = SuppressedCount > 0 ? " (" + SuppressedCount + " suppressed)" : string.Empty;
        return counts + suppressed + " in " + Projects.Count + (Projects.Count == 1 ? " project" : " projects");
    }

    /// <summary>Each finding once, in file and line order.</summary>
    public static IReadOnlyList<Finding> Distinct(IEnumerable<Finding> findings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return findings
            .Where(f => seen.Add(f.IdentityKey))
            .OrderBy(f => f.FilePath ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }
}
