using System.IO;

namespace Guardrails.Policy;

/// <summary>
/// The folder every kept path is relative to (see <see cref="RepositoryPaths"/>): the git work tree that holds the
/// policy file (the nearest folder above it with a <c>.git</c> folder or file, so worktrees and submodules count),
/// else the policy file's folder. The same for every project of a repository, and independent of the machine.
/// </summary>
internal static class RepositoryRoot
{
    public static string Of(string policyFile) =>
        OfFolder(Path.GetDirectoryName(Path.GetFullPath(policyFile)) ?? Path.GetFullPath("."));

    /// <summary>The git work tree holding <paramref name="folder"/>, else the folder itself.</summary>
    public static string OfFolder(string folder)
    {
        var policyFolder = Path.GetFullPath(folder);
        for (var directory = new DirectoryInfo(policyFolder); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return directory.FullName;
            }
        }

        return policyFolder;
    }

    /// <summary>The root for a policy, or null for the built-in defaults (no file: no baseline either).</summary>
    public static string? Of(GuardrailsPolicy policy) => policy.FilePath is null ? null : Of(policy.FilePath);
}
