using System.Collections.Generic;

namespace Guardrails.Cli.Model;

/// <summary>One metric of one scope from coverage-summary.json.</summary>
/// <param name="Percent">As the coverage check printed it (truncated to two decimals); null when nothing is coverable.</param>
/// <param name="Threshold">The policy's threshold in percent, when one applies to this scope and metric.</param>
/// <param name="Met">Whether the threshold is met, when one applies.</param>
internal sealed record CoverageFigure(long Covered, long Total, string? Percent, double? Threshold, bool? Met)
{
    public bool IsEmpty => Total == 0;

    /// <summary>The percentage as a number for charts (0 when nothing is coverable).</summary>
    public double Value => Total == 0 ? 0 : Percent is not null && double.TryParse(Percent, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : 100.0 * Covered / Total;
}

/// <summary>Line, branch and method coverage of the total or of one assembly.</summary>
internal sealed record CoverageScope(string Name, CoverageFigure? Line, CoverageFigure? Branch, CoverageFigure? Method)
{
    public IEnumerable<(string Metric, CoverageFigure? Figure)> Metrics =>
        [("line", Line), ("branch", Branch), ("method", Method)];
}

/// <summary>The coverage a test project's run measured (coverage-summary.json): the total and each assembly.</summary>
/// <param name="MeasuredBy">The test project (with its target framework when it has several).</param>
internal sealed record CoverageReport(string MeasuredBy, CoverageScope Total, IReadOnlyList<CoverageScope> Assemblies);
