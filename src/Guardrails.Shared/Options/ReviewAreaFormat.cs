using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Options;

/// <summary>One review area (GR3004): the namespaces it spans and the reviewer groups one of which must approve.</summary>
internal sealed class ReviewArea
{
    public ReviewArea(int index, IReadOnlyList<string> namespaces, IReadOnlyList<string> requires)
    {
        Index = index;
        Namespaces = namespaces;
        Requires = requires;
    }

    /// <summary>Its position in review.areas (0-based), which per-file sections refer to.</summary>
    public int Index { get; }

    public IReadOnlyList<string> Namespaces { get; }

    public IReadOnlyList<string> Requires { get; }
}

/// <summary>
/// How review.reviewers and review.areas travel in the generated global config (written by the policy task, read by
/// the GR3004 analyzer): ',' between entries, '=' between an entry's two halves, '|' between list items, and every
/// name escaped with <see cref="Uri.EscapeDataString"/>, so that no name can break the format. (Not ';' or '#':
/// an analyzer config value ends at either, as a comment.)
/// </summary>
internal static class ReviewAreaFormat
{
    public static string WriteReviewers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> groups) =>
        string.Join(",", groups.Select(g => Escape(g.Key) + "=" + List(g.Value)));

    public static string WriteAreas(IEnumerable<(IEnumerable<string> Namespaces, IEnumerable<string> Requires)> areas) =>
        string.Join(",", areas.Select(a => List(a.Namespaces) + "=" + List(a.Requires)));

    /// <summary>Group name to its members (names compared as written: ordinal).</summary>
    public static Dictionary<string, HashSet<string>> ReadReviewers(string? value)
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (key, items) in Entries(value))
        {
            var name = key.Length > 0 ? key[0] : string.Empty;
            if (!groups.TryGetValue(name, out var members))
            {
                members = new HashSet<string>(StringComparer.Ordinal);
                groups[name] = members;
            }

            members.UnionWith(items);
        }

        return groups;
    }

    public static List<ReviewArea> ReadAreas(string? value)
    {
        var areas = new List<ReviewArea>();
        var index = 0;
        foreach (var (namespaces, requires) in Entries(value))
        {
            areas.Add(new ReviewArea(index++, namespaces, requires));
        }

        return areas;
    }

    private static IEnumerable<(string[] Left, string[] Right)> Entries(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var entry in value!.Split(','))
        {
            var equals = entry.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            yield return (Items(entry.Substring(0, equals)), Items(entry.Substring(equals + 1)));
        }
    }

    private static string[] Items(string list) =>
        list.Split(new[] { AnalyzerOptionKeys.ListSeparator }, StringSplitOptions.RemoveEmptyEntries)
            .Select(i => Uri.UnescapeDataString(i.Trim()))
            .Where(i => i.Length > 0)
            .ToArray();

    private static string List(IEnumerable<string> items) =>
        string.Join(AnalyzerOptionKeys.ListSeparator.ToString(), items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => Escape(i.Trim())));

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
