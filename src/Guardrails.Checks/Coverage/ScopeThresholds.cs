namespace Guardrails.Checks.Coverage;

/// <summary>The line, branch and method thresholds of one scope (the total, an assembly, a file); any may be absent.</summary>
internal sealed class ScopeThresholds
{
    public static readonly ScopeThresholds None = new ScopeThresholds(null, null, null);

    public ScopeThresholds(CoverageThreshold? line, CoverageThreshold? branch, CoverageThreshold? method)
    {
        Line = line;
        Branch = branch;
        Method = method;
    }

    public CoverageThreshold? Line { get; }

    public CoverageThreshold? Branch { get; }

    public CoverageThreshold? Method { get; }

    public bool IsEmpty => Line is null && Branch is null && Method is null;

    public CoverageThreshold? Get(CoverageMetric metric) =>
        metric == CoverageMetric.Line ? Line : metric == CoverageMetric.Branch ? Branch : Method;

    /// <summary>This scope with <paramref name="over"/>'s thresholds where it has one.</summary>
    public ScopeThresholds With(ScopeThresholds over) =>
        new ScopeThresholds(over.Line ?? Line, over.Branch ?? Branch, over.Method ?? Method);
}

/// <summary>An entry of coverage.assemblies or coverage.files: a glob and its thresholds.</summary>
internal sealed class ScopedThresholds
{
    public ScopedThresholds(string pattern, ScopeThresholds thresholds)
    {
        Pattern = pattern;
        Thresholds = thresholds;
    }

    public string Pattern { get; }

    public ScopeThresholds Thresholds { get; }
}
