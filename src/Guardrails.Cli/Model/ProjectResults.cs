using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Cli.Model;

/// <summary>What the build of one project left: its findings (over all its target frameworks), review debt, coverage.</summary>
internal sealed class ProjectResults
{
    public ProjectResults(string name, string? projectFile, IReadOnlyList<string> builds, IReadOnlyList<Finding> findings, ReviewDebt? reviewDebt, IReadOnlyList<CoverageReport> coverage)
    {
        Name = name;
        ProjectFile = projectFile;
        Builds = builds;
        Findings = findings;
        ReviewDebt = reviewDebt;
        Coverage = coverage;
    }

    public string Name { get; }

    public string? ProjectFile { get; }

    /// <summary>The configurations and target frameworks read, e.g. "Debug/net8.0".</summary>
    public IReadOnlyList<string> Builds { get; }

    /// <summary>Distinct findings, suppressed ones included, sorted by file and line.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Null when the build left no review-debt.json.</summary>
    public ReviewDebt? ReviewDebt { get; }

    /// <summary>One per target framework whose test run measured coverage; empty for projects that are not tests.</summary>
    public IReadOnlyList<CoverageReport> Coverage { get; }

    public IEnumerable<Finding> Violations => Findings.Where(f => !f.IsSuppressed);

    public int Count(FindingLevel level) => Violations.Count(f => f.Level == level);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);
}
