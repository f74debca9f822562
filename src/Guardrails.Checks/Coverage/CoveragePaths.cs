using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// How coverage code names source files: absolute paths (as <see cref="Path.GetFullPath(string)"/> gives them) for
/// identity, and paths relative to the policy file's folder, with '/', for globs, messages and the baseline.
/// </summary>
internal static class CoveragePaths
{
    /// <summary>File systems on Windows (and macOS by default) ignore case; Linux does not.</summary>
    public static StringComparer Comparer { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    public static StringComparison Comparison { get; } =
        RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> with '/' separators, or, for a file
    /// outside that folder, the absolute path with '/' separators.
    /// </summary>
    public static string Relative(string baseDirectory, string path)
    {
        var root = ToSlashes(baseDirectory).TrimEnd('/') + "/";
        var file = ToSlashes(path);
        return file.StartsWith(root, Comparison) ? file.Substring(root.Length) : file;
    }

    public static string ToSlashes(string path) => path.Replace('\\', '/');

    /// <summary>A glob as the policy writes it, in the form <see cref="Relative"/> paths are matched with.</summary>
    public static string NormalizeGlob(string pattern)
    {
        var glob = ToSlashes(pattern.Trim());
        return glob.StartsWith("./", StringComparison.Ordinal) ? glob.Substring(2) : glob;
    }
}
