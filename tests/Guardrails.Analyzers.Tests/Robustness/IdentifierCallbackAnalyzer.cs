using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// Runs a test's callback on every identifier, next to the Guardrails analyzers: to cancel the run part-way through at a
/// point that does not depend on timing, or to throw and show that the harness notices an exception escaping a callback.
/// </summary>
/// <remarks>A test helper run in-process, never shipped: no netstandard2.0 target (RS1041), release tracking (RS2008) or extended rules (RS1036), and it may live next to Workspaces (RS1038).</remarks>
#pragma warning disable RS1036, RS1038, RS1041, RS2008
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class IdentifierCallbackAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("TEST0001", "Never reported", "Never reported", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly Action<int> _onIdentifier;
    private int _identifiers;

    /// <param name="onIdentifier">Called with the running count of identifiers seen (1-based), from any thread.</param>
    public IdentifierCallbackAnalyzer(Action<int> onIdentifier) => _onIdentifier = onIdentifier;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    /// <summary>Cancels <paramref name="cancellation"/> at the given identifier.</summary>
    public static IdentifierCallbackAnalyzer CancellingAfter(int identifiers, CancellationTokenSource cancellation) =>
        new(count =>
        {
            if (count == identifiers)
            {
                cancellation.Cancel();
            }
        });

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxNodeAction(_ => _onIdentifier(Interlocked.Increment(ref _identifiers)), SyntaxKind.IdentifierName);
    }
}
#pragma warning restore RS1036, RS1038, RS1041, RS2008
