using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// What the compiler makes of the project's .editorconfig and global configs for each tree (severities per rule and
/// whether the file is generated), from the same <see cref="AnalyzerConfigSet"/> (Roslyn's own provider is internal).
/// </summary>
internal sealed class TreeOptionsProvider : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet _config;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptionsResult> _byPath = new(StringComparer.Ordinal);

    public TreeOptionsProvider(AnalyzerConfigSet config) => _config = config;

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
        For(tree).AnalyzerOptions.TryGetValue("generated_code", out var value) && bool.TryParse(value, out var generated)
            ? (generated ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated)
            : GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        For(tree).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        _config.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);

    private AnalyzerConfigOptionsResult For(SyntaxTree tree) => _byPath.GetOrAdd(tree.FilePath, p => _config.GetOptionsForSourcePath(p));
}
