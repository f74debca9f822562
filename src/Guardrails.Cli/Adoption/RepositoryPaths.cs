using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>Walking a repository (without build output, dependencies or tool folders) and naming files relative to its root.</summary>
internal static class RepositoryPaths
{
    /// <summary>Folders that never hold a project of the repository; folders whose name starts with '.' are skipped too.</summary>
    private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", "TestResults", "artifacts",
    };

    /// <summary>Deeper than any real repository; guards against pathological trees.</summary>
    private const int MaxDepth = 32;

    /// <summary>Every file under <paramref name="root"/> (skipping the folders above and symbolic links), in a stable order.</summary>
    public static IEnumerable<string> Files(string root, List<string> problems)
    {
        var pending = new Stack<(string Directory, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (directory, depth) = pending.Pop();
            string[] files;
            string[] directories;
            try
            {
                files = Directory.GetFiles(directory);
                directories = Directory.GetDirectories(directory);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                problems.Add(Relative(root, directory) + ": could not be listed (" + ex.Message + ")");
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                yield return file;
            }

            if (depth >= MaxDepth)
            {
                continue;
            }

            Array.Sort(directories, StringComparer.Ordinal);
            foreach (var child in Enumerable.Reverse(directories))
            {
                var name = Path.GetFileName(child);
                if (name.StartsWith(".", StringComparison.Ordinal) || SkippedFolders.Contains(name) || IsLink(child))
                {
                    continue;
                }

                pending.Push((child, depth + 1));
            }
        }
    }

    /// <summary>The path relative to <paramref name="root"/>, with forward slashes ("src/App/App.csproj").</summary>
    public static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(path);
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        var relative = full.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? full.Substring(prefix.Length) : full;
        return relative.Replace('\\', '/');
    }

    /// <summary>The newest file matching <paramref name="pattern"/> under <paramref name="directory"/>, or null.</summary>
    public static string? Newest(string directory, string pattern)
    {
        try
        {
            return Directory.Exists(directory)
                ? Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories)
                    .OrderByDescending(File.GetLastWriteTimeUtc)
                    .ThenBy(f => f, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsLink(string directory)
    {
        try
        {
            return (File.GetAttributes(directory) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return true;
        }
    }
}
