using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// The IDE-typing path on real code: one document is edited (a line inserted at its middle, different each invocation),
/// the project's compilation gets the new tree (<see cref="Compilation.ReplaceSyntaxTree"/>, as the IDE forks its
/// compilation per edit; the old compilation was fully bound beforehand), and a new <see cref="CompilationWithAnalyzers"/>
/// re-analyses that one document: <see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, TextSpan?, CancellationToken)"/>.
/// That includes each analyzer's per-compilation set-up (compilation-start actions), which the IDE pays on every edit.
/// The document is <c>GUARDRAILS_BENCH_DOCUMENT</c> or the first project's largest source file.
/// </summary>
/// <remarks>
/// Run: as <see cref="RealCodeAnalyzerBenchmarks"/> with <c>--filter '*RealCodeIde*'</c>. The cases are the no-op baseline,
/// RS0030, every Guardrails analyzer and all of them (<c>GUARDRAILS_BENCH_ANALYZERS</c> restricts them). The suite's
/// ShortRun job (3 warm-up, 3 measured invocations); the published runs ask for more on the command line
/// (<c>--iterationCount 8</c>).
/// </remarks>
[MemoryDiagnoser]
public class RealCodeIdeBenchmarks
{
    private RealProject _project = null!;
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _tree = null!;
    private SourceText _text = null!;
    private int _position;
    private int _edits;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [ParamsSource(nameof(Cases))]
    public string Analyzer { get; set; } = AnalyzerCases.NoOp;

    public static IEnumerable<string> Cases() => AnalyzerCases.All();

    [GlobalSetup]
    public void Setup()
    {
        var repository = RealRepository.Load();
        RealCodeVerification.Require(repository);
        _project = repository.Projects[0];
        _compilation = _project.SingleThreaded;
        var document = repository.Settings.Document;
        _tree = document is null
            ? _compilation.SyntaxTrees
                .Where(t => t.FilePath.StartsWith(repository.Settings.Repository, StringComparison.Ordinal)
                    && !t.FilePath.StartsWith(repository.Settings.WorkFolder, StringComparison.Ordinal)) // not the generated sources kept there
                .MaxBy(t => t.Length)!
            : _compilation.SyntaxTrees.SingleOrDefault(t => t.FilePath == document)
              ?? throw new InvalidOperationException(document + " is not a source file of " + _project.Name + ".");
        _text = _tree.GetText();
        _position = _text.Lines[_text.Lines.Count / 2].Start;
        _analyzers = AnalyzerCases.Create(Analyzer);

        // The IDE's compilation before the edit is bound (the document was open and analysed): bind it all once.
        _ = _compilation.GetDiagnostics();
        Console.WriteLine("// Edited document: " + Path.GetRelativePath(repository.Settings.Repository, _tree.FilePath) + " (" + _text.Lines.Count + " lines) of "
            + _project.Name + "; " + repository.Description);
    }

    [Benchmark(Description = "One document re-analysed after an edit")]
    public async Task<int> AnalyzeEditedDocument()
    {
        var edit = "        // edit " + _edits++ + Environment.NewLine;
        var edited = _tree.WithChangedText(_text.WithChanges(new TextChange(new TextSpan(_position, 0), edit)));
        var compilation = _compilation.ReplaceSyntaxTree(_tree, edited);
        var options = new CompilationWithAnalyzersOptions(_project.Options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var model = compilation.GetSemanticModel(edited);
        var diagnostics = await compilation.WithAnalyzers(_analyzers, options).GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None).ConfigureAwait(false);
        return diagnostics.Length;
    }
}
