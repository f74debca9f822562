using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Checks.Coverage;

/// <summary>Line, branch and method figures of the total and of each assembly (after coverage.exclude), for reports.</summary>
internal sealed class CoverageSummary
{
    public CoverageSummary(ScopeSummary total, IReadOnlyList<ScopeSummary> assemblies)
    {
        Total = total;
        Assemblies = assemblies;
    }

    public ScopeSummary Total { get; }

    /// <summary>Sorted by name.</summary>
    public IReadOnlyList<ScopeSummary> Assemblies { get; }

    public static CoverageSummary Create(CoverageSettings settings, CoverageData coverage)
    {
        var data = settings.Apply(coverage);
        var total = new ScopeSummary("total", data.Count(CoverageMetric.Line), data.Count(CoverageMetric.Branch), data.Count(CoverageMetric.Method), settings.Total);
        var assemblies = data.Assemblies
            .Select(a => new ScopeSummary(a.Name, a.Count(CoverageMetric.Line), a.Count(CoverageMetric.Branch), a.Count(CoverageMetric.Method), settings.ForAssembly(a.Name)))
            .ToList();
        return new CoverageSummary(total, assemblies);
    }
}
