using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using Guardrails.Benchmarks.Solution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// One project of a checkout as the compiler sees it: its captured command line parsed by
/// <see cref="CSharpCommandLineParser"/> and turned into the <see cref="CSharpCompilation"/> (sources, references,
/// options, parse options, its .editorconfig and global configs, additional files), with the source generators of its
/// analyzer references run, plus what the Guardrails package adds: the policy's global analyzer config and the banned-API
/// list.
/// </summary>
internal sealed class RealProject
{
    private RealProject(string name, string framework, CSharpCompilation compilation, AnalyzerOptions options, int lines, int generatedTrees, IReadOnlyList<string> generatorProblems)
    {
        Name = name;
        Framework = framework;
        Compilation = compilation;
        SingleThreaded = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        Options = options;
        Lines = lines;
        GeneratedTrees = generatedTrees;
        GeneratorProblems = generatorProblems;
    }

    public string Name { get; }

    public string Framework { get; }

    /// <summary>The compilation as the build makes it (generated sources included).</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The same compilation bound on one thread: what the measurements use, as the budget classes do.</summary>
    public CSharpCompilation SingleThreaded { get; }

    /// <summary>The project's additional files and analyzer configs, with the Guardrails policy config and the banned-API list.</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Lines of the project's own source files (generated ones not counted).</summary>
    public int Lines { get; }

    public int GeneratedTrees { get; }

    /// <summary>Generators that could not be loaded or threw; the compile-error check says whether that matters.</summary>
    public IReadOnlyList<string> GeneratorProblems { get; }

    public static RealProject Load(RealCodeSettings settings, string project)
    {
        var (arguments, directory, framework) = CompilerCommandLineCapture.Get(settings, project);
        var args = CSharpCommandLineParser.Default.Parse(arguments, directory, RuntimeEnvironment.GetRuntimeDirectory(), additionalReferenceDirectories: null);
        var errors = args.Errors.Where(e => e.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The captured command line of " + project + " does not parse: " + string.Join("; ", errors.Take(5)));
        }

        var sources = args.SourceFiles.Select(f => f.Path).ToList();
        var trees = new SyntaxTree[sources.Count];
        Parallel.For(0, sources.Count, i =>
        {
            using var stream = File.OpenRead(sources[i]);
            var text = SourceText.From(stream, args.Encoding, args.ChecksumAlgorithm);
            trees[i] = CSharpSyntaxTree.ParseText(text, args.ParseOptions, sources[i]);
        });
        var lines = trees.Sum(t => t.GetText().Lines.Count);

        var references = args.MetadataReferences
            .Select(r => (MetadataReference)MetadataReference.CreateFromFile(Path.GetFullPath(Path.Combine(directory, r.Reference)), r.Properties))
            .ToList();

        var configs = args.AnalyzerConfigPaths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToList();
        configs.Add(RealCodePolicy.GlobalConfig(settings.Repository, sources));
        var configSet = AnalyzerConfigSet.Create(configs, out var configDiagnostics);
        var additional = args.AdditionalFiles.Select(f => (AdditionalText)new FileAdditionalText(f.Path)).ToImmutableArray();
        var optionsProvider = new PolicyConfigOptionsProvider(configSet);

        var compilationOptions = args.CompilationOptions
            .WithSyntaxTreeOptionsProvider(new TreeOptionsProvider(configSet))
            .WithSpecificDiagnosticOptions(args.CompilationOptions.SpecificDiagnosticOptions.SetItems(configSet.GlobalConfigOptions.TreeOptions))
            .WithStrongNameProvider(new DesktopStrongNameProvider(args.KeyFileSearchPaths))
            .WithXmlReferenceResolver(new XmlFileResolver(args.BaseDirectory))
            .WithSourceReferenceResolver(new SourceFileResolver(args.SourcePaths, args.BaseDirectory, args.PathMap))
            .WithAssemblyIdentityComparer(DesktopAssemblyIdentityComparer.Default);
        var compilation = CSharpCompilation.Create(args.CompilationName ?? Path.GetFileNameWithoutExtension(project), trees, references, compilationOptions);

        var (withGenerated, generated, problems) = RunGenerators(compilation, args, directory, additional, optionsProvider);
        problems.AddRange(configDiagnostics.Select(d => "analyzer config: " + d));
        var options = new AnalyzerOptions(additional.AddRange(RealCodePolicy.BannedList()), optionsProvider);
        return new RealProject(Path.GetFileNameWithoutExtension(project), framework, withGenerated, options, lines, generated, problems);
    }

    /// <summary>Compiler errors, generated sources included (warnings are the repository's business).</summary>
    public IReadOnlyList<Diagnostic> Errors() => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static (CSharpCompilation Compilation, int Generated, List<string> Problems) RunGenerators(
        CSharpCompilation compilation, CSharpCommandLineArguments args, string directory, ImmutableArray<AdditionalText> additional, AnalyzerConfigOptionsProvider options)
    {
        var problems = new List<string>();
        var loader = new LoadFromAssemblyLoader();
        var generators = new List<ISourceGenerator>();
        foreach (var reference in args.AnalyzerReferences)
        {
            var file = new AnalyzerFileReference(Path.GetFullPath(Path.Combine(directory, reference.FilePath)), loader);
            file.AnalyzerLoadFailed += (_, e) => problems.Add(Path.GetFileName(file.FullPath) + ": " + e.ErrorCode + " " + e.Message);
            generators.AddRange(file.GetGenerators(LanguageNames.CSharp));
        }

        if (generators.Count == 0)
        {
            return (compilation, 0, problems);
        }

        var driver = CSharpGeneratorDriver.Create(generators, additional, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var updated, out var diagnostics);
        problems.AddRange(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS8784" or "CS8785").Select(d => "generator: " + d));
        return ((CSharpCompilation)updated, updated.SyntaxTrees.Count() - compilation.SyntaxTrees.Count(), problems);
    }

    /// <summary>Loads analyzer assemblies into the default context; the benchmark process loads each at most once.</summary>
    private sealed class LoadFromAssemblyLoader : IAnalyzerAssemblyLoader
    {
        private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.Ordinal);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Loaded.GetOrAdd(fullPath, Assembly.LoadFrom);
    }
}
