using System.Collections.Immutable;
using Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Compilations of the corpus with full, reduced or no references (the "missing references" cases).</summary>
internal static class CorpusCompilation
{
    /// <summary>The newest language the compiler in the test process knows, with documentation comments parsed (crefs are analysed).</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Preview, DocumentationMode.Diagnose);

    /// <summary>The .NET 8 reference assemblies, the oldest SDK the analyzers support.</summary>
    public static Task<ImmutableArray<MetadataReference>> Net80Async() =>
        TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

    /// <summary>Only System.Runtime: System.Object and friends resolve, Process, File's deletion, LINQ and the rest do not.</summary>
    public static async Task<ImmutableArray<MetadataReference>> SystemRuntimeOnlyAsync()
    {
        var all = await Net80Async();
        var runtime = all.Where(r => string.Equals(Path.GetFileName((r as PortableExecutableReference)?.FilePath), "System.Runtime.dll", StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        Assert.Single(runtime);
        return runtime;
    }

    public static CSharpCompilation Create(
        string? assemblyName, IEnumerable<CorpusFile> files, IEnumerable<MetadataReference> references, OutputKind outputKind = OutputKind.ConsoleApplication, bool allowUnsafe = true) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path)),
            references,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: allowUnsafe, concurrentBuild: true)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { [MissingXmlComment] = ReportDiagnostic.Suppress }));

    /// <summary>CS1591, which documentation comments in Diagnose mode would report on every public member.</summary>
    private const string MissingXmlComment = "CS1591";
}
