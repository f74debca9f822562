using System.Collections.Generic;

namespace Guardrails.Checks.Coverage;

/// <summary>A baseline read from disk, or (never both) the problem that makes it unusable.</summary>
internal sealed class CoverageBaselineReadResult
{
    public CoverageBaselineReadResult(CoverageBaseline? baseline, IReadOnlyList<CoverageProblem> problems, bool fileMissing = false)
    {
        Baseline = baseline;
        Problems = problems;
        FileMissing = fileMissing;
    }

    public CoverageBaseline? Baseline { get; }

    public IReadOnlyList<CoverageProblem> Problems { get; }

    /// <summary>True when there is no baseline file at all (the ratchet was never started).</summary>
    public bool FileMissing { get; }
}
