using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The fair baseline for GR2004: the same registrations (symbol actions on the same symbol kinds, a syntax node action
/// on attribute lists) with callbacks that do nothing. It pays for everything GR2004 makes the driver do (binding the
/// compilation, symbol and syntax events) but not for GR2004's own callbacks.
/// </summary>
#pragma warning disable RS1036, RS1041
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer() : BaselineAnalyzer("BENCH0002")
{
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSymbolAction(
            static _ => { },
            SymbolKind.NamedType,
            SymbolKind.Method,
            SymbolKind.Property,
            SymbolKind.Event,
            SymbolKind.Field);
        context.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.AttributeList);
    }
}
#pragma warning restore RS1036, RS1041
