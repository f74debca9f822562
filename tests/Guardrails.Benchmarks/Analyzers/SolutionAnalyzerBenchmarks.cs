using System.Collections.Concurrent;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Guardrails.Benchmarks.Solution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The performance budget of the analyzers: every Guardrails analyzer and the baseline suppressor (found by reflection)
/// over a generated two-project solution of more than 200,000 lines, configured by a realistic policy, against compiling
/// the same solution. The figure the budget is about is the driver's telemetry (time inside each analyzer's callbacks,
/// <see cref="AnalyzerTelemetryLog"/>), next to a compilation of the solution timed right after each invocation in the same
/// process, so that each run's analyzer time and compile time are measured under the same machine load. Both run on one
/// thread (<see cref="SolutionProject.SingleThreaded"/>, <c>concurrentAnalysis: false</c>): the telemetry times each
/// callback by the clock, so with more busy threads than cores it would also count the time a callback waits for a core,
/// and a sum over threads cannot be compared with the wall-clock time of a parallel compile. BenchmarkDotNet's own figure
/// is the wall-clock time of the whole analysis (the driver binds the solution itself, as the compiler would).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)] // Each invocation takes many seconds; the jitting invocation already warms the code up.
[IterationCount(3)] // With the jitting and warm-up invocations: 5 runs, 4 of them warm, for the telemetry medians.
public class SolutionAnalyzerBenchmarks
{
    private readonly AnalyzerTelemetryLog _telemetry = new();
    private readonly List<AnalysisResult> _results = new();
    private GeneratedSolution _solution = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private List<AnalyzerOptions> _options = null!;

    /// <summary>
    /// The solution compiles and has 200k lines; every analyzer runs without an exception and reports what the solution
    /// plants; and the baseline, recorded from a first run, suppresses exactly the findings it records.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _solution = GeneratedSolution.Create();
        _solution.RequireCompiles();
        Console.WriteLine("// Solution: " + _solution.Description);
        _analyzers = GuardrailsAnalyzers.Create();
        if (!_analyzers.Any(a => a is DiagnosticSuppressor) || _analyzers.Length < 10)
        {
            throw new InvalidOperationException("Expected the Guardrails analyzers and the baseline suppressor, found: " + string.Join(", ", _analyzers.Select(a => a.GetType().Name)));
        }

        var withoutBaseline = Analyze(_solution.Projects.Select(p => SolutionPolicy.Options(p.AnalyzerConfig, baseline: null)).ToList());
        var recorded = SolutionBaseline.Recorded(withoutBaseline);
        var baseline = SolutionBaseline.File(recorded);
        _options = _solution.Projects.Select(p => SolutionPolicy.Options(p.AnalyzerConfig, baseline)).ToList();
        var findings = Analyze(_options);

        var byRule = ExpectedFindings.ByRule(findings);
        _solution.Expected.Require(byRule);
        var newlySuppressed = findings.Count(d => d.IsSuppressed) - withoutBaseline.Count(d => d.IsSuppressed);
        if (recorded.Count == 0 || newlySuppressed != recorded.Count)
        {
            throw new InvalidOperationException("The baseline records " + recorded.Count + " findings but suppresses " + newlySuppressed + ".");
        }

        Console.WriteLine("// Analyzers (" + _analyzers.Length + "): " + string.Join(", ", _analyzers.Select(a => a.GetType().Name)));
        Console.WriteLine("// Findings (suppressed included): " + string.Join(", ", byRule.Select(p => p.Key + " " + p.Value))
            + "; the baseline suppresses " + recorded.Count + ".");
    }

    [Benchmark(Description = "All Guardrails analyzers + suppressor, one thread (the driver binds the solution)")]
    public async Task<int> AllAnalyzers()
    {
        _results.Clear();
        var diagnostics = 0;
        for (var i = 0; i < _solution.Projects.Count; i++)
        {
            var options = new CompilationWithAnalyzersOptions(_options[i], onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var result = await _solution.Projects[i].SingleThreaded.WithAnalyzers(_analyzers, options).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
            _results.Add(result);
            diagnostics += result.GetAllDiagnostics().Length;
        }

        return diagnostics;
    }

    /// <summary>
    /// Records the invocation's telemetry with a compilation of the same solution timed right after it. BenchmarkDotNet also
    /// calls this around its overhead iteration, which runs no analysis: nothing is recorded or compiled then.
    /// </summary>
    [IterationCleanup]
    public void RecordTelemetryAndCompile()
    {
        if (_results.Count == 0)
        {
            return;
        }

        var results = _results.ToList();
        _results.Clear();
        _telemetry.Add(results, CompileTiming.Measure(() => _solution.Emit()));
    }

    [GlobalCleanup]
    public void PrintTelemetry()
    {
        foreach (var line in _telemetry.Table("Guardrails analyzers on the generated solution: " + _solution.Description, _analyzers))
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>Every finding of every analyzer on every project (suppressed ones included); throws on an analyzer exception or AD0001.</summary>
    private List<Diagnostic> Analyze(List<AnalyzerOptions> options)
    {
        var failures = new ConcurrentQueue<string>();
        var findings = new List<Diagnostic>();
        for (var i = 0; i < _solution.Projects.Count; i++)
        {
            var driverOptions = new CompilationWithAnalyzersOptions(
                options[i],
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(analyzer.GetType().Name + ": " + exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: true);
            findings.AddRange(_solution.Projects[i].Compilation.WithAnalyzers(_analyzers, driverOptions).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        }

        var problems = findings.Where(d => d.Id is "AD0001" or "GR1102" or "GR1103").ToList();
        if (!failures.IsEmpty || problems.Count != 0)
        {
            throw new InvalidOperationException("The analyzers failed on the solution: " + string.Join(Environment.NewLine, failures.Concat(problems.Select(p => p.ToString())).Take(10)));
        }

        return findings;
    }
}
