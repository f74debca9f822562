using System.Collections.Immutable;
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
/// options, parse options, its .editorconfig and global configs, additional files), with the sources its generators
/// produced in that build (as the compiler wrote them: running the generators here would need each generator to load on
/// the benchmark's Roslyn, and some are built against a newer one), plus what the Guardrails package adds: the policy's
/// global analyzer config and the banned-API list.
/// </summary>
internal sealed class RealProject
{
    private RealProject(string name, string framework, CSharpCompilation compilation, AnalyzerOptions options, int lines, int generatedTrees, IReadOnlyList<string> configProblems)
    {
        Name = name;
        Framework = framework;
        Compilation = compilation;
        SingleThreaded = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
        Options = options;
        Lines = lines;
        GeneratedTrees = generatedTrees;
        ConfigProblems = configProblems;
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

    /// <summary>What Roslyn reported reading the project's analyzer config files.</summary>
    public IReadOnlyList<string> ConfigProblems { get; }

    public static RealProject Load(RealCodeSettings settings, string project)
    {
        var (arguments, directory, framework, generatedFolder) = CompilerCommandLineCapture.Get(settings, project);
        var args = CSharpCommandLineParser.Default.Parse(arguments, directory, RuntimeEnvironment.GetRuntimeDirectory(), additionalReferenceDirectories: null);
        var errors = args.Errors.Where(e => e.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count != 0)
        {
            throw new InvalidOperationException("The captured command line of " + project + " does not parse: " + string.Join("; ", errors.Take(5)));
        }

        var sources = args.SourceFiles.Select(f => f.Path).ToList();
        var generated = Directory.Exists(generatedFolder)
            ? Directory.GetFiles(generatedFolder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : new List<string>();
        var files = sources.Concat(generated).ToList();
        var trees = new SyntaxTree[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            using var stream = File.OpenRead(files[i]);
            var text = SourceText.From(stream, args.Encoding, args.ChecksumAlgorithm);
            trees[i] = CSharpSyntaxTree.ParseText(text, args.ParseOptions, files[i]);
        });
        var lines = trees.Take(sources.Count).Sum(t => t.GetText().Lines.Count);

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

        var problems = configDiagnostics.Select(d => "analyzer config: " + d).ToList();
        var options = new AnalyzerOptions(additional.AddRange(RealCodePolicy.BannedList()), optionsProvider);
        return new RealProject(Path.GetFileNameWithoutExtension(project), framework, compilation, options, lines, generated.Count, problems);
    }

    /// <summary>Compiler errors, generated sources included (warnings are the repository's business).</summary>
    public IReadOnlyList<Diagnostic> Errors() => Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
}
