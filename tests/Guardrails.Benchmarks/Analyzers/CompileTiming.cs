using System.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// One timed compilation: wall-clock time, and the CPU time of the whole process meanwhile (more than the wall-clock time
/// of a single-threaded compile by what the GC's background threads do).
/// </summary>
internal sealed record CompileTiming(double WallMilliseconds, double CpuMilliseconds)
{
    public static CompileTiming Measure(Action compile)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        compile();
        clock.Stop();
        process.Refresh();
        var timing = new CompileTiming(clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);

        // Leave no garbage of the compilation for the benchmark invocation that follows to collect.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return timing;
    }
}
