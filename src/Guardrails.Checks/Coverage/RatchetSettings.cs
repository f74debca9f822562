using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>coverage.ratchet: whether coverage may not fall below the recorded baseline (GR2003), and by how much.</summary>
internal sealed class RatchetSettings
{
    /// <summary>The baseline file when neither ratchet.baseline nor ratchet.file names one, next to the policy.</summary>
    public const string DefaultBaselineFile = "coverage-baseline.json";

    /// <summary>The command that writes or refreshes the baseline; messages and docs quote it.</summary>
    public const string UpdateCommand = "dotnet test -p:GuardrailsUpdateCoverageBaseline=true";

    public RatchetSettings(bool enabled, string baselinePath, decimal tolerance, string? file, SourcePosition position)
    {
        Enabled = enabled;
        BaselinePath = baselinePath;
        Tolerance = tolerance;
        File = file;
        Position = position;
    }

    public bool Enabled { get; }

    /// <summary>The absolute path of the baseline file.</summary>
    public string BaselinePath { get; }

    /// <summary>Percentage points coverage may fall before GR2003 (default 0).</summary>
    public decimal Tolerance { get; }

    /// <summary>Where a missing baseline is reported: the policy file, at the ratchet key.</summary>
    public string? File { get; }

    public SourcePosition Position { get; }
}
