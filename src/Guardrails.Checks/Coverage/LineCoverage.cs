using System;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// One coverable source line: how often it ran, and its branches (from Cobertura's
/// <c>condition-coverage="50% (1/2)"</c>; a line without branches has 0 of 0).
/// </summary>
/// <remarks>
/// Two merge rules, because a line can be listed more than once:
/// <list type="bullet">
/// <item><see cref="WithinReport"/>: in one report the same line can appear under several <c>&lt;class&gt;</c>
/// elements (a lambda's display class and its parent, partial classes, a method's and its class's <c>&lt;lines&gt;</c>).
/// Those entries describe one execution of the same code, so the maximum is taken: the line counts as run when any
/// of them ran, and summing would count one execution twice.</item>
/// <item><see cref="AcrossReports"/>: separate reports (one per target framework, or per test project) describe
/// separate executions, so hits are added. Branch counts cannot be added, because a report says how many branches
/// were taken but not which, so the best figure is kept: covered = max, total = max.</item>
/// </list>
/// </remarks>
internal readonly struct LineCoverage
{
    public LineCoverage(long hits, int coveredBranches, int totalBranches)
    {
        Hits = hits;
        CoveredBranches = coveredBranches;
        TotalBranches = totalBranches;
    }

    public long Hits { get; }

    public int CoveredBranches { get; }

    public int TotalBranches { get; }

    public bool IsCovered => Hits > 0;

    public bool HasUncoveredBranches => CoveredBranches < TotalBranches;

    public static LineCoverage WithinReport(LineCoverage a, LineCoverage b) =>
        new LineCoverage(Math.Max(a.Hits, b.Hits), Math.Max(a.CoveredBranches, b.CoveredBranches), Math.Max(a.TotalBranches, b.TotalBranches));

    public static LineCoverage AcrossReports(LineCoverage a, LineCoverage b) =>
        new LineCoverage(SaturatingAdd(a.Hits, b.Hits), Math.Max(a.CoveredBranches, b.CoveredBranches), Math.Max(a.TotalBranches, b.TotalBranches));

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
