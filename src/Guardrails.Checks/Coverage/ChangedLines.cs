using System.Collections.Generic;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The lines added or modified since a git base, per source file (absolute paths). A file can be changed as a
/// whole (a new file git does not track yet): then every coverable line of it counts as changed.
/// </summary>
internal sealed class ChangedLines
{
    private readonly Dictionary<string, HashSet<int>?> _files = new Dictionary<string, HashSet<int>?>(CoveragePaths.Comparer);

    public ChangedLines(string description)
    {
        Description = description;
    }

    /// <summary>What the lines are compared with, for messages: "changes since 3fa9c1e0 (the merge base of origin/main and HEAD)".</summary>
    public string Description { get; set; }

    public IEnumerable<string> Files => _files.Keys;

    public int FileCount => _files.Count;

    public void Add(string absolutePath, int line)
    {
        if (!_files.TryGetValue(absolutePath, out var lines))
        {
            lines = new HashSet<int>();
            _files.Add(absolutePath, lines);
        }

        lines?.Add(line);
    }

    public void AddWholeFile(string absolutePath) => _files[absolutePath] = null;

    public bool IsWholeFile(string absolutePath) => _files.TryGetValue(absolutePath, out var lines) && lines is null;

    public bool Contains(string absolutePath, int line) =>
        _files.TryGetValue(absolutePath, out var lines) && (lines is null || lines.Contains(line));

    /// <summary>The changed lines of a file: empty when it did not change, null when it changed as a whole.</summary>
    public IReadOnlyCollection<int>? LinesOf(string absolutePath) =>
        _files.TryGetValue(absolutePath, out var lines) ? lines : (IReadOnlyCollection<int>)new int[0];
}
