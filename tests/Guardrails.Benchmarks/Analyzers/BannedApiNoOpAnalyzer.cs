using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The baseline for the banned-API benchmarks: BannedApiAnalyzers' registrations (at compilation start, operation actions
/// on the same 14 operation kinds, syntax actions on crefs and base lists) with callbacks that do nothing. It pays for
/// binding the compilation and building the operation trees, which any banned-API analyzer needs, but no matching.
/// </summary>
/// <remarks>Not a shipped analyzer: see <see cref="EmptyAnalyzer"/> for the suppressed rules.</remarks>
#pragma warning disable RS1036, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedApiNoOpAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Descriptor = new(
        "BENCH0003",
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
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationAction(
                static _ => { },
                OperationKind.ObjectCreation,
                OperationKind.Invocation,
                OperationKind.EventReference,
                OperationKind.FieldReference,
                OperationKind.MethodReference,
                OperationKind.PropertyReference,
                OperationKind.ArrayCreation,
                OperationKind.AddressOf,
                OperationKind.Conversion,
                OperationKind.UnaryOperator,
                OperationKind.BinaryOperator,
                OperationKind.Increment,
                OperationKind.Decrement,
                OperationKind.TypeOf);
            start.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.XmlCrefAttribute);
            start.RegisterSyntaxNodeAction(static _ => { }, SyntaxKind.BaseList);
        });
    }
}
#pragma warning restore RS1036, RS1041, RS2008
