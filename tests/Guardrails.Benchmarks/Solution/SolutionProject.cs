using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guardrails.Benchmarks.Solution;

/// <summary>One project of the generated solution: its sources, its compilation and the analyzer config the policy gives it.</summary>
internal sealed record SolutionProject(string Name, IReadOnlyList<SourceFile> Sources, CSharpCompilation Compilation, AnalyzerConfigSet AnalyzerConfig)
{
    public int Lines => SolutionCorpus.Lines(Sources);

    /// <summary>
    /// The same compilation built on one thread (<c>concurrentBuild: false</c>): what the budget measurements use, so that
    /// neither the compile time nor the analyzers' callback times include waiting for a core taken by another thread of
    /// the same process.
    /// </summary>
    public CSharpCompilation SingleThreaded { get; } = Compilation.WithOptions(Compilation.Options.WithConcurrentBuild(false));
}
