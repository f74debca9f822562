using System.Globalization;
using Guardrails.Checks.Baseline;
using Microsoft.CodeAnalysis;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// A baseline that records part of what the analyzers found, as a team adopting Guardrails on existing code has: the
/// banned-API uses of the legacy files of half the modules and the unjustified coverage exclusions of a quarter of them.
/// Written with the policy task's own <see cref="AnalyzerBaselineWriter"/>, so the suppressor has real work to do.
/// </summary>
internal static class SolutionBaseline
{
    /// <summary>The findings the baseline records (a subset of <paramref name="findings"/>).</summary>
    public static List<Diagnostic> Recorded(IEnumerable<Diagnostic> findings) => findings
        .Where(d => d.Location.SourceTree?.FilePath is { } path
            && ((d.Id == "GR1101" && path.Contains("/Legacy/", StringComparison.Ordinal) && ModuleOf(path) < SolutionCorpus.Modules / 2)
                || (d.Id == "GR2004" && ModuleOf(path) < SolutionCorpus.Modules / 4)))
        .ToList();

    public static InMemoryAdditionalText File(IEnumerable<Diagnostic> recorded)
    {
        var entries = recorded
            .GroupBy(d => (d.Id, File: Relative(d.Location.SourceTree!.FilePath), Key: d.GetMessage(CultureInfo.InvariantCulture)))
            .Select(g => new BaselineEntry(g.Key.Id, g.Key.File, g.Key.Key, g.Count(), project: null))
            .ToList();
        return new InMemoryAdditionalText(
            SolutionCorpus.Root + "/obj/guardrails/" + AnalyzerBaselineWriter.FileName,
            AnalyzerBaselineWriter.Write(new BaselineFile(entries)));
    }

    private static string Relative(string path) => path.Substring(SolutionCorpus.Root.Length + 1);

    private static int ModuleOf(string path)
    {
        const string marker = "/Module";
        var start = path.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return int.MaxValue;
        }

        start += marker.Length;
        var end = start;
        while (end < path.Length && char.IsAsciiDigit(path[end]))
        {
            end++;
        }

        return end == start ? int.MaxValue : int.Parse(path.AsSpan(start, end - start), CultureInfo.InvariantCulture);
    }
}
