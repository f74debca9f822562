using System.Collections.Generic;

namespace Guardrails.Cli.Adoption;

/// <summary>What <see cref="InitPlan.Apply"/> did: the files written, or why it wrote nothing (or stopped).</summary>
internal sealed class InitResult
{
    public InitResult(IReadOnlyList<PlannedFile> written, string? error)
    {
        Written = written;
        Error = error;
    }

    public bool Succeeded => Error is null;

    /// <summary>The files written, in order; when <see cref="Error"/> is set after some were written, these stay written.</summary>
    public IReadOnlyList<PlannedFile> Written { get; }

    /// <summary>Why the plan was not (fully) applied, or null.</summary>
    public string? Error { get; }
}
