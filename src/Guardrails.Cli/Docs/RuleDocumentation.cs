using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Guardrails.Cli.Docs;

/// <summary>The rule pages docs/rules/GRxxxx.md, embedded in the tool (so it needs no checkout and no network).</summary>
internal static partial class RuleDocumentation
{
    private const string ResourcePrefix = "Guardrails.Cli.Docs.";

    /// <summary>The page of <paramref name="ruleId"/> (exact, upper-case ID), or null when the tool has none.</summary>
    public static string? Find(string ruleId)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream(ResourcePrefix + ruleId + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    /// <summary>
    /// The first paragraph under "## What it reports" as one line (null when the page has none): the rule's full
    /// description, which GitHub code scanning requires of every rule.
    /// </summary>
    public static string? Summary(string page)
    {
        var lines = page.Split('\n');
        var start = Array.FindIndex(lines, line => line.Trim() == "## What it reports");
        if (start < 0)
        {
            return null;
        }

        var paragraph = lines.Skip(start + 1).SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(line => !string.IsNullOrWhiteSpace(line) && !line.StartsWith('#'));
        var text = string.Join(" ", paragraph.Select(line => line.Trim())).TrimEnd(':', ' ');
        return text.Length == 0 ? null : text;
    }

    /// <summary>Markdown reduced to plain text: links become their text, code and emphasis marks go.</summary>
    public static string PlainText(string markdown) =>
        Emphasis().Replace(Link().Replace(markdown, "${text}"), string.Empty);

    /// <summary>
    /// The page with its relative links made absolute against <paramref name="baseUri"/> (the rule's help link), for
    /// places where the page is shown away from docs/rules/ (SARIF rule help in GitHub code scanning).
    /// </summary>
    public static string WithAbsoluteLinks(string markdown, string baseUri)
    {
        var root = new Uri(baseUri);
        return RelativeLink().Replace(markdown, match =>
        {
            var target = match.Groups["target"].Value;
            return Uri.TryCreate(root, target, out var absolute) ? "](" + absolute.AbsoluteUri + ")" : match.Value;
        });
    }

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[`*]|(?<=\s)_|_(?=\s)")]
    private static partial Regex Emphasis();

    /// <summary>A Markdown link target that is neither absolute (scheme:) nor an anchor on the same page.</summary>
    [GeneratedRegex(@"\]\((?<target>(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!#)[^)\s]+)\)")]
    private static partial Regex RelativeLink();
}
