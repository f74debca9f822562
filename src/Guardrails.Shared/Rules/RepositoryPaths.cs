using System;
using System.Collections.Generic;
using System.Text;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// How Guardrails names a file everywhere a path is kept (the baseline, its suppressor, the task rules' matching, the
/// reports): relative to the repository root with '/', so that the key is the same on every machine and for every
/// project of the repository. Pure string work (the analyzers may not touch the file system): '.' and '..' segments
/// are resolved, as the compiler hands linked files over as written (<c>/repo/src/App/../Shared/Guard.cs</c>).
/// </summary>
internal static class RepositoryPaths
{
    private static readonly StringComparison Comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The key of <paramref name="path"/> (absolute): relative to <paramref name="root"/>; null when the file is
    /// outside it. Without a root, the normalized absolute path.
    /// </summary>
    public static string? Key(string? root, string path)
    {
        var file = Normalize(path);
        if (string.IsNullOrEmpty(root))
        {
            return file;
        }

        var prefix = Normalize(root!).TrimEnd('/') + "/";
        return file.StartsWith(prefix, Comparison) ? file.Substring(prefix.Length) : null;
    }

    /// <summary>The key of a file inside the repository, else its normalized absolute path (for messages; never machine-independent).</summary>
    public static string KeyOrAbsolute(string? root, string path) => Key(root, path) ?? Normalize(path);

    /// <summary>True when <paramref name="path"/> (absolute) is outside <paramref name="root"/>; false without a root.</summary>
    public static bool IsOutside(string? root, string path) => !string.IsNullOrEmpty(root) && Key(root, path) is null;

    /// <summary>'/' separators, '.' and '..' segments resolved, no doubled separators (a leading "//" of a UNC path is kept).</summary>
    public static string Normalize(string path)
    {
        var slashed = path.Replace('\\', '/');
        var unc = slashed.StartsWith("//", StringComparison.Ordinal);
        var rooted = slashed.StartsWith("/", StringComparison.Ordinal);
        var hasDrive = slashed.Length >= 2 && slashed[1] == ':' && char.IsLetter(slashed[0]);
        var segments = new List<string>();
        foreach (var segment in slashed.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            // A drive ("C:") is never taken away by "..".
            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != ".." && !(segments.Count == 1 && IsDrive(segments[0])))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            if (segment == ".." && (rooted || hasDrive))
            {
                continue;
            }

            segments.Add(segment);
        }

        var text = new StringBuilder(slashed.Length);
        text.Append(unc ? "//" : rooted ? "/" : string.Empty);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                text.Append('/');
            }

            text.Append(segments[i]);
        }

        return text.ToString();
    }

    private static bool IsDrive(string segment) => segment.Length == 2 && segment[1] == ':' && char.IsLetter(segment[0]);
}
