using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// What the benchmark baselines share: one enabled diagnostic that is never reported (so the driver does not skip the
/// analyzer as suppressed), concurrent execution and generated code analysed, like the Guardrails analyzers they are
/// compared with. Subclasses register callbacks that do nothing.
/// </summary>
/// <remarks>
/// Not shipped analyzers, only in-process baselines: hence no netstandard2.0 target (RS1041), no extended analyzer rules
/// for the project (RS1036) and no release tracking (RS2008).
/// </remarks>
#pragma warning disable RS1036, RS1041, RS2008
public abstract class BaselineAnalyzer : DiagnosticAnalyzer
{
    protected BaselineAnalyzer(string id) =>
        SupportedDiagnostics = ImmutableArray.Create(
            new DiagnosticDescriptor(id, "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true));

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        Register(context);
    }

    protected abstract void Register(AnalysisContext context);
}
#pragma warning restore RS1036, RS1041, RS2008
