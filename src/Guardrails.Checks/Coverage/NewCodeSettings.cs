using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>coverage.newCode: the thresholds for changed lines (GR2002) and the git base they are measured against.</summary>
internal sealed class NewCodeSettings
{
    /// <summary>The base used when none is configured; the check compares with its merge base with HEAD.</summary>
    public const string DefaultBase = "origin/main";

    public NewCodeSettings(string? configuredBase, string baseOrigin, CoverageThreshold? line, CoverageThreshold? branch, int minLines, string? file, SourcePosition position)
    {
        ConfiguredBase = configuredBase;
        BaseOrigin = baseOrigin;
        Line = line;
        Branch = branch;
        MinLines = minLines;
        File = file;
        Position = position;
    }

    /// <summary>coverage.newCode.base or $(GuardrailsCoverageBase); null for <see cref="DefaultBase"/>.</summary>
    public string? ConfiguredBase { get; }

    public string Base => ConfiguredBase ?? DefaultBase;

    /// <summary>Where the base was set, for messages.</summary>
    public string BaseOrigin { get; }

    public CoverageThreshold? Line { get; }

    public CoverageThreshold? Branch { get; }

    /// <summary>With fewer changed coverable lines than this, nothing is checked (default 0).</summary>
    public int MinLines { get; }

    /// <summary>Where a problem with the check itself (git failing) is reported: the newCode key, or the policy file.</summary>
    public string? File { get; }

    public SourcePosition Position { get; }

    /// <summary>The check runs (and needs git) only when a line or branch threshold is set.</summary>
    public bool IsEnabled => Line is not null || Branch is not null;
}
