namespace Guardrails.Checks.Coverage;

/// <summary>The changed lines git reports, or (never both) why they could not be found.</summary>
internal sealed class GitChangesResult
{
    private GitChangesResult(ChangedLines? lines, string? error)
    {
        Lines = lines;
        Error = error;
    }

    public ChangedLines? Lines { get; }

    /// <summary>A message saying what failed and how to fix it; null on success.</summary>
    public string? Error { get; }

    public static GitChangesResult Success(ChangedLines lines) => new GitChangesResult(lines, null);

    public static GitChangesResult Failure(string error) => new GitChangesResult(null, error);
}
