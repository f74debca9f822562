using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Issue 8, "robust at scale": every Guardrails analyzer and suppressor over code that does not compile or is odd, with
/// every policy option set, must neither throw nor make the driver report AD0001, and must still find what is there.
/// </summary>
public class HostileCodeTests
{
    /// <summary>Set to true for a manual stress run with <see cref="CorpusSize.Stress"/> (minutes, not seconds).</summary>
    public const bool UseStressSizes = false;

    private static readonly Lazy<ImmutableArray<CorpusFile>> Corpus =
        new(() => HostileCodeCorpus.Create(UseStressSizes ? CorpusSize.Stress : CorpusSize.Default));

    /// <summary>Without the large files: for the variants that are about missing references, not scale.</summary>
    private static readonly Lazy<ImmutableArray<CorpusFile>> SmallCorpus =
        new(() => Corpus.Value.Where(f => !f.Path.StartsWith(HostileCodeCorpus.Root + "Large/", StringComparison.Ordinal)).Concat(HostileCodeCorpus.Conflicts()).ToImmutableArray());

    private readonly ITestOutputHelper _output;

    public HostileCodeTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task AllAnalyzers_OnTheHostileCorpus_NeverThrow_AndStillReport()
    {
        var files = Corpus.Value;
        var compilation = CorpusCompilation.Create("Corpus", files, await CorpusCompilation.Net80Async());

        var run = await AllAnalyzers.RunAsync(compilation, CorpusOptions.Create(files, CorpusOptions.AdditionalFiles()), CancellationToken.None);

        Describe(files, compilation, run);
        run.AssertNoAnalyzerFailed("the hostile corpus");
        var findings = run.FindingsByRule();
        Assert.All(new[] { "GR1101", "GR2004", "GR3001", "GR3002", "GR4001" }, id => Assert.True(findings.ContainsKey(id), id + " reported nothing on the corpus."));

        // Each analyzer must find something, or the test could pass with analyzers that silently do nothing.
        foreach (var analyzer in AllAnalyzers.Create().Where(a => a is not DiagnosticSuppressor))
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
            Assert.True(ids.Any(findings.ContainsKey), analyzer.GetType().Name + " (" + string.Join(", ", ids) + ") reported nothing on the corpus; add a case to HostileCodeCorpus.");
        }

