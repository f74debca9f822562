using System;
using System.IO;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Deterministic builds (ContinuousIntegrationBuild=true, as CI templates set it) map the repository root to "/_/"
/// in the PDBs, so coverage tools write source files as "/_/src/Lib/Fees.cs". Such a path names a file under the
/// repository that holds the report: the nearest folder above the report with a .git entry. Without one it is left
/// as it is (and matches no file of the policy).
/// </summary>
internal static class DeterministicSourcePaths
{
    private const string Prefix = "/_/";

    public static bool IsMapped(string path) =>
        path.Length >= Prefix.Length && path[0] is '/' or '\\' && path[1] == '_' && path[2] is '/' or '\\';

    /// <summary>The repository root for reports in <paramref name="reportDirectory"/>, or null outside a git repository.</summary>
    public static string? RepositoryRoot(string reportDirectory)
    {
        for (var directory = reportDirectory; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var git = Path.Combine(directory, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>"/_/src/X.cs" under <paramref name="repositoryRoot"/>.</summary>
    public static string Map(string path, string repositoryRoot) =>
        Path.GetFullPath(Path.Combine(repositoryRoot, path.Substring(Prefix.Length).TrimStart('/', '\\')));
}
