using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Coverage by assembly and by source file: one report as read, or several merged with <see cref="Merge"/>.
/// </summary>
/// <remarks>
/// Merging (several target frameworks, several test projects): assemblies match by name (ignoring case), files by
/// absolute path; the coverable lines are the union of the reports' lines, hits add up, and a line's branch figures
/// are the best any report has (see <see cref="LineCoverage"/>). A line only one target framework compiles
/// (<c>#if NET8_0</c>) is coverable, and must be run by that framework's tests. A source file compiled into two
/// assemblies counts in each assembly with that assembly's figures, and once in <see cref="Files"/> and the total.
/// </remarks>
internal sealed class CoverageData
{
    private IReadOnlyList<FileCoverage>? _files;
    private Dictionary<string, FileCoverage>? _filesByPath;

    public CoverageData(IEnumerable<AssemblyCoverage> assemblies)
    {
        Assemblies = assemblies.OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    public static CoverageData Empty { get; } = new CoverageData(Array.Empty<AssemblyCoverage>());

    /// <summary>Sorted by name.</summary>
    public IReadOnlyList<AssemblyCoverage> Assemblies { get; }

    /// <summary>Every source file once, merged over the assemblies it belongs to, sorted by path.</summary>
    public IReadOnlyList<FileCoverage> Files => _files ??= MergeFiles(Assemblies.SelectMany(a => a.Files));

    public static CoverageData Merge(IEnumerable<CoverageData> reports)
    {
        var list = reports.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }

        var assemblies = list
            .SelectMany(r => r.Assemblies)
            .GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new AssemblyCoverage(g.First().Name, MergeFiles(g.SelectMany(a => a.Files))));
        return new CoverageData(assemblies);
    }

    public CoverageCount Count(CoverageMetric metric)
    {
        var count = default(CoverageCount);
        foreach (var file in Files)
        {
            count += file.Count(metric);
        }

        return count;
    }

    /// <summary>The same coverage without the files <paramref name="keep"/> rejects (coverage.exclude).</summary>
    public CoverageData Where(Func<FileCoverage, bool> keep) =>
        new CoverageData(Assemblies
            .Select(a => new AssemblyCoverage(a.Name, a.Files.Where(keep).ToList()))
            .Where(a => a.Files.Count > 0));

    public FileCoverage? FindFile(string absolutePath)
    {
        _filesByPath ??= Files.ToDictionary(f => f.Path, CoveragePaths.Comparer);
        return _filesByPath.TryGetValue(absolutePath, out var file) ? file : null;
    }

    private static IReadOnlyList<FileCoverage> MergeFiles(IEnumerable<FileCoverage> files) =>
        files
            .GroupBy(f => f.Path, CoveragePaths.Comparer)
            .Select(g => FileCoverage.Combine(g.First().Path, g.ToList()))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
}
