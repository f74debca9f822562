using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Benchmarks.Solution;

/// <summary>The analyzer config options of one file (or the global ones), keys compared as the compiler compares them.</summary>
internal sealed class DictionaryConfigOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> _values;

    public DictionaryConfigOptions(ImmutableDictionary<string, string> values)
    {
        _values = values.WithComparers(KeyComparer);
    }

    public override IEnumerable<string> Keys => _values.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
}
