using System.Collections.Immutable;
using System.Globalization;
using Guardrails.Analyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Every analyzer over this repository's own source, one compilation per project (see <see cref="RepositoryProjects"/>):
/// real code, partly unbound where a package is not at hand, and whatever state the working tree is in.
/// </summary>
public class OwnSourceTests
{
    private readonly ITestOutputHelper _output;

    public OwnSourceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task AllAnalyzers_OnThisRepositorysSource_NeverThrow()
    {
        var projects = new RepositoryProjects();
        var analyzed = new HashSet<string>(StringComparer.Ordinal);

        foreach (var projectFile in RepositoryProjects.ProjectFiles())
        {
            var compilation = projects.Compile(projectFile);
            var run = await AllAnalyzers.RunAsync(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None);

            run.AssertNoAnalyzerFailed(projectFile);
            analyzed.UnionWith(compilation.SyntaxTrees.Select(t => t.FilePath));
            var errors = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            _output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{compilation.AssemblyName}: {compilation.SyntaxTrees.Count()} files, {errors} compiler errors, findings: {string.Join(", ", run.FindingsByRule().Select(p => p.Key + "=" + p.Value))}"));
        }

        // Files no project compiles are dead code, not this test's business; they are listed so a broken walk shows.
        foreach (var missed in RepositoryProjects.SourceFiles().Where(path => !analyzed.Contains(path)))
        {
            _output.WriteLine("Not in any project: " + missed);
        }

        Assert.True(analyzed.Count >= 100, "Only " + analyzed.Count + " source files found under " + RepositoryFiles.Root);
        Assert.Contains(analyzed, path => path.EndsWith(Path.Combine("Guardrails.Analyzers", "Descriptors.cs"), StringComparison.Ordinal));
    }
}
