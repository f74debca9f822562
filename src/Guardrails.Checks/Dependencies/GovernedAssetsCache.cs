using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// What referenced projects' restore results (project.assets.json) say about the packages they report themselves
/// (<see cref="GovernedReferences"/>), read once per build: in a solution every project that references a core library
/// asks about the same assets file. An entry is keyed by the file's full path and used only while the file keeps the
/// last write time and size it had when it was read, so a restore between two projects of one build is read again.
/// Shared by the projects of a build (a registered task object), hence thread-safe; the sets it hands out are never
/// changed.
/// </summary>
internal sealed class GovernedAssetsCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new ConcurrentDictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
    private int _reads;

    /// <summary>How many times an assets file has been parsed (not served from memory).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>
    /// The packages (<see cref="GovernedReferences.Key"/>) that the project whose restore result is
    /// <paramref name="assetsPath"/> reports itself: every package of each framework graph that references Guardrails
    /// directly, without the SDK's and the platform's. Null when there are none, when the file does not belong to
    /// <paramref name="projectPath"/>, or when it cannot be read.
    /// </summary>
    public HashSet<string>? PackagesReportedBy(string assetsPath, string projectPath)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(assetsPath);
            if (!file.Exists)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is ArgumentException || ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException)
        {
            return null;
        }

        var key = file.FullName;
        var stamp = file.LastWriteTimeUtc.Ticks;
        var size = file.Length;
        if (!_entries.TryGetValue(key, out var entry) || entry.Stamp != stamp || entry.Size != size)
        {
            entry = Read(key, stamp, size);
            _entries[key] = entry;
        }

        return entry.ProjectPath is not null && string.Equals(entry.ProjectPath, Path.GetFullPath(projectPath), StringComparison.OrdinalIgnoreCase)
            ? entry.Packages
            : null;
    }

    private Entry Read(string path, long stamp, long size)
    {
        Interlocked.Increment(ref _reads);
        try
        {
            var assets = AssetsFile.Read(path);
            var packages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var graph in assets.Frameworks)
            {
                if (!graph.HasDirect(GovernedReferences.GuardrailsPackageId))
                {
                    continue;
                }

                foreach (var node in graph.Nodes)
                {
                    if (!node.IsProject && !graph.IsAutoReferenced(node) && !graph.IsPlatform(node))
                    {
                        packages.Add(GovernedReferences.Key(node));
                    }
                }
            }

            return new Entry(stamp, size, Path.GetFullPath(assets.ProjectPath), packages.Count == 0 ? null : packages);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return new Entry(stamp, size, null, null);
        }
    }

    private sealed class Entry
    {
        public Entry(long stamp, long size, string? projectPath, HashSet<string>? packages)
        {
            Stamp = stamp;
            Size = size;
            ProjectPath = projectPath;
            Packages = packages;
        }

        public long Stamp { get; }

        public long Size { get; }

        /// <summary>The project the restore result names (full path); null when the file could not be read.</summary>
        public string? ProjectPath { get; }

        public HashSet<string>? Packages { get; }
    }
}
