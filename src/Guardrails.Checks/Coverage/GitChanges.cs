using System;
using System.IO;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Finds the lines changed since the git base: the merge base of the base (default origin/main) and HEAD, compared
/// with the working tree, so commits on the branch, staged and unstaged edits all count, and files git does not
/// track yet count as changed as a whole. Comparing with the merge base rather than the base's tip keeps changes
/// made on the base branch after the branch point out of the figure.
/// </summary>
internal static class GitChanges
{
    public static GitChangesResult Collect(string workingDirectory, NewCodeSettings settings, GitRunner? runner = null)
    {
        runner ??= new GitRunner();
        var revision = settings.Base;
        var fix = "; set coverage.newCode.base or -p:GuardrailsCoverageBase=<revision> to a revision that exists in this clone (in CI, fetch enough history, e.g. actions/checkout with fetch-depth: 0).";
        if (revision.StartsWith("-", StringComparison.Ordinal) || revision.IndexOfAny(new[] { ' ', '\t', '\r', '\n', '\0' }) >= 0)
        {
            return GitChangesResult.Failure("The git base '" + revision + "' (" + settings.BaseOrigin + ") is not a revision name" + fix);
        }

        if (!Directory.Exists(workingDirectory))
        {
            return GitChangesResult.Failure("The folder '" + workingDirectory + "' where git should find the repository does not exist.");
        }

        var topLevel = runner.Run(workingDirectory, "rev-parse", "--show-toplevel");
        if (!topLevel.Succeeded)
        {
            return GitChangesResult.Failure(topLevel.Failure() + " in '" + workingDirectory + "'. Changed-line coverage (coverage.newCode) needs the git repository the code is in; without one, remove coverage.newCode's thresholds.");
        }

        var root = Path.GetFullPath(topLevel.Output.Trim());
        var mergeBase = runner.Run(root, "merge-base", revision, "HEAD");
        if (!mergeBase.Succeeded)
        {
            return GitChangesResult.Failure(mergeBase.Failure() + fix);
        }

        var baseCommit = mergeBase.Output.Trim();
        var diff = runner.Run(root, "-c", "core.quotepath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "-M", "--src-prefix=a/", "--dst-prefix=b/", baseCommit, "--");
        if (!diff.Succeeded)
        {
            return GitChangesResult.Failure(diff.Failure() + ". Changed lines could not be listed.");
        }

        var untracked = runner.Run(root, "ls-files", "--others", "--exclude-standard", "-z");
        if (!untracked.Succeeded)
        {
            return GitChangesResult.Failure(untracked.Failure() + ". New files could not be listed.");
        }

        var shortCommit = baseCommit.Length > 10 ? baseCommit.Substring(0, 10) : baseCommit;
        var description = "changes since " + shortCommit + ", the merge base of " + revision + " and HEAD, uncommitted ones included";
        var lines = GitDiffParser.Parse(diff.Output, root, description);
        foreach (var path in untracked.Output.Split(new[] { '\0' }, StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                lines.AddWholeFile(Path.GetFullPath(Path.Combine(root, path)));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                // Not a path this platform can hold, so no source file a report can name.
            }
        }

        return GitChangesResult.Success(lines);
    }
}
