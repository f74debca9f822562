using System.Collections.Immutable;
using Guardrails.Benchmarks.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// The analyzer sets the real-code benchmarks run, by name: the no-op baseline with RS0030's registrations (binding and
/// operation trees, no matching), RS0030, every Guardrails analyzer alone (by type name, found by reflection) and all of
/// them together. <c>GUARDRAILS_BENCH_ANALYZERS</c> restricts the list.
/// </summary>
internal static class AnalyzerCases
{
    public const string NoOp = "NoOp";
    public const string Rs0030 = "RS0030";
    public const string AllGuardrails = "AllGuardrails";
    public const string Gr1101 = nameof(Guardrails.Analyzers.Rules.BannedApiAnalyzer);

    /// <summary>Every case, in a stable order (none without a checkout to measure).</summary>
    public static IEnumerable<string> All()
    {
        if (!RealCodeSettings.Configured)
        {
            return Array.Empty<string>();
        }

        var names = new List<string> { NoOp, Rs0030, AllGuardrails };
        names.AddRange(GuardrailsAnalyzers.Create().Select(a => a.GetType().Name));
        var only = RealCodeSettings.FromEnvironment().Cases;
        return only is null ? names : names.Where(only.Contains).ToList();
    }

    public static ImmutableArray<DiagnosticAnalyzer> Create(string name) => name switch
    {
        NoOp => ImmutableArray.Create<DiagnosticAnalyzer>(new BannedApiNoOpAnalyzer()),
        Rs0030 => ImmutableArray.Create(BannedApiAnalyzersPeer.Create()),
        AllGuardrails => GuardrailsAnalyzers.Create(),
        _ => ImmutableArray.Create(GuardrailsAnalyzers.Create().SingleOrDefault(a => a.GetType().Name == name)
            ?? throw new ArgumentException("No analyzer case " + name + ".", nameof(name))),
    };
}
