using System.Globalization;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The analyzer driver's telemetry of every benchmark invocation (<see cref="AnalyzerTelemetryInfo.ExecutionTime"/>: the
/// clock time spent in the analyzer's own callbacks, summed over the solution's projects), and optionally a compilation
/// timed next to each invocation. Prints medians per analyzer as a table. The first invocation of a benchmark
/// process is cold (it JIT-compiles the analyzers and the driver) and is left out of the medians.
/// </summary>
internal sealed class AnalyzerTelemetryLog
{
    private readonly List<Dictionary<string, double>> _runs = new();
    private readonly List<CompileTiming?> _compiles = new();

    /// <summary>Records one run; a call without results (an iteration that ran no analysis) is ignored.</summary>
    public void Add(IReadOnlyCollection<AnalysisResult> projectResults, CompileTiming? compile)
    {
        if (projectResults.Count == 0)
        {
            return;
        }

        var run = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var result in projectResults)
        {
            foreach (var (analyzer, info) in result.AnalyzerTelemetryInfo)
            {
                var name = analyzer.GetType().Name;
                run[name] = run.GetValueOrDefault(name) + info.ExecutionTime.TotalMilliseconds;
            }
        }

        _runs.Add(run);
        _compiles.Add(compile);
    }

    /// <summary>
    /// The table: one row per analyzer (median, min, max of the warm runs; share of the median compile time), the sum of
    /// all of them per run, and the compile times. Returns the lines; each starts with "// " like BenchmarkDotNet's own.
    /// </summary>
    public List<string> Table(string title, IReadOnlyList<DiagnosticAnalyzer> analyzers)
    {
        var warm = _runs.Count > 1 ? _runs.Skip(1).ToList() : _runs;
        var compiles = (_compiles.Count > 1 ? _compiles.Skip(1) : _compiles).OfType<CompileTiming>().ToList();
        double? compileWall = compiles.Count == 0 ? null : Median(compiles.Select(c => c.WallMilliseconds));
        double? compileCpu = compiles.Count == 0 ? null : Median(compiles.Select(c => c.CpuMilliseconds));
        var lines = new List<string>
        {
            "// " + title,
            "// Driver telemetry of " + warm.Count + " warm runs (" + (_runs.Count - warm.Count) + " cold run left out), analysis on one thread; ms summed over the projects.",
            "// | Analyzer | Rules | Median ms | Min ms | Max ms |" + (compileWall is null ? string.Empty : " Share of compile |"),
            "// |---|---|---:|---:|---:|" + (compileWall is null ? string.Empty : "---:|"),
        };
        foreach (var analyzer in analyzers)
        {
            var name = analyzer.GetType().Name;
            lines.Add(Row(name, GuardrailsAnalyzers.Rules(analyzer), warm.Select(r => r.GetValueOrDefault(name)).ToList(), compileWall));
        }

        var sums = warm.Select(r => r.Values.Sum()).ToList();
        if (analyzers.Count > 1)
        {
            lines.Add(Row("**All of them (sum per run)**", string.Empty, sums, compileWall));
        }

        if (compileWall is { } wall && compileCpu is { } cpu)
        {
            lines.Add("// | Compile: bind + emit on one thread, wall clock (timed after each run) | | " + Format(wall) + " | " + Format(compiles.Min(c => c.WallMilliseconds))
                + " | " + Format(compiles.Max(c => c.WallMilliseconds)) + " | 100% |");
            lines.Add("// | Compile: CPU time of the process meanwhile | | " + Format(cpu) + " | " + Format(compiles.Min(c => c.CpuMilliseconds))
                + " | " + Format(compiles.Max(c => c.CpuMilliseconds)) + " | |");
            lines.Add("// All Guardrails analyzers: " + Percent(Median(sums) / wall) + " of the compile time (medians; " + Percent(Median(sums) / cpu)
                + " of the compile's CPU time, which includes the GC's threads). Budget <= 5%: " + (Median(sums) / wall <= 0.05 ? "met" : "NOT met") + ".");
        }

        return lines;
    }

    private static string Row(string name, string rules, List<double> values, double? compileWall) =>
        "// | " + name + " | " + rules + " | " + Format(Median(values)) + " | " + Format(values.Min()) + " | " + Format(values.Max()) + " |"
        + (compileWall is { } wall ? " " + Percent(Median(values) / wall) + " |" : string.Empty);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Format(double milliseconds) => milliseconds.ToString("N1", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => fraction.ToString("P2", CultureInfo.InvariantCulture);
}
