using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// The generated solution compiled: <c>Contoso.Orders</c> and <c>Contoso.Orders.Tests</c>, which references the
/// application's reference assembly as a project reference does. Both get the analyzer config the policy task writes.
/// </summary>
internal sealed class GeneratedSolution
{
    /// <summary>The size the performance budget is stated for.</summary>
    public const int MinimumLines = 200_000;

    private GeneratedSolution(IReadOnlyList<SolutionProject> projects, ExpectedFindings expected)
    {
        Projects = projects;
        Expected = expected;
    }

    public IReadOnlyList<SolutionProject> Projects { get; }

    public ExpectedFindings Expected { get; }

    public int Files => Projects.Sum(p => p.Sources.Count);

    public int Lines => Projects.Sum(p => p.Lines);

    public string Description => Projects.Count + " projects, " + Files.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " files, "
        + Lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " lines ("
        + string.Join(", ", Projects.Select(p => p.Name + " " + p.Lines.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))) + ")";

    public static GeneratedSolution Create()
    {
        var (application, tests, expected) = SolutionCorpus.Generate();
        var app = Project("Contoso.Orders", application, SolutionReferences.Application);
        var testReferences = SolutionReferences.Application.AddRange(SolutionReferences.Xunit).Add(ReferenceAssembly(app.Compilation));
        var testProject = Project("Contoso.Orders.Tests", tests, testReferences);
        return new GeneratedSolution(new[] { app, testProject }, expected);
    }

    /// <summary>Throws unless every project compiles without errors and the solution has at least <see cref="MinimumLines"/> lines.</summary>
    public void RequireCompiles()
    {
        if (Lines < MinimumLines)
        {
            throw new InvalidOperationException("The generated solution has " + Lines + " lines; the budget is stated for at least " + MinimumLines + ".");
        }

        foreach (var project in Projects)
        {
            var errors = project.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count != 0)
            {
                throw new InvalidOperationException(project.Name + " does not compile (" + errors.Count + " errors):" + Environment.NewLine
                    + string.Join(Environment.NewLine, errors.Take(10)));
            }
        }
    }

    /// <summary>
    /// Compiles every project as a build does, on one thread (<see cref="SolutionProject.SingleThreaded"/>) and from a
    /// fresh clone (no bound state carried over): binding, lowering and emitting the assembly and its portable PDB to
    /// memory. Returns the bytes written.
    /// </summary>
    public long Emit()
    {
        long bytes = 0;
        foreach (var project in Projects)
        {
            using var assembly = new MemoryStream();
            using var symbols = new MemoryStream();
            var result = project.SingleThreaded.Clone().Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            if (!result.Success)
            {
                throw new InvalidOperationException(project.Name + " failed to emit: " + string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
            }

            bytes += assembly.Length + symbols.Length;
        }

        return bytes;
    }

    private static SolutionProject Project(string name, IReadOnlyList<SourceFile> sources, IEnumerable<MetadataReference> references)
    {
        var config = SolutionPolicy.AnalyzerConfig(sources);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), SolutionCorpus.ParseOptions, s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            name,
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithSpecificDiagnosticOptions(config.GlobalConfigOptions.TreeOptions));
        return new SolutionProject(name, sources, compilation, config);
    }

    private static MetadataReference ReferenceAssembly(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: new EmitOptions(metadataOnly: true));
        if (!result.Success)
        {
            throw new InvalidOperationException(compilation.AssemblyName + " failed to emit its reference assembly: " + string.Join(Environment.NewLine, result.Diagnostics.Take(10)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
