namespace Guardrails.Checks.Coverage;

/// <summary>What is counted: lines (ran at least once), branches (taken), methods (any line ran).</summary>
internal enum CoverageMetric
{
    Line,
    Branch,
    Method,
}

internal static class CoverageMetricNames
{
    public static readonly CoverageMetric[] All = { CoverageMetric.Line, CoverageMetric.Branch, CoverageMetric.Method };

    /// <summary>The policy key: line, branch, method.</summary>
    public static string Key(this CoverageMetric metric) =>
        metric == CoverageMetric.Line ? "line" : metric == CoverageMetric.Branch ? "branch" : "method";

    /// <summary>For the start of a message: Line, Branch, Method.</summary>
    public static string Title(this CoverageMetric metric) =>
        metric == CoverageMetric.Line ? "Line" : metric == CoverageMetric.Branch ? "Branch" : "Method";

    /// <summary>What is counted, in the plural: lines, branches, methods.</summary>
    public static string Unit(this CoverageMetric metric) =>
        metric == CoverageMetric.Line ? "lines" : metric == CoverageMetric.Branch ? "branches" : "methods";

    /// <summary>"1 line", "3 lines".</summary>
    public static string Count(this CoverageMetric metric, long count)
    {
        var unit = count != 1 ? metric.Unit() : metric == CoverageMetric.Line ? "line" : metric == CoverageMetric.Branch ? "branch" : "method";
        return count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + unit;
    }
}
