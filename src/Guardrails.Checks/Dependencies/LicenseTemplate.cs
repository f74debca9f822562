using System;
using System.Collections.Generic;
using System.IO;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// One licence's standard text with its variable parts marked, matched as the SPDX matching guidelines match: the
/// whole normalised text (<see cref="LicenseText"/>) must be the template's words, in order, nothing added, nothing
/// left out or changed — only the marked parts vary. Markup (in LicenseTexts/*.txt):
/// <list type="bullet">
/// <item><c>title: …</c> lines first: titles the text may start with ("The MIT License (MIT)").</item>
/// <item><c>&lt;&lt;N&gt;&gt;</c>: up to N words that state no terms (<see cref="LicenseText.MayBeName"/>), such as the holder
/// in "Neither the name of &lt;&lt;12&gt;&gt; nor…".</item>
/// <item><c>[[…]]</c>: a part that may be left out (Apache's appendix), not nested.</item>
/// </list>
/// </summary>
internal sealed class LicenseTemplate
{
    private const string TitlePrefix = "title:";

    private readonly List<List<string>> _titles;
    private readonly Item[] _items;
    private readonly int _minWords;
    private readonly int _maxWords;

    private LicenseTemplate(string id, List<List<string>> titles, Item[] items)
    {
        Id = id;
        _titles = titles;
        _items = items;
        var longestTitle = 0;
        foreach (var title in titles)
        {
            longestTitle = Math.Max(longestTitle, title.Count);
        }

        var optional = false;
        foreach (var item in items)
        {
            switch (item.Kind)
            {
                case ItemKind.Word:
                    _maxWords++;
                    _minWords += optional ? 0 : 1;
                    break;
                case ItemKind.Wildcard:
                    _maxWords += item.Max;
                    break;
                case ItemKind.OptionalStart:
                    optional = true;
                    break;
                default:
                    optional = false;
                    break;
            }
        }

        _maxWords += longestTitle;
    }

    /// <summary>The SPDX identifier (or LicenseRef-) of the licence.</summary>
    public string Id { get; }

    /// <summary>Reads a template; a malformed one is a bug in Guardrails, so it throws.</summary>
    public static LicenseTemplate Parse(string id, string source)
    {
        var titles = new List<List<string>>();
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var first = 0;
        while (first < lines.Length && lines[first].StartsWith(TitlePrefix, StringComparison.Ordinal))
        {
            titles.Add(LicenseText.Words(lines[first].Substring(TitlePrefix.Length)));
            first++;
        }

        var body = string.Join("\n", lines, first, lines.Length - first);
        var items = new List<Item>();
        var optionalStart = -1;
        var position = 0;
        while (position < body.Length)
        {
            var next = NextMarker(body, position);
            AddWords(items, body.Substring(position, (next < 0 ? body.Length : next) - position));
            if (next < 0)
            {
                break;
            }

            if (body[next] == '<')
            {
                var close = body.IndexOf(">>", next, StringComparison.Ordinal);
                if (close < 0 || !int.TryParse(body.Substring(next + 2, close - next - 2), out var max) || max < 1)
                {
                    throw new InvalidDataException("Licence template " + id + ": a wildcard is not <<N>> at " + next + ".");
                }

                items.Add(new Item(ItemKind.Wildcard, null, max));
                position = close + 2;
            }
            else if (body[next] == '[')
            {
                if (optionalStart >= 0)
                {
                    throw new InvalidDataException("Licence template " + id + ": optional parts cannot be nested (at " + next + ").");
                }

                optionalStart = items.Count;
                items.Add(new Item(ItemKind.OptionalStart, null, 0));
                position = next + 2;
            }
            else
            {
                if (optionalStart < 0)
                {
                    throw new InvalidDataException("Licence template " + id + ": ']]' without '[[' at " + next + ".");
                }

                items[optionalStart] = new Item(ItemKind.OptionalStart, null, items.Count);
                items.Add(new Item(ItemKind.OptionalEnd, null, 0));
                optionalStart = -1;
                position = next + 2;
            }
        }

        if (optionalStart >= 0)
        {
            throw new InvalidDataException("Licence template " + id + ": '[[' is not closed.");
        }

        return new LicenseTemplate(id, titles, items.ToArray());
    }

    /// <summary>Whether the normalised <paramref name="words"/> are this licence's text, optionally after one of its titles.</summary>
    public bool Matches(List<string> words)
    {
        if (words.Count < _minWords || words.Count > _maxWords)
        {
            return false;
        }

        var failed = new HashSet<long>();
        if (Match(0, 0, words, failed))
        {
            return true;
        }

        foreach (var title in _titles)
        {
            if (StartsWith(words, title))
            {
                failed.Clear();
                if (Match(0, title.Count, words, failed))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Matches items from <paramref name="item"/> on against words from <paramref name="word"/> on. Runs of literal
    /// words are a loop; only wildcards and optional parts branch (remembering the branches that failed), so the
    /// recursion is as deep as the template has such marks, not as long as the text.
    /// </summary>
    private bool Match(int item, int word, List<string> words, HashSet<long> failed)
    {
        while (true)
        {
            if (item == _items.Length)
            {
                return word == words.Count;
            }

            var current = _items[item];
            switch (current.Kind)
            {
                case ItemKind.Word:
                    if (word < words.Count && string.Equals(words[word], current.Word, StringComparison.Ordinal))
                    {
                        item++;
                        word++;
                        continue;
                    }

                    return false;
                case ItemKind.OptionalEnd:
                    item++;
                    continue;
            }

            var key = ((long)item << 32) | (uint)word;
            if (failed.Contains(key))
            {
                return false;
            }

            var matched = false;
            if (current.Kind == ItemKind.OptionalStart)
            {
                matched = Match(item + 1, word, words, failed) || Match(current.Max + 1, word, words, failed);
            }
            else
            {
                for (var taken = 0; taken <= current.Max && !matched; taken++)
                {
                    if (taken > 0 && (word + taken > words.Count || !LicenseText.MayBeName(words[word + taken - 1])))
                    {
                        break;
                    }

                    matched = Match(item + 1, word + taken, words, failed);
                }
            }

            if (!matched)
            {
                failed.Add(key);
            }

            return matched;
        }
    }

    private static bool StartsWith(List<string> words, List<string> prefix)
    {
        if (prefix.Count == 0 || prefix.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < prefix.Count; i++)
        {
            if (!string.Equals(words[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextMarker(string body, int from)
    {
        var next = -1;
        foreach (var marker in new[] { "<<", "[[", "]]" })
        {
            var index = body.IndexOf(marker, from, StringComparison.Ordinal);
            if (index >= 0 && (next < 0 || index < next))
            {
                next = index;
            }
        }

        return next;
    }

    private static void AddWords(List<Item> items, string text)
    {
        foreach (var word in LicenseText.Words(text))
        {
            items.Add(new Item(ItemKind.Word, word, 0));
        }
    }

    private enum ItemKind
    {
        Word,
        Wildcard,
        OptionalStart,
        OptionalEnd,
    }

    /// <summary>A word, a wildcard of up to <see cref="Max"/> words, or an optional part (whose start's Max is its end's index).</summary>
    private readonly struct Item
    {
        public Item(ItemKind kind, string? word, int max)
        {
            Kind = kind;
            Word = word;
            Max = max;
        }

        public ItemKind Kind { get; }

        public string? Word { get; }

        public int Max { get; }
    }
}