        Assert.Contains(run.Diagnostics, d => d.Id == "GR2004" && d.IsSuppressed && d.Location.SourceTree?.FilePath == HostileCodeCorpus.Root + "Baseline/Legacy.cs");
    }

    [Fact]
    public async Task AllAnalyzers_WithOnlySystemRuntimeReferenced_AndMalformedOptions_NeverThrow()
    {
        var files = SmallCorpus.Value;
        var compilation = CorpusCompilation.Create(
            "Corpus.Reduced", files, await CorpusCompilation.SystemRuntimeOnlyAsync(), OutputKind.DynamicallyLinkedLibrary, allowUnsafe: false);
        var options = CorpusOptions.Create(files, CorpusOptions.AdditionalFiles(), CorpusOptions.MalformedGlobalOptions);

        var run = await AllAnalyzers.RunAsync(compilation, options, CancellationToken.None);

        Describe(files, compilation, run);
        run.AssertNoAnalyzerFailed("the corpus compiled against System.Runtime alone, with malformed options");
    }

    [Fact]
    public async Task AllAnalyzers_WithNoReferencesOptionsOrAssemblyName_NeverThrow()
    {
        var files = SmallCorpus.Value;
        var compilation = CorpusCompilation.Create(assemblyName: null, files, Enumerable.Empty<MetadataReference>(), OutputKind.NetModule);

        var run = await AllAnalyzers.RunAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None);

        Describe(files, compilation, run);
        run.AssertNoAnalyzerFailed("the corpus without references or options");
    }

    [Fact]
    public async Task AllAnalyzers_AcrossACompilationReference_NeverThrow()
    {
        var library = CorpusCompilation.Create("Corpus.Library", SmallCorpus.Value, await CorpusCompilation.Net80Async(), OutputKind.DynamicallyLinkedLibrary);
        var files = HostileCodeCorpus.Consumer();
        var compilation = CorpusCompilation.Create(
            "Corpus.Consumer", files, (await CorpusCompilation.Net80Async()).Add(library.ToMetadataReference()), OutputKind.DynamicallyLinkedLibrary);

        var run = await AllAnalyzers.RunAsync(compilation, CorpusOptions.Create(files, CorpusOptions.AdditionalFiles()), CancellationToken.None);

        Describe(files, compilation, run);
        run.AssertNoAnalyzerFailed("a project referencing the corpus as a compilation");
        Assert.Contains(run.Diagnostics, d => d.Id == "GR4001" && d.Location.SourceTree?.FilePath == files[0].Path);
    }

    [Fact]
    public async Task TheHarness_SeesAnExceptionThatEscapesACallback_WithOrWithoutAHandler()
    {
        // The checks above pass when nothing throws; this shows they would see it if something did.
        var files = ImmutableArray.Create(new CorpusFile("/repo/src/One.cs", "class One { void M() => M(); }"));
        var compilation = CorpusCompilation.Create("Harness", files, await CorpusCompilation.Net80Async(), OutputKind.DynamicallyLinkedLibrary);
        var options = CorpusOptions.Create(files, CorpusOptions.AdditionalFiles());
        var failures = new ConcurrentQueue<AnalyzerFailure>();

        await AllAnalyzers.WithAnalyzers(compilation, options, failures, Throwing()).GetAllDiagnosticsAsync();
        var withoutHandler = await AllAnalyzers.WithAnalyzers(compilation, options, failures: null, Throwing()).GetAllDiagnosticsAsync();

        Assert.Contains(failures, f => f.Exception is InvalidOperationException { Message: "escaped" });
        Assert.Contains(withoutHandler, d => d.Id == AnalyzerRun.AnalyzerExceptionId);

        static IdentifierCallbackAnalyzer Throwing() => new(_ => throw new InvalidOperationException("escaped"));
    }

    [Fact]
    public void TheCorpusOptions_SetEveryOptionKey_GloballyOrPerFile()
    {
        var keys = typeof(AnalyzerOptionKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var perFile = new[] { AnalyzerOptionKeys.AiGeneratedFile, AnalyzerOptionKeys.ReviewAreaFile };

        Assert.All(keys.Except(perFile), key => Assert.True(CorpusOptions.GlobalOptions.ContainsKey(key), key + " is not set for the corpus."));
        Assert.All(keys.Except(perFile), key => Assert.True(CorpusOptions.MalformedGlobalOptions.ContainsKey(key), key + " has no malformed value."));
        Assert.Contains(Corpus.Value, f => f.AiGenerated);
        Assert.Contains(Corpus.Value, f => f.ReviewAreas is not null);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    [InlineData(5_000)]
    public async Task Cancellation_PartWayThrough_SurfacesOnlyOperationCanceledException(int callbacksBeforeCancelling)
    {
        var files = Corpus.Value;
        var compilation = CorpusCompilation.Create("Corpus.Cancelled", files, await CorpusCompilation.Net80Async());
        using var cancellation = new CancellationTokenSource();
        if (callbacksBeforeCancelling == 0)
        {
            await cancellation.CancelAsync();
        }

        var failures = new ConcurrentQueue<AnalyzerFailure>();
        var analysis = AllAnalyzers.WithAnalyzers(
            compilation, CorpusOptions.Create(files, CorpusOptions.AdditionalFiles()), failures, IdentifierCallbackAnalyzer.CancellingAfter(callbacksBeforeCancelling, cancellation));

        var thrown = await Record.ExceptionAsync(() => analysis.GetAllDiagnosticsAsync(cancellation.Token));

        Assert.True(cancellation.IsCancellationRequested, "The run ended before " + callbacksBeforeCancelling + " callbacks; cancel earlier.");
        Assert.IsAssignableFrom<OperationCanceledException>(thrown);
        Assert.All(
            failures.Where(failure => !failure.IsDriverQueueCompletedAfterCancellation()),
            failure => Assert.IsAssignableFrom<OperationCanceledException>(failure.Exception));
    }

    [Fact]
    public void TheDriverQueueRace_IsRecognisedOnlyWhenRoslynsQueueThrowsFromReportDiagnostic()
    {
        var analyzer = new IdentifierCallbackAnalyzer(_ => { });
        var ours = Assert.Throws<InvalidOperationException>(() => ThrowFromHere("Cannot call Enqueue when the queue is already completed."));

        Assert.False(new AnalyzerFailure(analyzer, ours, null!).IsDriverQueueCompletedAfterCancellation());
        Assert.False(new AnalyzerFailure(analyzer, new OperationCanceledException(), null!).IsDriverQueueCompletedAfterCancellation());
        Assert.True(new AnalyzerFailure(analyzer, CompletedQueueReport(), null!).IsDriverQueueCompletedAfterCancellation());

        static void ThrowFromHere(string message) => throw new InvalidOperationException(message);
    }

    /// <summary>Provokes the real race deterministically: a diagnostic reported through a driver whose queue is complete.</summary>
    private static Exception CompletedQueueReport()
    {
        var queueType = typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.Diagnostics.AsyncQueue`1", throwOnError: true)!
            .MakeGenericType(typeof(Diagnostic));
        var queue = Activator.CreateInstance(queueType, nonPublic: true)!;
        queueType.GetMethod("Complete", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)!.Invoke(queue, null);
        var enqueue = (Action<Diagnostic>)Delegate.CreateDelegate(
            typeof(Action<Diagnostic>), queue, queueType.GetMethod("Enqueue", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!);
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { }");
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Race", [tree]);
        var symbol = compilation.GetTypeByMetadataName("C")!;
#pragma warning disable CS0618 // Obsolete for analyzer hosts; here it is the one public way to route ReportDiagnostic into Roslyn's queue.
        var context = new SymbolAnalysisContext(
            symbol, compilation, new AnalyzerOptions([]),
            enqueue, _ => true, CancellationToken.None);
#pragma warning restore CS0618
        try
        {
            context.ReportDiagnostic(Diagnostic.Create("GR9999", "Test", "m", DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, true, 1));
        }
        catch (InvalidOperationException e)
        {
            return e;
        }

        throw new InvalidOperationException("Roslyn's completed queue accepted a diagnostic; the race this test models is gone.");
    }

    private void Describe(ImmutableArray<CorpusFile> files, Compilation compilation, AnalyzerRun run)
    {
        var lines = files.Sum(f => f.Text.Count(c => c == '\n') + 1);
        var errors = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("GR", StringComparison.Ordinal));
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{compilation.AssemblyName}: {files.Length} files, {lines} lines, {compilation.References.Count()} references, {errors} compiler errors"));
        _output.WriteLine("Analyzers: " + string.Join(", ", AllAnalyzers.Types.Select(t => t.Name)));
        foreach (var (id, count) in run.FindingsByRule())
        {
            var suppressed = run.Diagnostics.Count(d => d.Id == id && d.IsSuppressed);
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id}: {count} ({suppressed} suppressed)"));
        }
    }
}
