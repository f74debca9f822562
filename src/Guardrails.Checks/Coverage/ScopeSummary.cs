namespace Guardrails.Checks.Coverage;

/// <summary>The figures of one scope (the total or an assembly) and the thresholds that apply to it.</summary>
internal sealed class ScopeSummary
{
    public ScopeSummary(string name, CoverageCount line, CoverageCount branch, CoverageCount method, ScopeThresholds thresholds)
    {
        Name = name;
        Line = line;
        Branch = branch;
        Method = method;
        Thresholds = thresholds;
    }

    public string Name { get; }

    public CoverageCount Line { get; }

    public CoverageCount Branch { get; }

    public CoverageCount Method { get; }

    public ScopeThresholds Thresholds { get; }

    public CoverageCount Get(CoverageMetric metric) =>
        metric == CoverageMetric.Line ? Line : metric == CoverageMetric.Branch ? Branch : Method;

    /// <summary>Whether every threshold of this scope is met (an empty figure meets any).</summary>
    public bool MeetsThresholds()
    {
        foreach (var metric in CoverageMetricNames.All)
        {
            var threshold = Thresholds.Get(metric);
            if (threshold is not null && !Get(metric).Meets(threshold.Percent))
            {
                return false;
            }
        }

        return true;
    }
}
