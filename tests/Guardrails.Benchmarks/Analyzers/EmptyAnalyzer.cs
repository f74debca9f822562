using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// An analyzer that registers nothing. With no actions the driver has nothing to run, so it does not even bind the
/// compilation: this measures the fixed cost of CompilationWithAnalyzers, not of analysing code. The fair baseline for
/// GR2004 is <see cref="NoOpAnalyzer"/>.
/// </summary>
#pragma warning disable RS1036, RS1041
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer() : BaselineAnalyzer("BENCH0001")
{
    protected override void Register(AnalysisContext context)
    {
    }
}
#pragma warning restore RS1036, RS1041
