using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Analyzers.Rules.BannedApis;
using Guardrails.Options;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// The sensitive-API entries of one compilation: the built-in catalogue with the policy's review.sensitiveApis applied,
/// as banned-API entries so that <see cref="BanIndex"/> matches them (an entry's message is its category).
/// </summary>
/// <remarks>
/// A <c>remove</c> drops the catalogue entries it names: the same ID; for an ID without a parameter list, every
/// catalogue entry for that member name; for a type or namespace, every entry inside it; for a wildcard, every entry
/// it matches. It then stays as an exception, so it also carves its symbol out of a broader entry (one overload out
/// of <c>Start*</c>, one member out of <c>T:System.Reflection.Emit.ILGenerator</c>). An <c>add</c> is an entry of its
/// own, with the category written after a <c>;</c> or else "policy"; as with banned APIs, the most specific entry decides.
/// Entries are parsed per compilation: a <see cref="BanEntry"/> caches the symbols it resolves to. An entry that does not
/// parse is skipped: the policy check rejects such IDs (GR0001, with the same parser), so one reaches the analyzer only
/// from a hand-written analyzer config, and skipping it must not take the catalogue down with it.
/// </remarks>
internal static class SensitiveApiEntries
{
    private static readonly BanEntryOrigin CatalogueOrigin = new BanEntryOrigin("GR3002 catalogue", default(TextSpan), default(LinePositionSpan));
    private static readonly BanEntryOrigin PolicyOrigin = new BanEntryOrigin("guardrails.json", default(TextSpan), default(LinePositionSpan));

    public static List<BanEntry> Build(AnalyzerConfigOptions globalOptions)
    {
        var removes = new List<BanEntry>();
        foreach (var text in Read(globalOptions, AnalyzerOptionKeys.SensitiveApisRemove))
        {
            if (BanEntry.Parse("!" + text, PolicyOrigin) is { IsValid: true } remove)
            {
                removes.Add(remove);
            }
        }

        var entries = new List<BanEntry>();

        // The policy's own entries first: for the same ID the first entry's category is the one reported.
        foreach (var text in Read(globalOptions, AnalyzerOptionKeys.SensitiveApisAdd))
        {
            if (BanEntry.Parse(text, PolicyOrigin) is { IsValid: true, IsException: false } add)
            {
                entries.Add(add);
            }
        }

        foreach (var item in SensitiveApiCatalog.Entries)
        {
            var entry = BanEntry.Parse(item.Id + ";" + item.Category, CatalogueOrigin);
            if (entry is { IsValid: true } && !removes.Exists(remove => Removes(remove, entry)))
            {
                entries.Add(entry);
            }
        }

        entries.AddRange(removes);
        return entries;
    }

    /// <summary>The category an entry reports: its message, or "policy" for a policy entry without one.</summary>
    public static string CategoryOf(BanEntry entry) => entry.Message.Length > 0 ? entry.Message : SensitiveApiCatalog.PolicyCategory;

    /// <summary>Whether <paramref name="remove"/> takes <paramref name="entry"/> out of the catalogue.</summary>
    public static bool Removes(BanEntry remove, BanEntry entry)
    {
        if (string.Equals(remove.CanonicalId, entry.CanonicalId, StringComparison.Ordinal))
        {
            return true;
        }

        var removed = remove.Segments;
        var candidate = entry.Segments;
        if (remove.IsWildcard)
        {
            var last = removed.Length - 1;
            return candidate.Length > last
                && StartsWith(candidate, removed, last)
                && candidate[last].StartsWith(remove.SimpleName, StringComparison.Ordinal)
                && (candidate.Length == removed.Length ? entry.Kind == remove.Kind : remove.Kind == 'T');
        }

        if (remove.Kind == 'T' || remove.Kind == 'N')
        {
            // Everything inside the type or namespace (N: takes child namespaces too, as banned-API entries do).
            return candidate.Length > removed.Length && StartsWith(candidate, removed, removed.Length);
        }

        // A member ID without a parameter list stands for the name: every overload, and the catalogue's Name* entry.
        return entry.Kind == remove.Kind
            && remove.CanonicalId.IndexOf('(') < 0
            && candidate.Length == removed.Length
            && StartsWith(candidate, removed, removed.Length);
    }

    private static bool StartsWith(string[] path, string[] prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!string.Equals(path[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<string> Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) ? OptionList.Split(value) : Enumerable.Empty<string>();
}
