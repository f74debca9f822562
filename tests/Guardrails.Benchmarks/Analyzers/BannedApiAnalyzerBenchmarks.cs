using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// GR1101 against BannedApiAnalyzers (RS0030, loaded from its package) on the same generated compilation (the GR2004
/// corpus plus 20 legacy files, ~57k lines) with the same 30-entry BannedSymbols.txt, and a no-op analyzer with RS0030's
/// registrations as the baseline (binding and operation trees, no matching). Every invocation builds a new
/// CompilationWithAnalyzers (it caches its results).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)] // Each invocation takes seconds; the jitting invocations already warm the code up.
[IterationCount(5)]
public class BannedApiAnalyzerBenchmarks
{
    private readonly DiagnosticAnalyzer _noOp = new BannedApiNoOpAnalyzer();
    private readonly DiagnosticAnalyzer _gr1101 = new BannedApiAnalyzer();
    private DiagnosticAnalyzer _rs0030 = null!;
    private CSharpCompilation _compilation = null!;
    private AnalyzerOptions _options = null!;

    [GlobalSetup(Targets = new[] { nameof(NoOpAnalyzer), nameof(Rs0030) })]
    public void Setup() => CreateCompilation();

    /// <summary>
    /// Runs once, for the GR1101 benchmark: the corpus compiles, both analyzers find the planted uses, GR1101 reports every
    /// location RS0030 reports, and the driver's own timing of each analyzer's callbacks over nine interleaved warm runs.
    /// </summary>
    [GlobalSetup(Target = nameof(Gr1101))]
    public void SetupAndCheck()
    {
        var corpus = CreateCompilation();
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The generated corpus does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(10)));
        }

        var timed = new CompilationWithAnalyzersOptions(_options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var peer = _compilation.WithAnalyzers(ImmutableArray.Create(_rs0030), timed).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var ours = _compilation.WithAnalyzers(ImmutableArray.Create(_gr1101), timed).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var peerUses = peer.Where(d => d.Id == "RS0030").ToList();
        var ourUses = ours.Where(d => d.Id == "GR1101").ToList();
        var ourLocations = ourUses.Select(d => (d.Location.SourceTree?.FilePath, d.Location.SourceSpan.Start)).ToHashSet();
        var missed = peerUses.Count(d => !ourLocations.Contains((d.Location.SourceTree?.FilePath, d.Location.SourceSpan.Start)));
        if (peerUses.Count == 0 || missed != 0 || ours.Any(d => d.Id is "AD0001" or "GR1102" or "GR1103") || peer.Any(d => d.Id is "AD0001" or "RS0031"))
        {
            throw new InvalidOperationException("Unexpected results: RS0030 " + peerUses.Count + ", GR1101 " + ourUses.Count + ", missed by GR1101 " + missed
                + ", other: " + string.Join(", ", ours.Concat(peer).Where(d => d.Id is not ("RS0030" or "GR1101")).Select(d => d.Id).Distinct()));
        }

        Console.WriteLine("// Corpus: " + corpus.Sources.Count + " files, " + corpus.Lines + " lines. RS0030: " + peerUses.Count
            + " diagnostics at " + peerUses.Select(d => (d.Location.SourceTree?.FilePath, d.Location.SourceSpan.Start)).Distinct().Count()
            + " locations; GR1101: " + ourUses.Count + " at " + ourLocations.Count + " locations (every RS0030 location included).");

        // Interleaved warm runs: the time the driver measured inside each analyzer's own callbacks (summed over threads).
        // On a shared machine single runs swing by a factor of 3; the minimum and the median are what to compare.
        var peerTimes = new List<double>();
        var ourTimes = new List<double>();
        for (var run = 1; run <= TelemetryRuns; run++)
        {
            peerTimes.Add(Milliseconds(_rs0030, timed));
            ourTimes.Add(Milliseconds(_gr1101, timed));
            Console.WriteLine("// Callback time (driver telemetry, warm run " + run + "): RS0030 " + Format(peerTimes[^1]) + " ms, GR1101 " + Format(ourTimes[^1]) + " ms");
        }

        Console.WriteLine("// Callback time over " + TelemetryRuns + " warm runs, min / median: RS0030 " + Format(peerTimes.Min()) + " / " + Format(Median(peerTimes))
            + " ms, GR1101 " + Format(ourTimes.Min()) + " / " + Format(Median(ourTimes)) + " ms");
    }

    private const int TelemetryRuns = 9;

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Format(double milliseconds) => milliseconds.ToString("F1", CultureInfo.InvariantCulture);

    [Benchmark(Baseline = true, Description = "No-op analyzer (RS0030's registrations)")]
    public Task<ImmutableArray<Diagnostic>> NoOpAnalyzer() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_noOp), _options).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "RS0030 BannedApiAnalyzers 5.6.0")]
    public Task<ImmutableArray<Diagnostic>> Rs0030() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_rs0030), _options).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "GR1101 BannedApiAnalyzer")]
    public Task<ImmutableArray<Diagnostic>> Gr1101() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_gr1101), _options).GetAnalyzerDiagnosticsAsync();

    private double Milliseconds(DiagnosticAnalyzer analyzer, CompilationWithAnalyzersOptions options)
    {
        var withAnalyzers = _compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options);
        _ = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
        return telemetry.ExecutionTime.TotalMilliseconds;
    }

    private Corpus CreateCompilation()
    {
        _rs0030 = BannedApiAnalyzersPeer.Create();
        _options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new BannedApiListFile()));
        var corpus = CodeCorpus.GenerateWithLegacyCode();
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Parse);
        var trees = corpus.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)).ToList();
        _compilation = CSharpCompilation.Create(
            "Contoso.Orders",
            trees,
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return corpus;
    }
}
