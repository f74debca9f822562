namespace Guardrails.Benchmarks.Coverage;

/// <summary>
/// What a generated report holds, tallied by GR2001.md's rules (a line listed twice in one report counts once, with its
/// highest hits and branch counts; a method is a named, non-compiler-generated method with lines, covered when one of
/// its lines ran), so the benchmark can check the reader found exactly that before measuring it.
/// </summary>
internal sealed class GeneratedReport
{
    private readonly Dictionary<string, Dictionary<int, GeneratedLine>> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _methods = new(StringComparer.Ordinal);
    private readonly HashSet<string> _assemblies = new(StringComparer.Ordinal);

    public GeneratedReport(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public long Bytes { get; set; }

    public int Assemblies => _assemblies.Count;

    public int Files => _lines.Count;

    public long Lines => _lines.Values.Sum(f => (long)f.Count);

    public long CoveredLines => _lines.Values.Sum(f => (long)f.Values.Count(l => l.Hits > 0));

    public long Branches => _lines.Values.Sum(f => f.Values.Sum(l => (long)l.Total));

    public long CoveredBranches => _lines.Values.Sum(f => f.Values.Sum(l => (long)l.Covered));

    public long Methods => _methods.Count;

    public long CoveredMethods => _methods.Values.Count(covered => covered);

    public void Add(string assembly, IEnumerable<GeneratedClass> classes)
    {
        _assemblies.Add(assembly);
        foreach (var type in classes)
        {
            if (!_lines.TryGetValue(type.FileName, out var lines))
            {
                lines = new Dictionary<int, GeneratedLine>();
                _lines.Add(type.FileName, lines);
            }

            foreach (var method in type.Methods)
            {
                foreach (var line in method.Lines)
                {
                    lines[line.Number] = lines.TryGetValue(line.Number, out var seen)
                        ? new GeneratedLine(line.Number, Math.Max(seen.Hits, line.Hits), Math.Max(seen.Covered, line.Covered), Math.Max(seen.Total, line.Total))
                        : line;
                }

                if (method.Lines.Count > 0 && !method.Name.StartsWith('<'))
                {
                    var key = type.FileName + "|" + type.Name + "::" + method.Name + method.Signature;
                    var covered = method.Lines.Any(l => l.Hits > 0);
                    _methods[key] = covered || (_methods.TryGetValue(key, out var before) && before);
                }
            }
        }
    }

    public override string ToString() =>
        (Bytes / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " MB, " + Assemblies + " assemblies, " + Files + " files, "
        + Lines + " coverable lines (" + CoveredLines + " covered), " + Branches + " branches (" + CoveredBranches + " covered), "
        + Methods + " methods (" + CoveredMethods + " covered)";
}
