using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// GR2004 over a ~56k-line, 201-file compilation against two baselines: an analyzer that registers nothing (the driver
/// skips it: the fixed cost of CompilationWithAnalyzers) and one with GR2004's registrations and empty callbacks (binding
/// the compilation and raising the events GR2004 asks for). GR2004 minus the no-op analyzer is GR2004's own cost.
/// A CompilationWithAnalyzers caches its results and forks the compilation (so binding is redone), so every invocation
/// builds a new one from the compilation made in [GlobalSetup].
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)] // Each invocation takes seconds; the two jitting invocations already warm the code up.
[IterationCount(5)] // Binding 56k lines on a busy 2-core machine is noisy; spend the saved warm-up time on measurements.
public class ExcludeFromCodeCoverageAnalyzerBenchmarks
{
    private readonly DiagnosticAnalyzer _gr2004 = new ExcludeFromCodeCoverageJustificationAnalyzer();
    private readonly DiagnosticAnalyzer _empty = new EmptyAnalyzer();
    private readonly DiagnosticAnalyzer _noOp = new NoOpAnalyzer();
    private CSharpCompilation _compilation = null!;

    [GlobalSetup(Targets = new[] { nameof(EmptyAnalyzer), nameof(NoOpAnalyzer) })]
    public void Setup() => CreateCompilation();

    /// <summary>The checks run once, for the GR2004 benchmark: the corpus compiles and GR2004 finds exactly the planted exclusions.</summary>
    [GlobalSetup(Target = nameof(Gr2004))]
    public void SetupAndCheck()
    {
        var corpus = CreateCompilation();
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The generated corpus does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(10)));
        }

        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
        var withAnalyzers = _compilation.WithAnalyzers(ImmutableArray.Create(_gr2004), options);
        var reported = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Count(d => d.Id == "GR2004");
        if (reported != corpus.ExpectedGr2004)
        {
            throw new InvalidOperationException("GR2004 reported " + reported + " diagnostics; the corpus has " + corpus.ExpectedGr2004 + " unjustified exclusions.");
        }

        Console.WriteLine("// Corpus: " + corpus.Sources.Count + " files, " + corpus.Lines + " lines, " + reported + " GR2004 diagnostics.");

        // Warm runs: the time the driver measured inside GR2004's own callbacks (summed over threads). Much less noisy
        // than the difference of two wall-clock means of a multi-second compilation.
        for (var run = 1; run <= 3; run++)
        {
            withAnalyzers = _compilation.WithAnalyzers(ImmutableArray.Create(_gr2004), options);
            _ = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(_gr2004, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine("// GR2004 callback time (driver telemetry, warm run " + run + "): "
                + telemetry.ExecutionTime.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms");
        }
    }

    [Benchmark(Description = "Empty analyzer (registers nothing)")]
    public Task<ImmutableArray<Diagnostic>> EmptyAnalyzer() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_empty)).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Baseline = true, Description = "No-op analyzer (GR2004's registrations)")]
    public Task<ImmutableArray<Diagnostic>> NoOpAnalyzer() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_noOp)).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "GR2004 ExcludeFromCodeCoverageJustificationAnalyzer")]
    public Task<ImmutableArray<Diagnostic>> Gr2004() =>
        _compilation.WithAnalyzers(ImmutableArray.Create(_gr2004)).GetAnalyzerDiagnosticsAsync();

    private Corpus CreateCompilation()
    {
        var corpus = CodeCorpus.Generate();
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
