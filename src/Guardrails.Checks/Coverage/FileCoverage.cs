using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The coverage of one source file: its coverable lines and its methods. Lines are per file, never per class: the
/// several <c>&lt;class&gt;</c> elements a file produces (partial classes, nested and compiler-generated classes
/// such as <c>Foo/&lt;&gt;c__DisplayClass0_0</c> or <c>Foo.&lt;Bar&gt;d__3</c>) all add to the same table, by the
/// rules of <see cref="LineCoverage"/>.
/// </summary>
internal sealed class FileCoverage
{
    private readonly Dictionary<int, LineCoverage> _lines = new Dictionary<int, LineCoverage>();
    private readonly Dictionary<string, MethodCoverage> _methods = new Dictionary<string, MethodCoverage>(System.StringComparer.Ordinal);

    public FileCoverage(string path)
    {
        Path = path;
    }

    private FileCoverage(string path, Dictionary<int, LineCoverage> lines, Dictionary<string, MethodCoverage> methods)
    {
        Path = path;
        _lines = lines;
        _methods = methods;
    }

    /// <summary>The absolute path of the source file.</summary>
    public string Path { get; }

    public IReadOnlyDictionary<int, LineCoverage> Lines => _lines;

    /// <summary>By a key made of the class, the method name and the signature.</summary>
    public IReadOnlyDictionary<string, MethodCoverage> Methods => _methods;

    /// <summary>Merges parts describing the same file from different reports (or assemblies): hits add up.</summary>
    public static FileCoverage Combine(string path, IReadOnlyList<FileCoverage> parts)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var combined = new FileCoverage(path);
        foreach (var part in parts)
        {
            combined.AddAll(part, sameReport: false);
        }

        return combined;
    }

    public CoverageCount Count(CoverageMetric metric)
    {
        long covered = 0, total = 0;
        switch (metric)
        {
            case CoverageMetric.Line:
                foreach (var line in _lines.Values)
                {
                    total++;
                    covered += line.IsCovered ? 1 : 0;
                }

                break;
            case CoverageMetric.Branch:
                foreach (var line in _lines.Values)
                {
                    total += line.TotalBranches;
                    covered += line.CoveredBranches;
                }

                break;
            default:
                foreach (var method in _methods.Values)
                {
                    total++;
                    covered += method.IsCovered ? 1 : 0;
                }

                break;
        }

        return new CoverageCount(covered, total);
    }

    /// <summary>
    /// In line order: the lines not run (Line), the lines with a branch not taken (Branch), or the first lines of
    /// methods not run (Method).
    /// </summary>
    public IEnumerable<int> Uncovered(CoverageMetric metric)
    {
        switch (metric)
        {
            case CoverageMetric.Line:
                return _lines.Where(l => !l.Value.IsCovered).Select(l => l.Key).OrderBy(n => n);
            case CoverageMetric.Branch:
                return _lines.Where(l => l.Value.HasUncoveredBranches).Select(l => l.Key).OrderBy(n => n);
            default:
                return _methods.Values.Where(m => !m.IsCovered).Select(m => m.FirstLine).Distinct().OrderBy(n => n);
        }
    }

    /// <summary>The same tables under another path, without copying them; for the reader, which drops this instance.</summary>
    internal FileCoverage WithPath(string path) => new FileCoverage(path, _lines, _methods);

    internal void AddLine(int number, LineCoverage line, bool sameReport)
    {
        if (_lines.TryGetValue(number, out var existing))
        {
            line = sameReport ? LineCoverage.WithinReport(existing, line) : LineCoverage.AcrossReports(existing, line);
        }

        _lines[number] = line;
    }

    internal void AddMethod(string key, MethodCoverage method)
    {
        _methods[key] = _methods.TryGetValue(key, out var existing) ? MethodCoverage.Merge(existing, method) : method;
    }

    internal void AddAll(FileCoverage other, bool sameReport)
    {
        foreach (var line in other._lines)
        {
            AddLine(line.Key, line.Value, sameReport);
        }

        foreach (var method in other._methods)
        {
            AddMethod(method.Key, method.Value);
        }
    }
}
