using System;
using Guardrails.Checks.Coverage;

namespace Guardrails.Cli.Adoption;

/// <summary>The figures of one existing Cobertura report, counted as the coverage check counts them.</summary>
internal sealed class CoverageMeasurement
{
    public CoverageMeasurement(string reportPath, DateTime writtenUtc, CoverageCount line, CoverageCount branch, string? problem)
    {
        ReportPath = reportPath;
        WrittenUtc = writtenUtc;
        Line = line;
        Branch = branch;
        Problem = problem;
    }

    /// <summary>Relative to the repository root.</summary>
    public string ReportPath { get; }

    public DateTime WrittenUtc { get; }

    public CoverageCount Line { get; }

    public CoverageCount Branch { get; }

    /// <summary>Why the report cannot be used (unreadable, or no coverable lines), or null.</summary>
    public string? Problem { get; }

    public bool IsUsable => Problem is null && !Line.IsEmpty;

    /// <summary>The percentage rounded down to a whole number, so a threshold set from it is met by the same code.</summary>
    public static int WholePercentDown(CoverageCount count) =>
        count.IsEmpty ? 0 : (int)(count.Covered * 100 / count.Total);
}
