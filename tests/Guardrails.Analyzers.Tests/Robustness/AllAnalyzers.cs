using System.Collections.Concurrent;
using System.Collections.Immutable;
using Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer and suppressor in Guardrails.Analyzers, found by reflection so that a new one is covered without
/// touching these tests, and a run of all of them over a compilation as the compiler does it.
/// </summary>
internal static class AllAnalyzers
{
    public static ImmutableArray<Type> Types { get; } = typeof(BannedApiAnalyzer).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>New instances: analyzers keep no state between compilations, but a fresh set rules that out too.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        Types.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    /// <summary>
    /// Runs every analyzer and suppressor concurrently and collects what the driver reports, including suppressed
    /// findings and any exception an analyzer callback lets escape (which the compiler would report as AD0001).
    /// </summary>
    public static async Task<AnalyzerRun> RunAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentQueue<AnalyzerFailure>();
        var diagnostics = await WithAnalyzers(compilation, options, failures).GetAllDiagnosticsAsync(cancellationToken);
        return new AnalyzerRun(diagnostics, failures.ToImmutableArray());
    }

    /// <summary>
    /// The compilation with every analyzer (and <paramref name="extraAnalyzers"/>) attached, as the compiler runs them. With
    /// <paramref name="failures"/>, the driver hands each exception that escapes a callback to it (and reports no AD0001);
    /// without, it reports AD0001, as the compiler does.
    /// </summary>
    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation, AnalyzerOptions options, ConcurrentQueue<AnalyzerFailure>? failures, params DiagnosticAnalyzer[] extraAnalyzers)
    {
        var driverOptions = new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: failures is null ? null : (exception, analyzer, diagnostic) => failures.Enqueue(new AnalyzerFailure(analyzer, exception, diagnostic)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: true);
        return compilation.WithAnalyzers(Create().AddRange(extraAnalyzers), driverOptions);
    }
}

internal sealed record AnalyzerFailure(DiagnosticAnalyzer Analyzer, Exception Exception, Diagnostic Diagnostic)
{
    public override string ToString() => Analyzer.GetType().Name + ": " + Exception;

    /// <summary>
    /// The driver's own race after cancellation (dotnet/roslyn AnalyzerDriver): once cancelled, it completes its diagnostic
    /// queue while callbacks on other threads still run, and their next <c>ReportDiagnostic</c> throws
    /// <see cref="InvalidOperationException"/> from inside Roslyn's <c>AsyncQueue.Enqueue</c>. The exception starts in
    /// Roslyn's queue, not in the analyzer, and is reported only for a run that has been cancelled and whose results are
    /// discarded. Anything thrown elsewhere is not this.
    /// </summary>
    public bool IsDriverQueueCompletedAfterCancellation()
    {
        if (Exception is not InvalidOperationException)
        {
            return false;
        }

        var frames = new System.Diagnostics.StackTrace(Exception).GetFrames();
        var thrower = frames.Length == 0 ? null : frames[0].GetMethod()?.DeclaringType;
        return thrower is { Namespace: "Microsoft.CodeAnalysis.Diagnostics", Name: "AsyncQueue`1" }
            && frames.Any(f => f.GetMethod()?.Name == nameof(SymbolAnalysisContext.ReportDiagnostic));
    }
}

internal sealed record AnalyzerRun(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<AnalyzerFailure> Failures)
{
    /// <summary>The driver's report of an exception that escaped an analyzer.</summary>
    public const string AnalyzerExceptionId = "AD0001";

    /// <summary>Neither an exception in a callback nor an AD0001 (which a driver without an exception handler reports instead).</summary>
    public void AssertNoAnalyzerFailed(string what)
    {
        Assert.True(Failures.IsEmpty, "An analyzer threw on " + what + ":\n" + string.Join("\n\n", Failures));
        var reported = Diagnostics.Where(d => d.Id == AnalyzerExceptionId).ToList();
        Assert.True(reported.Count == 0, "The driver reported analyzer exceptions on " + what + ":\n" + string.Join("\n\n", reported));
    }

    /// <summary>Guardrails findings by rule ID, suppressed ones included.</summary>
    public ImmutableSortedDictionary<string, int> FindingsByRule() => Diagnostics
        .Where(d => d.Id.StartsWith("GR", StringComparison.Ordinal))
        .GroupBy(d => d.Id)
        .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
