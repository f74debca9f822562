using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Checks.Dependencies;
using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Finds the Cobertura reports of the current test run: files named *.cobertura.xml under the test results
/// directories, written at or after the run started (so reports left in TestResults by earlier runs are ignored),
/// plus the reports named explicitly (paths or globs, relative to a base directory), which are taken as they are.
/// </summary>
internal static class CoverageReportFinder
{
    public const string ReportPattern = "*.cobertura.xml";

    public static List<string> Find(
        IEnumerable<string> resultsDirectories,
        DateTime notBeforeUtc,
        IEnumerable<string> explicitReports,
        string baseDirectory,
        out List<string> searched)
    {
        searched = new List<string>();
        var found = new SortedSet<string>(CoveragePaths.Comparer);
        foreach (var directory in resultsDirectories.Where(d => !string.IsNullOrWhiteSpace(d)).Select(Path.GetFullPath).Distinct(CoveragePaths.Comparer))
        {
            searched.Add(CoveragePaths.ToSlashes(Path.Combine(directory, "**", ReportPattern)) + " written since the test run started");
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, ReportPattern, SearchOption.AllDirectories))
            {
                if (File.GetLastWriteTimeUtc(file) >= notBeforeUtc)
                {
                    found.Add(Path.GetFullPath(file));
                }
            }
        }

        foreach (var pattern in explicitReports.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()))
        {
            searched.Add(pattern);
            foreach (var file in Expand(pattern, baseDirectory))
            {
                found.Add(file);
            }
        }

        return found.ToList();
    }

    private static IEnumerable<string> Expand(string pattern, string baseDirectory)
    {
        if (pattern.IndexOfAny(new[] { '*', '?', '[', '{' }) < 0)
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory, pattern));
            return File.Exists(path) ? new[] { path } : Array.Empty<string>();
        }

        // Walk from the longest directory prefix without wildcards; match the glob against the path relative to the
        // base directory (or against the full path, for a rooted glob).
        var glob = CoveragePaths.NormalizeGlob(pattern);
        var isRooted = Path.IsPathRooted(pattern);
        var firstWildcard = glob.IndexOfAny(new[] { '*', '?', '[', '{' });
        var prefixEnd = glob.LastIndexOf('/', firstWildcard);
        var root = Path.GetFullPath(prefixEnd <= 0 ? (isRooted ? glob.Substring(0, prefixEnd + 1) : baseDirectory) : Path.Combine(baseDirectory, glob.Substring(0, prefixEnd)));
        if (!Directory.Exists(root))
        {
            return Array.Empty<string>();
        }

        return Directory.EnumerateFiles(root, "*.xml", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(f => Globs.IsMatch(glob, isRooted ? CoveragePaths.ToSlashes(f) : CoveragePaths.Relative(baseDirectory, f)))
            .ToList();
    }
}
