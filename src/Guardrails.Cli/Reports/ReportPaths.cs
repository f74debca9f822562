using System;
using System.IO;

namespace Guardrails.Cli.Reports;

/// <summary>File paths as reports show them: relative to the root, with forward slashes.</summary>
internal static class ReportPaths
{
    /// <summary>The path relative to <paramref name="root"/>, or null when the file lies outside it.</summary>
    public static string? Relative(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Relative when inside the root, else the full path; for text.</summary>
    public static string Display(string root, string? path) =>
        path is null ? string.Empty : Relative(root, path) ?? path.Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>"src/A.cs:12" (or just the path when there is no line).</summary>
    public static string Location(string root, Model.Finding finding) =>
        Display(root, finding.FilePath) + (finding.Line > 0 ? ":" + finding.Line : string.Empty);
}
