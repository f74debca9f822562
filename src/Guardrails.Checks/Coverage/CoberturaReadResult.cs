using System.Collections.Generic;

namespace Guardrails.Checks.Coverage;

/// <summary>One Cobertura report read: its coverage, or (never both) the problem that makes it unusable.</summary>
internal sealed class CoberturaReadResult
{
    public CoberturaReadResult(string reportPath, CoverageData? coverage, IReadOnlyList<CoverageProblem> problems)
    {
        ReportPath = reportPath;
        Coverage = coverage;
        Problems = problems;
    }

    public string ReportPath { get; }

    /// <summary>Null when the report is unusable; then <see cref="Problems"/> says why, with a position in it.</summary>
    public CoverageData? Coverage { get; }

    public IReadOnlyList<CoverageProblem> Problems { get; }
}
