using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// An analyzer that registers nothing: configured like GR2004 (concurrent, analyses generated code) and declaring one
/// enabled diagnostic, so it is not skipped as suppressed. With no actions the driver has nothing to run, so it does not
/// even bind the compilation: this measures the fixed cost of CompilationWithAnalyzers, not of analysing code. The fair
/// baseline for GR2004 is <see cref="NoOpAnalyzer"/>.
/// </summary>
/// <remarks>
/// Not a shipped analyzer, only an in-process baseline: hence no netstandard2.0 target (RS1041), no extended
/// analyzer rules for the project (RS1036) and no release tracking (RS2008).
/// </remarks>
#pragma warning disable RS1036, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "BENCH0001",
        "Never reported",
        "Never reported",
        "Benchmark",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
    }
}
#pragma warning restore RS1036, RS1041, RS2008
