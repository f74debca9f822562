using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Guardrails.Benchmarks.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// Each Guardrails analyzer alone, all of them together, RS0030 with the same 30-entry list and the no-op baseline with
/// RS0030's registrations, over a real checkout's compilation (<see cref="RealCodeSettings"/>): wall clock and
/// allocations per analysis from BenchmarkDotNet, the time inside each analyzer's callbacks from the driver's telemetry
/// (printed by the cleanup). In the GR1101 and all-Guardrails processes an RS0030 run follows each invocation, so their
/// telemetry is compared with RS0030's in pairs under the same machine load.
/// </summary>
/// <remarks>
/// Run: <c>GUARDRAILS_BENCH_REPO=/work/bench/CsvHelper GUARDRAILS_BENCH_PROJECT=src/CsvHelper/CsvHelper.csproj
/// GUARDRAILS_BENCH_FRAMEWORK=net8.0 dotnet run -c Release --project tests/Guardrails.Benchmarks -- --filter '*RealCodeAnalyzer*'</c>.
/// Without <c>GUARDRAILS_BENCH_REPO</c> the class has no case. The job is the suite's ShortRun (3 warm-up, 3 measured
/// invocations); each invocation binds the whole repository, seconds to minutes, so the published runs shorten it on
/// the command line (<c>--warmupCount 1 --iterationCount 2</c>); the first invocation (BenchmarkDotNet's jitting one) is
/// cold and left out of the telemetry medians.
/// </remarks>
[MemoryDiagnoser]
public class RealCodeAnalyzerBenchmarks
{
    private readonly AnalyzerTelemetryLog _telemetry = new();
    private readonly AnalyzerTelemetryLog _peerTelemetry = new();
    private readonly List<AnalysisResult> _results = new();
    private RealRepository _repository = null!;
    private RealCodeAnalysis _analysis = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private ImmutableArray<DiagnosticAnalyzer> _peer;

    [ParamsSource(nameof(Cases))]
    public string Analyzer { get; set; } = AnalyzerCases.NoOp;

    public static IEnumerable<string> Cases() => AnalyzerCases.All();

    private bool Paired => Analyzer is AnalyzerCases.Gr1101 or AnalyzerCases.AllGuardrails;

    /// <summary>The checkout compiles, every analyzer runs cleanly on it and GR1101 finds every RS0030 location.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _repository = RealRepository.Load();
        RealCodeVerification.Require(_repository);
        _analysis = new RealCodeAnalysis(_repository);
        _analyzers = AnalyzerCases.Create(Analyzer);
        _peer = AnalyzerCases.Create(AnalyzerCases.Rs0030);
    }

    [Benchmark(Description = "Analysis of the real code, one thread")]
    public async Task<int> Analyze()
    {
        _results.Clear();
        _results.AddRange(await _analysis.AnalyzeAsync(_analyzers).ConfigureAwait(false));
        return _results.Sum(r => r.GetAllDiagnostics().Length);
    }

    /// <summary>Records the invocation's telemetry; for GR1101 and all Guardrails analyzers, runs RS0030 right after it (not measured by BenchmarkDotNet).</summary>
    [IterationCleanup]
    public void RecordTelemetry()
    {
        if (_results.Count == 0)
        {
            return; // BenchmarkDotNet's overhead iteration runs no analysis.
        }

        _telemetry.Add(_results.ToList(), compile: null);
        _results.Clear();
        if (Paired)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            _peerTelemetry.Add(_analysis.AnalyzeAsync(_peer).GetAwaiter().GetResult(), compile: null);
        }
    }

    [GlobalCleanup]
    public void PrintTelemetry()
    {
        if (!_analysis.Exceptions.IsEmpty)
        {
            throw new InvalidOperationException("Analyzer exceptions during the runs: " + string.Join("; ", _analysis.Exceptions.Distinct().Take(5)));
        }

        if (Paired)
        {
            Print(_peerTelemetry.Table("RS0030, run right after each " + Analyzer + " invocation, on " + _repository.Description, _peer));
        }

        Print(_telemetry.Table(Analyzer + " on " + _repository.Description, _analyzers));
    }

    private static void Print(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }
}
