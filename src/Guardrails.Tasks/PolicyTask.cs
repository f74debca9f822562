using System;
using System.Collections.Generic;
using Guardrails.Policy;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

/// <summary>A Guardrails task that reads the policy: the inputs that locate it and pick its profile, in one place.</summary>
public abstract class PolicyTask : Task
{
    /// <summary>The policy file; empty when none was found (built-in defaults).</summary>
    public string? PolicyFile { get; set; }

    /// <summary>True when the user set $(GuardrailsPolicyFile): a missing file is then GR0002.</summary>
    public bool PolicyFileIsExplicit { get; set; }

    /// <summary>$(GuardrailsProfile) as evaluated; which profile applies is <see cref="BuildKind"/>'s decision.</summary>
    public string? Profile { get; set; }

    /// <summary>True when the user set $(GuardrailsProfile): a profile the policy lacks is then GR0002.</summary>
    public bool ProfileIsExplicit { get; set; }

    /// <summary>$(GuardrailsIsCI) as evaluated (given to the tasks that need to know, or to report it ignored).</summary>
    public string? IsCI { get; set; }

    /// <summary>The project file, where problems without a better place are reported.</summary>
    [Required]
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>Reads the build process's environment; tests replace it so that their own environment (CI=true) cannot leak in.</summary>
    internal Func<string, string?> EnvironmentVariable { get; set; } = Environment.GetEnvironmentVariable;

    /// <summary>CI or local, and the profile that applies (see <see cref="BuildKind"/>).</summary>
    private protected BuildKind DecideBuildKind() =>
        BuildKind.Decide(Profile, ProfileIsExplicit, IsCI, GlobalProperties(), EnvironmentVariable);

    private protected PolicyLoadResult LoadPolicy() => LoadPolicy(DecideBuildKind());

    private protected PolicyLoadResult LoadPolicy(BuildKind kind) => PolicyLoader.Load(PolicyFile, PolicyFileIsExplicit, kind.Profile, kind.ProfileIsExplicit);

    private IReadOnlyDictionary<string, string>? GlobalProperties() =>
        BuildEngine is IBuildEngine6 engine ? engine.GetGlobalProperties() : null;
}
