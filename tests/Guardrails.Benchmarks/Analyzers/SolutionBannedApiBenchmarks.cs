using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Guardrails.Analyzers.Rules;
using Guardrails.Benchmarks.Solution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// GR1101 against BannedApiAnalyzers (RS0030, loaded from its package) on the generated 200k-line solution with the same
/// 30-entry BannedSymbols.txt (<see cref="BannedApiListFile"/>). Wall clock and allocations per invocation from
/// BenchmarkDotNet; the time inside each analyzer's callbacks from the driver's telemetry. In the GR1101 process an RS0030
/// run follows every GR1101 invocation, so the two telemetry tables come from paired runs under the same machine load.
/// Analysis runs on one thread, as in <see cref="SolutionAnalyzerBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)] // Each invocation takes many seconds; the jitting invocation already warms the code up.
[IterationCount(3)] // With the jitting and warm-up invocations: 5 runs, 4 of them warm, for the telemetry medians.
public class SolutionBannedApiBenchmarks
{
    private readonly DiagnosticAnalyzer _gr1101 = new BannedApiAnalyzer();
    private readonly AnalyzerTelemetryLog _telemetry = new();
    private readonly AnalyzerTelemetryLog _peerTelemetry = new();
    private readonly List<AnalysisResult> _results = new();
    private DiagnosticAnalyzer _rs0030 = null!;
    private GeneratedSolution _solution = null!;
    private AnalyzerOptions _options = null!;

    /// <summary>The solution compiles and has 200k lines; RS0030 finds the planted uses without an error.</summary>
    [GlobalSetup(Target = nameof(Rs0030))]
    public void Setup()
    {
        _solution = GeneratedSolution.Create();
        _solution.RequireCompiles();
        _rs0030 = BannedApiAnalyzersPeer.Create();
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new BannedApiListFile()));
        var peer = Findings(_rs0030);
        if (!peer.Any(d => d.Id == "RS0030") || peer.Any(d => d.Id is "AD0001" or "RS0031"))
        {
            throw new InvalidOperationException("Unexpected RS0030 results: " + string.Join(", ", peer.GroupBy(d => d.Id).Select(g => g.Key + " " + g.Count())));
        }

        Console.WriteLine("// Solution: " + _solution.Description + ". RS0030: " + peer.Count(d => d.Id == "RS0030") + " diagnostics.");
    }

    /// <summary>As <see cref="Setup"/>, and GR1101 reports every location RS0030 reports, with no problem in the list.</summary>
    [GlobalSetup(Target = nameof(Gr1101))]
    public void SetupAndCheck()
    {
        Setup();
        var peer = Findings(_rs0030).Where(d => d.Id == "RS0030").ToList();
        var ours = Findings(_gr1101);
        var ourUses = ours.Where(d => d.Id == "GR1101").ToList();
        var ourLocations = ourUses.Select(Location).ToHashSet();
        var missed = peer.Count(d => !ourLocations.Contains(Location(d)));
        if (missed != 0 || ours.Any(d => d.Id is "AD0001" or "GR1102" or "GR1103"))
        {
            throw new InvalidOperationException("Unexpected results: RS0030 " + peer.Count + ", GR1101 " + ourUses.Count + ", missed by GR1101 " + missed
                + ", other: " + string.Join(", ", ours.Where(d => d.Id != "GR1101").Select(d => d.Id).Distinct()));
        }

        Console.WriteLine("// RS0030: " + peer.Count + " diagnostics at " + peer.Select(Location).Distinct().Count() + " locations; GR1101: "
            + ourUses.Count + " at " + ourLocations.Count + " locations (every RS0030 location included).");
    }

    [Benchmark(Baseline = true, Description = "RS0030 BannedApiAnalyzers 5.6.0, one thread")]
    public Task<int> Rs0030() => Analyze(_rs0030);

    [Benchmark(Description = "GR1101 BannedApiAnalyzer, one thread")]
    public Task<int> Gr1101() => Analyze(_gr1101);

    /// <summary>Records the invocation's telemetry (nothing for BenchmarkDotNet's overhead iteration, which runs no analysis).</summary>
    [IterationCleanup(Target = nameof(Rs0030))]
    public void RecordTelemetry()
    {
        if (_results.Count != 0)
        {
            _telemetry.Add(_results.ToList(), compile: null);
            _results.Clear();
        }
    }

    /// <summary>Records the GR1101 invocation's telemetry, then runs RS0030 (not measured by BenchmarkDotNet) for paired telemetry.</summary>
    [IterationCleanup(Target = nameof(Gr1101))]
    public void RecordTelemetryAndRunPeer()
    {
        if (_results.Count == 0)
        {
            return;
        }

        _telemetry.Add(_results.ToList(), compile: null);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Analyze(_rs0030).GetAwaiter().GetResult();
        _peerTelemetry.Add(_results.ToList(), compile: null);
        _results.Clear();
    }

    [GlobalCleanup(Target = nameof(Rs0030))]
    public void PrintPeerTelemetry() => Print(_telemetry, _rs0030, "RS0030 alone");

    [GlobalCleanup(Target = nameof(Gr1101))]
    public void PrintPairedTelemetry()
    {
        Print(_peerTelemetry, _rs0030, "RS0030, run right after each GR1101 invocation");
        Print(_telemetry, _gr1101, "GR1101");
    }

    private static (string? Path, int Start) Location(Diagnostic diagnostic) => (diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan.Start);

    private void Print(AnalyzerTelemetryLog log, DiagnosticAnalyzer analyzer, string what)
    {
        foreach (var line in log.Table(what + " on the generated solution: " + _solution.Description, new[] { analyzer }))
        {
            Console.WriteLine(line);
        }
    }

    private async Task<int> Analyze(DiagnosticAnalyzer analyzer)
    {
        _results.Clear();
        var diagnostics = 0;
        var options = new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        foreach (var project in _solution.Projects)
        {
            var result = await project.SingleThreaded.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            _results.Add(result);
            diagnostics += result.GetAllDiagnostics().Length;
        }

        return diagnostics;
    }

    /// <summary>Every finding on every project, suppressed ones included (the solution switches GR1101 off in places with #pragma).</summary>
    private List<Diagnostic> Findings(DiagnosticAnalyzer analyzer)
    {
        var options = new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return _solution.Projects
            .SelectMany(p => p.Compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult())
            .ToList();
    }
}
