using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// The baseline for the banned-API benchmarks: BannedApiAnalyzers' registrations (at compilation start, operation actions
/// on the same 14 operation kinds, syntax actions on crefs and base lists) with callbacks that do nothing. It pays for
/// binding the compilation and building the operation trees, which any banned-API analyzer needs, but no matching.
/// </summary>
#pragma warning disable RS1036, RS1041
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedApiNoOpAnalyzer() : BaselineAnalyzer("BENCH0003")
{
    protected override void Register(AnalysisContext context) =>
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
#pragma warning restore RS1036, RS1041
