using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>A minimum percentage and where it was set: a policy key (file and position) or an MSBuild property.</summary>
internal sealed class CoverageThreshold
{
    public CoverageThreshold(decimal percent, string origin, string? file, SourcePosition position)
    {
        Percent = percent;
        Origin = origin;
        File = file;
        Position = position;
    }

    public decimal Percent { get; }

    /// <summary>For messages: coverage.line, coverage.files["src/Payments/**"].line, GuardrailsCoverageLine.</summary>
    public string Origin { get; }

    /// <summary>The policy file (or, for an MSBuild property, the file the caller names); null when unknown.</summary>
    public string? File { get; }

    /// <summary>The position of the key in <see cref="File"/>; <see cref="SourcePosition.None"/> for a property.</summary>
    public SourcePosition Position { get; }

    /// <summary>"80% (coverage.line)".</summary>
    public string Describe() => CoverageCount.FormatPercent(Percent) + " (" + Origin + ")";
}
