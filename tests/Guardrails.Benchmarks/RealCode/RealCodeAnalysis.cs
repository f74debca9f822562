using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>Runs an analyzer set over every project of the repository and keeps what went wrong inside the analyzers.</summary>
internal sealed class RealCodeAnalysis
{
    private readonly RealRepository _repository;

    public RealCodeAnalysis(RealRepository repository) => _repository = repository;

    /// <summary>Exceptions thrown in analyzer callbacks (the driver turns them into AD0001).</summary>
    public ConcurrentBag<string> Exceptions { get; } = new();

    /// <summary>
    /// A fresh analysis of every project on one thread (as the budget classes: the telemetry is then time on one thread),
    /// with the driver's per-analyzer telemetry.
    /// </summary>
    public async Task<List<AnalysisResult>> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var results = new List<AnalysisResult>();
        foreach (var project in _repository.Projects)
        {
            var options = new CompilationWithAnalyzersOptions(project.Options, OnException, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            results.Add(await project.SingleThreaded.WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Every finding on every project, suppressed ones included, analysed concurrently as a build does.</summary>
    public List<Diagnostic> Findings(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var findings = new List<Diagnostic>();
        foreach (var project in _repository.Projects)
        {
            var options = new CompilationWithAnalyzersOptions(project.Options, OnException, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
            findings.AddRange(project.Compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        }

        return findings;
    }

    private void OnException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic) =>
        Exceptions.Add(analyzer.GetType().Name + ": " + exception.GetType().Name + " " + exception.Message);
}
