using System.Collections.Generic;

namespace Guardrails.Checks.Coverage;

/// <summary>The files of one assembly (a Cobertura <c>&lt;package&gt;</c>), sorted by path.</summary>
internal sealed class AssemblyCoverage
{
    public AssemblyCoverage(string name, IReadOnlyList<FileCoverage> files)
    {
        Name = name;
        Files = files;
    }

    public string Name { get; }

    public IReadOnlyList<FileCoverage> Files { get; }

    public CoverageCount Count(CoverageMetric metric)
    {
        var count = default(CoverageCount);
        foreach (var file in Files)
        {
            count += file.Count(metric);
        }

        return count;
    }
}
