using System;
using System.Collections.Concurrent;
using DotNet.Globbing;

namespace Guardrails.Policy;

/// <summary>Whole-string, case-insensitive glob matching (so "Orders" never matches "OrderSamples"), with parsed globs cached.</summary>
internal static class Globs
{
    private static readonly ConcurrentDictionary<string, Glob> Cache = new ConcurrentDictionary<string, Glob>(StringComparer.Ordinal);

    private static readonly GlobOptions Options = new GlobOptions { Evaluation = { CaseInsensitive = true } };

    public static bool IsMatch(string pattern, string text) =>
        Cache.GetOrAdd(pattern, p => Glob.Parse(p, Options)).IsMatch(text);

    /// <summary>A pattern with a '/' is a path glob; otherwise it matches a name.</summary>
    public static bool IsPathPattern(string pattern) => pattern.IndexOf('/') >= 0 || pattern.IndexOf('\\') >= 0;
}
