using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Guardrails.Analyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// This repository's projects as compilations, with just enough of MSBuild to bind most of the code: the project folder's
/// sources and the shared sources it links (<c>Compile Include</c>), the projects it references (as compilations), its
/// <c>InternalsVisibleTo</c> items, and the SDK's implicit usings for the test projects. References are the running
/// runtime's assemblies and the ones next to this test; packages beyond those (MSBuild, System.CommandLine...) stay
/// unresolved, which is the "missing references" case on real code.
/// </summary>
internal sealed class RepositoryProjects
{
    private static readonly Regex ProjectReference = new(@"<ProjectReference\s+Include=""(?<path>[^""]+)""(?<rest>[^>]*)>", RegexOptions.CultureInvariant);
    private static readonly Regex CompileInclude = new(@"<Compile\s+Include=""(?<path>[^""]+)""", RegexOptions.CultureInvariant);
    private static readonly Regex ExecutableOutput = new(@"<OutputType>\s*(Exe|WinExe)\s*</OutputType>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex InternalsVisibleTo = new(@"<InternalsVisibleTo\s+Include=""(?<name>[^""]+)""", RegexOptions.CultureInvariant);

    private static readonly string[] ImplicitUsings =
    {
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    };

    private readonly ImmutableArray<MetadataReference> _references = RuntimeAndTestAssemblies();
    private readonly Dictionary<string, CSharpCompilation> _compiled = new(StringComparer.Ordinal);

    /// <summary>Every project file under src/ and tests/, in path order.</summary>
    public static ImmutableArray<string> ProjectFiles() =>
        new[] { "src", "tests" }
            .Select(root => Path.Combine(RepositoryFiles.Root, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(RepositoryFiles.Root, path)))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>Every C# file under src/ and tests/ that is not build output.</summary>
    public static ImmutableArray<string> SourceFiles() =>
        new[] { "src", "tests" }
            .Select(root => Path.Combine(RepositoryFiles.Root, root))
            .Where(Directory.Exists)
            .SelectMany(root => SourcesUnder(root))
            .ToImmutableArray();

    /// <summary>The project's compilation (built once; referenced projects are built first).</summary>
    public CSharpCompilation Compile(string projectFile)
    {
        if (_compiled.TryGetValue(projectFile, out var known))
        {
            return known;
        }

        var project = File.ReadAllText(projectFile);
        var folder = Path.GetDirectoryName(projectFile)!;
        var name = Path.GetFileNameWithoutExtension(projectFile);
        var files = SourcesUnder(folder)
            .Concat(CompileInclude.Matches(project).SelectMany(m => LinkedSources(folder, m.Groups["path"].Value)))
            .Distinct(StringComparer.Ordinal)
            .Select(path => new CorpusFile(path, File.ReadAllText(path)))
            .Append(new CorpusFile(Path.Combine(folder, "obj", name + ".Generated.cs"), GeneratedSource(projectFile, project)));

        // Guarded against a reference cycle (MSBuild rejects one; a half-edited project file might still have it).
        _compiled[projectFile] = CorpusCompilation.Create(name, Array.Empty<CorpusFile>(), _references, OutputKind.DynamicallyLinkedLibrary);
        // Project references are transitive, as in the SDK: a referenced project's own project references come along.
        var referenced = ProjectReference.Matches(project)
            .Where(m => !m.Groups["rest"].Value.Contains("ReferenceOutputAssembly=\"false\"", StringComparison.OrdinalIgnoreCase))
            .Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups["path"].Value.Replace('\\', Path.DirectorySeparatorChar))))
            .Where(File.Exists)
            .Select(Compile)
            .ToList();
        var references = _references.AddRange(
            referenced.Select(c => (MetadataReference)c.ToMetadataReference())
                .Concat(referenced.SelectMany(c => c.References.OfType<CompilationReference>()))
                .DistinctBy(r => ((CompilationReference)r).Compilation.AssemblyName));
        var compilation = CorpusCompilation.Create(name, files, references, ExecutableOutput.IsMatch(project) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary);
        _compiled[projectFile] = compilation;
        return compilation;
    }

    /// <summary>What the SDK generates into obj/: the InternalsVisibleTo attributes and, for the test projects, the implicit usings.</summary>
    private static string GeneratedSource(string projectFile, string project)
    {
        var lines = InternalsVisibleTo.Matches(project)
            .Select(m => "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"" + m.Groups["name"].Value + "\")]")
            .ToList();
        if (Path.GetRelativePath(RepositoryFiles.Root, projectFile).StartsWith("tests", StringComparison.Ordinal))
        {
            lines.AddRange(ImplicitUsings.Select(ns => "global using global::" + ns + ";"));
            if (project.Contains("\"xunit\"", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add("global using global::Xunit;");
            }
        }

        return "// <auto-generated/>\n" + string.Join("\n", lines) + "\n";
    }

    /// <summary><c>..\Guardrails.Shared\**\*.cs</c>: the folder before the first wildcard, searched for C# files.</summary>
    private static IEnumerable<string> LinkedSources(string folder, string include)
    {
        var pattern = include.Replace('\\', '/');
        var wildcard = pattern.IndexOf('*', StringComparison.Ordinal);
        var root = Path.GetFullPath(Path.Combine(folder, wildcard < 0 ? pattern : pattern.Substring(0, wildcard)));
        return wildcard < 0 ? (File.Exists(root) ? new[] { root } : Array.Empty<string>()) : (Directory.Exists(root) ? SourcesUnder(root) : Array.Empty<string>());
    }

    private static IEnumerable<string> SourcesUnder(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(Path.GetRelativePath(folder, path)))
            .OrderBy(path => path, StringComparer.Ordinal);

    private static bool IsBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>
    /// The running runtime's assemblies (Roslyn here needs a newer System.Runtime than the .NET 8 reference pack has) and the
    /// test's own dependencies (Roslyn, xUnit, the testing libraries), but not this repository's assemblies: those are compiled.
    /// </summary>
    private static ImmutableArray<MetadataReference> RuntimeAndTestAssemblies()
    {
        var runtime = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => !path.StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal))
            .ToList();
        var names = new HashSet<string>(runtime.Select(path => Path.GetFileName(path)), StringComparer.OrdinalIgnoreCase);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(path => !names.Contains(Path.GetFileName(path)) && !Path.GetFileName(path).StartsWith("Guardrails.", StringComparison.Ordinal));
        return runtime
            .Concat(local)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
