using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Reads the output of <c>git diff --unified=0 --no-color --no-ext-diff -M --src-prefix=a/ --dst-prefix=b/ &lt;base&gt;</c>
/// into the added and modified line numbers of each file. Deleted files (<c>+++ /dev/null</c>) and removed lines
/// count for nothing; a renamed file is known by its new path. Hunk lines are counted from the hunk header, so a
/// content line that looks like a header (an added "++x;" shows as "+++x;") is never mistaken for one.
/// </summary>
internal static class GitDiffParser
{
    public static ChangedLines Parse(string diff, string repositoryRoot, string description = "")
    {
        var changed = new ChangedLines(description);
        string? file = null;
        int oldLeft = 0, newLeft = 0, next = 0;
        var position = 0;
        while (position < diff.Length)
        {
            var end = diff.IndexOf('\n', position);
            if (end < 0)
            {
                end = diff.Length;
            }

            var line = diff.Substring(position, end - position).TrimEnd('\r');
            position = end + 1;

            if (oldLeft > 0 || newLeft > 0)
            {
                if (newLeft > 0 && line.StartsWith("+", StringComparison.Ordinal))
                {
                    if (file is not null)
                    {
                        changed.Add(file, next);
                    }

                    next++;
                    newLeft--;
                    continue;
                }

                if (oldLeft > 0 && line.StartsWith("-", StringComparison.Ordinal))
                {
                    oldLeft--;
                    continue;
                }

                if (oldLeft > 0 && newLeft > 0 && line.StartsWith(" ", StringComparison.Ordinal))
                {
                    next++;
                    oldLeft--;
                    newLeft--;
                    continue;
                }

                if (line.StartsWith("\\", StringComparison.Ordinal))
                {
                    continue; // "\ No newline at end of file"
                }

                oldLeft = newLeft = 0; // a malformed hunk: fall through and read the line as a header
            }

            if (line.StartsWith("diff ", StringComparison.Ordinal))
            {
                file = null;
            }
            else if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                file = ToAbsolute(repositoryRoot, ParsePath(line.Substring(4)));
            }
            else if (line.StartsWith("@@ ", StringComparison.Ordinal) && TryParseHunk(line, out var oldCount, out var newStart, out var newCount))
            {
                oldLeft = oldCount;
                newLeft = newCount;
                next = newStart;
            }
        }

        return changed;
    }

    private static string? ToAbsolute(string repositoryRoot, string? path)
    {
        try
        {
            return path is null ? null : Path.GetFullPath(Path.Combine(repositoryRoot, path));
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            return null; // not a path this platform can hold, so no source file the report can name either
        }
    }

    /// <summary>"@@ -a[,b] +c[,d] @@ context": b and d default to 1.</summary>
    private static bool TryParseHunk(string line, out int oldCount, out int newStart, out int newCount)
    {
        oldCount = newStart = newCount = 0;
        var close = line.IndexOf(" @@", 3, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var parts = line.Substring(3, close - 3).Split(' ');
        return parts.Length == 2
            && parts[0].StartsWith("-", StringComparison.Ordinal)
            && parts[1].StartsWith("+", StringComparison.Ordinal)
            && TryParseRange(parts[0].Substring(1), out _, out oldCount)
            && TryParseRange(parts[1].Substring(1), out newStart, out newCount);
    }

    private static bool TryParseRange(string text, out int start, out int count)
    {
        count = 1;
        var comma = text.IndexOf(',');
        var startText = comma < 0 ? text : text.Substring(0, comma);
        return int.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out start)
            && (comma < 0 || int.TryParse(text.Substring(comma + 1), NumberStyles.None, CultureInfo.InvariantCulture, out count));
    }

    /// <summary>The path of a "+++ " line without its "b/" prefix; null for /dev/null.</summary>
    private static string? ParsePath(string text)
    {
        string path;
        if (text.StartsWith("\"", StringComparison.Ordinal))
        {
            path = Unquote(text);
        }
        else
        {
            // Git ends a name that has a space with a tab; an unquoted name never holds a tab.
            var tab = text.IndexOf('\t');
            path = tab >= 0 ? text.Substring(0, tab) : text;
        }

        if (path == "/dev/null")
        {
            return null;
        }

        return path.StartsWith("b/", StringComparison.Ordinal) ? path.Substring(2) : path;
    }

    /// <summary>Git's C-style quoting: \" \\ \t \n and octal bytes (\303\251) of UTF-8 names.</summary>
    private static string Unquote(string text)
    {
        var bytes = new List<byte>();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                break;
            }

            if (c != '\\' || i + 1 >= text.Length)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var e = text[++i];
            if (e >= '0' && e <= '7' && i + 2 < text.Length)
            {
                bytes.Add((byte)(((e - '0') << 6) | ((text[i + 1] - '0') << 3) | (text[i + 2] - '0')));
                i += 2;
                continue;
            }

            bytes.Add((byte)(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'a' ? '\a' : e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'v' ? '\v' : e));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
