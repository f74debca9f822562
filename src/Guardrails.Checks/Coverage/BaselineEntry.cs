using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>The recorded line and branch figures of one scope in the baseline, with where they stand in the file.</summary>
internal sealed class BaselineEntry
{
    public BaselineEntry(CoverageCount? line, CoverageCount? branch, SourcePosition position, SourcePosition linePosition = default, SourcePosition branchPosition = default)
    {
        Line = line;
        Branch = branch;
        Position = position;
        LinePosition = linePosition;
        BranchPosition = branchPosition;
    }

    public CoverageCount? Line { get; }

    public CoverageCount? Branch { get; }

    /// <summary>The position of the entry's key (the assembly name, the path).</summary>
    public SourcePosition Position { get; }

    public SourcePosition LinePosition { get; }

    public SourcePosition BranchPosition { get; }

    public CoverageCount? Get(CoverageMetric metric) => metric == CoverageMetric.Line ? Line : metric == CoverageMetric.Branch ? Branch : null;

    /// <summary>Where a drop of <paramref name="metric"/> is reported: its key if known, else the entry's.</summary>
    public SourcePosition PositionOf(CoverageMetric metric)
    {
        var position = metric == CoverageMetric.Line ? LinePosition : BranchPosition;
        return position.Line > 0 ? position : Position;
    }
}
