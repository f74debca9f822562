using Guardrails.Policy;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// One known violation, keyed without its line so that unrelated edits keep it: the rule, the file (relative to the
/// repository root, '/': see RepositoryRoot), what it is about (for task rules the diagnostic's symbol, e.g. a package ID; for
/// analyzer rules the message, which names the member and the arguments), and how many times it occurs there.
/// </summary>
internal sealed class BaselineEntry
{
    public BaselineEntry(string rule, string file, string key, int count, string? project)
    {
        Rule = rule;
        File = file;
        Key = key;
        Count = count;
        Project = project;
    }

    public string Rule { get; }

    /// <summary>Relative to the repository root with '/' (<see cref="RepositoryRoot"/>), or empty for a finding without a file.</summary>
    public string File { get; }

    /// <summary>The symbol (task rules) or the message (analyzer rules).</summary>
    public string Key { get; }

    public int Count { get; }

    /// <summary>The project that reported it (relative path), which is where a stale entry is reported; null when unknown.</summary>
    public string? Project { get; }

    public (string Rule, string File, string Key) Identity => (Rule, File, Key);

    /// <summary>Where the entry is in the baseline file (when read from one).</summary>
    public SourcePosition Position { get; set; }
}
