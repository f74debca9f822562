using System;
using System.Globalization;
using System.Text.RegularExpressions;
using DotNet.Globbing;
using Guardrails.Options;
using Guardrails.Policy.Schema;
using Guardrails.Symbols;
using NuGet.Versioning;

namespace Guardrails.Policy;

/// <summary>Checks the string formats the policy uses: globs, version ranges, regular expressions, dates, symbol IDs.</summary>
internal static class PolicyFormats
{
    private static readonly Regex SymbolIdShape = PolicyRegex.Create(@"^[EFMNPT]:?[^\s:;][^;]*(;.*)?$");

    public static bool TryValidate(StringFormat format, string text, out string error)
    {
        error = string.Empty;
        switch (format)
        {
            case StringFormat.Glob:
                return TryValidateGlob(text, out error);
            case StringFormat.VersionRange:
                if (VersionRanges.TryParse(text, out _))
                {
                    return true;
                }

                error = "'" + Excerpt.Of(text) + "' is not a NuGet version range. Use a version (1.2.3 means >= 1.2.3), an interval like [1.0,2.0) or (,13.0.1), or a comparison like < 13.0.1.";
                return false;
            case StringFormat.Regex:
                try
                {
                    var regex = PolicyRegex.Create(text);
                    if (RegexProbe.Backtracks(regex, out var probe))
                    {
                        error = "'" + Excerpt.Of(text) + "' backtracks catastrophically: matching it against a text of " + probe
                            + " took longer than the " + PolicyRegex.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms every policy regex is allowed, so checks would give up on such texts."
                            + " Rewrite it without a repetition inside a repetition (for example (a+)+ as a+, (\\w+\\s?)+ as [\\w\\s]+).";
                        return false;
                    }

                    return true;
                }
                catch (ArgumentException ex)
                {
                    error = "'" + Excerpt.Of(text) + "' is not a valid regular expression (" + Excerpt.In(ex.Message, text) + ").";
                    return false;
                }

            case StringFormat.Date:
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return true;
                }

                error = "'" + Excerpt.Of(text) + "' is not a date. Write it as yyyy-MM-dd.";
                return false;
            case StringFormat.SymbolId:
                return TryValidateSymbolId(text, out error);
            case StringFormat.Path:
            case StringFormat.PackageId:
                if (text.Trim().Length > 0 && text.IndexOfAny(new[] { '\0', '\n', '\r' }) < 0)
                {
                    return true;
                }

                error = "an empty or unusable path.";
                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// A documentation-comment ID, optionally followed by <c>;message</c> (a ban's reason, a sensitive API's category),
    /// parsed as the analyzers parse it: an ID they could not use would otherwise be reported late (GR1102) or skipped
    /// (review.sensitiveApis). The <c>[severity]</c> and <c>!</c> prefixes of ban files are not policy syntax: the
    /// policy has <c>severity</c>, <c>except</c> and <c>remove</c> for them.
    /// </summary>
    private static bool TryValidateSymbolId(string text, out string error)
    {
        error = string.Empty;
        var semicolon = text.IndexOf(';');

        // Line breaks become spaces, as in the ban file the policy task writes for the analyzer.
        var id = (semicolon < 0 ? text : text.Substring(0, semicolon)).Replace('\r', ' ').Replace('\n', ' ').Trim();
        if (id.StartsWith("[", StringComparison.Ordinal))
        {
            error = "'" + Excerpt.Of(text) + "' starts with a '[severity]', which only BannedSymbols.txt files take. In apis.banned, write an object: { \"symbol\": \"T:System.Console\", \"severity\": \"error\" } (review.sensitiveApis entries have no severity of their own: set GR3002's in rules).";
            return false;
        }

        if (id.StartsWith("!", StringComparison.Ordinal))
        {
            error = "'" + Excerpt.Of(text) + "' starts with a '!', which only BannedSymbols.txt files take. In the policy, list an exception in the banned entry's \"except\" (or, for a sensitive API, in review.sensitiveApis.remove).";
            return false;
        }

        if (!MatchesSymbolIdShape(text))
        {
            error = "'" + Excerpt.Of(text) + "' is not a documentation-comment ID. Write it like T:System.Console, M:System.IO.File.Delete(System.String) or N:System.Net.";
            return false;
        }

        if (SymbolIdSyntax.Parse(id, out var problem) is null)
        {
            error = "'" + Excerpt.Of(text) + "' " + problem + ".";
            return false;
        }

        return true;
    }

    /// <summary>The shape is linear to match, but a timeout (a huge value on a starved machine) must not escape as an exception.</summary>
    private static bool MatchesSymbolIdShape(string text) => PolicyRegex.TryIsMatch(SymbolIdShape, text) ?? false;

    public static bool TryValidateGlob(string text, out string error)
    {
        error = string.Empty;
        if (text.Trim().Length == 0)
        {
            error = "a glob may not be empty.";
            return false;
        }

        if (!Balanced(text, '[', ']'))
        {
            error = "a '[' character class is not closed. Close it with ']', or write '[[]' for a literal '['.";
            return false;
        }

        try
        {
            Glob.Parse(text);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException || ex is InvalidOperationException || ex is IndexOutOfRangeException || ex is FormatException)
        {
            error = Excerpt.In(ex.Message, text);
            return false;
        }
    }

    private static bool Balanced(string text, char open, char close)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c == open && depth == 0)
            {
                depth = 1;
            }
            else if (c == close && depth == 1)
            {
                depth = 0;
            }
        }

        return depth == 0;
    }
}

/// <summary>NuGet version ranges, plus the comparison shorthand (&lt; 13.0.1, &gt;= 2.0) that people write in policies.</summary>
internal static class VersionRanges
{
    public static bool TryParse(string text, out VersionRange range)
    {
        var trimmed = text.Trim();
        range = VersionRange.All;
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed.StartsWith("<=", StringComparison.Ordinal) || trimmed.StartsWith(">=", StringComparison.Ordinal))
        {
            return TryComparison(trimmed.Substring(2), trimmed[0] == '<', inclusive: true, out range);
        }

        if (trimmed[0] == '<' || trimmed[0] == '>')
        {
            return TryComparison(trimmed.Substring(1), trimmed[0] == '<', inclusive: false, out range);
        }

        return VersionRange.TryParse(trimmed, out range!);
    }

    private static bool TryComparison(string versionText, bool upper, bool inclusive, out VersionRange range)
    {
        range = VersionRange.All;
        if (!NuGetVersion.TryParse(versionText.Trim(), out var version))
        {
            return false;
        }

        range = upper
            ? new VersionRange(minVersion: null, includeMinVersion: false, maxVersion: version, includeMaxVersion: inclusive)
            : new VersionRange(minVersion: version, includeMinVersion: inclusive);
        return true;
    }
}
