using System.Collections.Immutable;
using System.Globalization;
using Guardrails.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// The code fixes run in the IDE on whatever the developer has open, compiling or not. Over the hostile corpus, every
/// Guardrails code fix is offered for the findings it can fix (a few per rule in every file), and each offered fix is
/// computed: none may throw, and none may leave the file with more syntax errors than it had.
/// </summary>
public class CodeFixesOnTheCorpusTests
{
    private static readonly ImmutableArray<CodeFixProvider> Fixes = typeof(MarkAsReviewedCodeFix).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false } && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private const int FindingsPerRuleAndFile = 3;

    private readonly ITestOutputHelper _output;

    public CodeFixesOnTheCorpusTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task EveryCodeFix_OnFindingsInEveryCorpusFile_NeverThrows_AndAddsNoSyntaxError()
    {
        var files = HostileCodeCorpus.Create(CorpusSize.Default);
        var references = await CorpusCompilation.Net80Async();
        var run = await AllAnalyzers.RunAsync(
            CorpusCompilation.Create("Corpus.Fixes", files, references), CorpusOptions.Create(files, CorpusOptions.AdditionalFiles()), CancellationToken.None);
        using var workspace = new AdhocWorkspace();
        var project = CreateProject(workspace, files, references);

        var applied = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fix in Fixes)
        {
            // Up to three findings per rule and file: every kind of file in the corpus (broken, huge, deeply nested,
            // generated) is covered without computing thousands of near-identical fixes on the large generated files.
            var fixable = run.Diagnostics
                .Where(d => !d.IsSuppressed && fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
                .GroupBy(d => (d.Id, d.Location.SourceTree!.FilePath))
                .SelectMany(g => g.Take(FindingsPerRuleAndFile))
                .ToList();
            foreach (var diagnostic in fixable)
            {
                var document = project.Documents.Single(d => d.FilePath == diagnostic.Location.SourceTree!.FilePath);
                foreach (var action in await OfferedAsync(fix, document, diagnostic))
                {
                    var changed = await ApplyAsync(action, document);
                    Assert.True(
                        Errors(changed) <= Errors((await document.GetSyntaxTreeAsync())!),
                        fix.GetType().Name + " on " + diagnostic + " added syntax errors:\n" + string.Join("\n", changed.GetDiagnostics().Where(IsError)));
                    applied[fix.GetType().Name + " " + diagnostic.Id] = applied.GetValueOrDefault(fix.GetType().Name + " " + diagnostic.Id) + 1;
                }
            }
        }

        foreach (var (key, count) in applied.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}: {count} fixes computed"));
        }

        // Every code fix was exercised, on more than a handful of findings: a corpus without fixable findings proves nothing.
        Assert.All(Fixes, fix => Assert.True(
            applied.Where(p => p.Key.StartsWith(fix.GetType().Name + " ", StringComparison.Ordinal)).Sum(p => p.Value) >= 5,
            fix.GetType().Name + " was computed on fewer than 5 findings of the corpus."));
    }

    private static Project CreateProject(AdhocWorkspace workspace, ImmutableArray<CorpusFile> files, ImmutableArray<MetadataReference> references)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId, VersionStamp.Default, "Corpus.Fixes", "Corpus.Fixes", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true),
                parseOptions: CorpusCompilation.ParseOptions,
                metadataReferences: references))
            .AddAnalyzerConfigDocument(
                DocumentId.CreateNewId(projectId),
                ".globalconfig",
                SourceText.From("is_global = true\n" + string.Join("\n", CorpusOptions.GlobalOptions.Select(o => o.Key + " = " + o.Value)) + "\n"),
                filePath: "/repo/.globalconfig");
        foreach (var file in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(file.Path), SourceText.From(file.Text), filePath: file.Path);
        }

        Assert.True(workspace.TryApplyChanges(solution), "The corpus project could not be added to the workspace.");
        return workspace.CurrentSolution.GetProject(projectId)!;
    }

    private static async Task<List<CodeAction>> OfferedAsync(CodeFixProvider fix, Document document, Diagnostic diagnostic)
    {
        var offered = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => offered.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        return offered;
    }

    private static async Task<SyntaxTree> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var apply = Assert.Single(operations.OfType<ApplyChangesOperation>());
        var changed = apply.ChangedSolution.GetDocument(document.Id);
        Assert.NotNull(changed);
        return (await changed.GetSyntaxTreeAsync())!;
    }

    private static int Errors(SyntaxTree tree) => tree.GetDiagnostics().Count(IsError);

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error;
}
