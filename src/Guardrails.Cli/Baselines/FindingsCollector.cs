using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Checks.Baseline;
using Guardrails.Rules;

namespace Guardrails.Cli.Baselines;

/// <summary>
/// Collects the findings.json files a build left under obj/**/guardrails/ (one a project and target framework) and
/// merges them into a baseline: per rule, file, key and project the largest count over target frameworks.
/// </summary>
internal static class FindingsCollector
{
    public const string FileName = BuildOutputFiles.FindingsFileName;

    private static readonly string[] SkippedFolders = [".git", "node_modules", "bin", "TestResults"];

    /// <param name="notBeforeUtc">Only files written since then (the recording build's start); <see cref="DateTime.MinValue"/> for all.</param>
    public static (BaselineFile Baseline, List<string> Files) Collect(string root, DateTime notBeforeUtc)
    {
        var files = Find(root).Where(f => File.GetLastWriteTimeUtc(f) >= notBeforeUtc).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var entries = new List<BaselineEntry>();
        foreach (var file in files)
        {
            try
            {
                entries.AddRange(BaselineFile.Read(file).Entries);
            }
            catch (InvalidDataException ex)
            {
                throw new InvalidDataException(file + ": " + ex.Message, ex);
            }
        }

        return (BaselineFile.Merge(entries), files);
    }

    private static IEnumerable<string> Find(string directory)
    {
        IEnumerable<string> children;
        try
        {
            children = Directory.EnumerateDirectories(directory);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || ex is IOException)
        {
            yield break;
        }

        foreach (var child in children)
        {
            var name = Path.GetFileName(child);
            if (SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (string.Equals(name, BuildOutputFiles.FolderName, StringComparison.Ordinal) && File.Exists(Path.Combine(child, FileName)))
            {
                yield return Path.Combine(child, FileName);
            }

            foreach (var file in Find(child))
            {
                yield return file;
            }
        }
    }
}
