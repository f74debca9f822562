using System.Collections.Immutable;
using Guardrails.Analyzers.Rules;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// Every concrete analyzer and suppressor in Guardrails.Analyzers, found by reflection so that a new one is measured
/// without touching the benchmarks.
/// </summary>
internal static class GuardrailsAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() => typeof(BannedApiAnalyzer).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The rule IDs an analyzer reports, or the rules a suppressor suppresses findings of.</summary>
    public static string Rules(DiagnosticAnalyzer analyzer) => analyzer is DiagnosticSuppressor suppressor
        ? "suppresses baseline findings (" + suppressor.SupportedSuppressions.Length + " rules)"
        : string.Join(" ", analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
}
