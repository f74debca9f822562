using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The fair baseline for GR2004: the same registrations (symbol actions on the same symbol kinds, a syntax node action
/// on attribute lists, concurrent, generated code analysed) with callbacks that do nothing. It pays for everything
/// GR2004 makes the driver do (binding the compilation, symbol and syntax events) but not for GR2004's own callbacks.
/// </summary>
/// <remarks>Not a shipped analyzer: see <see cref="EmptyAnalyzer"/> for the suppressed rules.</remarks>
#pragma warning disable RS1036, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "BENCH0002",
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
#pragma warning restore RS1036, RS1041, RS2008
