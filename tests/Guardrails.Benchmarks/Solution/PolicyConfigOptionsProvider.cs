using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// Analyzer config options as the compiler hands them to analyzers: the global options of the config set, and per file
/// the options of its section merged with them (Roslyn's own provider is internal). Per-file results are cached per
/// path, as the compiler computes them once per tree.
/// </summary>
internal sealed class PolicyConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet _config;
    private readonly ConcurrentDictionary<string, AnalyzerConfigOptions> _byPath = new(StringComparer.Ordinal);

    public PolicyConfigOptionsProvider(AnalyzerConfigSet config)
    {
        _config = config;
        GlobalOptions = new DictionaryConfigOptions(config.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => ForPath(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ForPath(textFile.Path);

    private AnalyzerConfigOptions ForPath(string path) =>
        _byPath.GetOrAdd(path, p => new DictionaryConfigOptions(_config.GetOptionsForSourcePath(p).AnalyzerOptions));
}
