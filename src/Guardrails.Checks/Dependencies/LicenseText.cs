using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// A licence text reduced to the words that carry its meaning, as the SPDX matching guidelines (and licence scanners
/// such as licensee and ScanCode) compare texts: case, whitespace, line breaks, punctuation, quotes, dashes and
/// hyphens, bullets and list numbering ("1.", "(a)", "ii.") do not matter; "licence" is "license", "&amp;" is "and",
/// "https" is "http"; and copyright notices ("Copyright (c) 2020 Contoso", "All rights reserved.") are dropped, so a
/// text matches whoever holds it. Templates and package texts go through the same steps.
/// </summary>
internal static class LicenseText
{
    /// <summary>
    /// Words that state terms. A copyright line that contains one is kept (and so fails to match): "Copyright 2020
    /// Contoso. Not for commercial use." must not vanish with the notice. Template wildcards (a holder's name) never
    /// take one either.
    /// </summary>
    public static readonly HashSet<string> TermWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "nor", "may", "must", "shall", "should", "will", "cannot", "can", "only", "except",
        "unless", "without", "but", "however", "if", "provided", "use", "used", "using", "uses", "permission",
        "permitted", "permit", "license", "licenses", "licensed", "licensee", "licence", "licences", "licenced", "commercial", "noncommercial",
        "personal", "prohibited", "forbidden", "restricted", "restriction", "restrictions", "condition",
        "conditions", "terms", "agree", "agreement", "sell", "distribute", "modify", "copy", "warranty", "liable",
        "notice", "subject", "require", "required", "requires", "pay", "payment", "royalty", "evaluation", "trial",
        "internal", "purpose", "purposes", "solely", "exclusively", "granted", "allowed", "prohibit", "forbid",
        "consent", "request", "fee", "fees", "charge", "revoke", "revocable", "terminate",
    };

    /// <summary>The most words a copyright notice line has ("Copyright (c) 2004-2010 by Internet Systems Consortium, Inc." has 10).</summary>
    private const int MaxNoticeWords = 24;

    private static readonly Regex ListMarker = new Regex(
        @"(?<=^|\s)(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])(?=\s|$)",
        RegexOptions.CultureInvariant | RegexOptions.Multiline,
        TimeSpan.FromSeconds(1));

    private static readonly Regex CopyrightStart = new Regex(
        @"^(?:copyright\b|\(c\)|©)",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Regex CopyrightMark = new Regex(
        @"\(c\)|©|\b(?:19|20)\d\d\b",
        RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    private static readonly Dictionary<string, string> Equivalents = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["licence"] = "license",
        ["licences"] = "licenses",
        ["licenced"] = "licensed",
        ["https"] = "http",
        ["acknowledgement"] = "acknowledgment",
        ["acknowledgements"] = "acknowledgments",
    };

    /// <summary>The words of <paramref name="text"/>, normalised (see the class summary).</summary>
    public static List<string> Words(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = rawLine.Trim().ToLowerInvariant();
            if (!IsCopyrightNotice(line))
            {
                kept.Append(line).Append('\n');
            }
        }

        var unmarked = ListMarker.Replace(WithoutDashes(kept.ToString()), " ");
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in unmarked)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            Flush(word, words);
            if (c == '&')
            {
                words.Add("and");
            }
        }

        Flush(word, words);
        return words;
    }

    /// <summary>Whether <paramref name="word"/> (normalised) may stand in a template's wildcard, such as a holder's name.</summary>
    public static bool MayBeName(string word) => !TermWords.Contains(word);

    /// <summary>
    /// "Copyright (c) 2015 Contoso", "(c) Contoso", "© 2020-2024 Contoso and contributors", "All rights reserved.":
    /// a line that starts like a notice, carries the copyright sign or a year, and states no terms.
    /// </summary>
    private static bool IsCopyrightNotice(string line)
    {
        var words = Words(line, normalise: false);
        if (words.Count == 3 && words[0] == "all" && words[1] == "rights" && words[2] == "reserved")
        {
            return true;
        }

        if (!CopyrightStart.IsMatch(line) || !CopyrightMark.IsMatch(line) || words.Count > MaxNoticeWords)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (TermWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Words(string line, bool normalise)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush(word, words, normalise);
            }
        }

        Flush(word, words, normalise);
        return words;
    }

    /// <summary>Hyphens and dashes go: "non-infringement" is "noninfringement", and a dash used as a bullet is no word.</summary>
    private static string WithoutDashes(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '-' && c != '\u2010' && c != '\u2011' && c != '\u2012' && c != '\u2013' && c != '\u2014' && c != '\u2015' && c != '\u2212')
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static void Flush(StringBuilder word, List<string> words, bool normalise = true)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        words.Add(normalise && Equivalents.TryGetValue(text, out var equivalent) ? equivalent : text);
    }
}
