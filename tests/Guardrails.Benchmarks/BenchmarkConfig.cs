using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Guardrails.Benchmarks;

/// <summary>
/// The job for every benchmark: ShortRun (1 launch, 3 warm-up and 3 measured iterations). Enough to see the order of
/// magnitude and large regressions, and keeps the whole suite at a few minutes on a 2-core machine. It is the base job,
/// so command-line options such as <c>--iterationCount 10</c> or <c>--warmupCount 5</c> refine it. The build of the
/// benchmark process gets 10 minutes instead of BenchmarkDotNet's 2: on the shared 2-core machine it can take longer.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance.AddJob(Job.ShortRun.AsDefault()).WithBuildTimeout(TimeSpan.FromMinutes(10));
}
