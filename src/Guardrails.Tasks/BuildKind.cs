using System;
using System.Collections.Generic;
using Guardrails.Policy;

namespace Guardrails.Tasks;

/// <summary>
/// Whether a build is CI, and so which profile of the policy applies — decided from what a project file cannot
/// change: the process environment (<see cref="CiEnvironment"/>) and MSBuild's global properties (the command line).
/// <list type="bullet">
/// <item>CI when <c>-p:GuardrailsIsCI=true</c> is global, or the environment says CI (unless <c>-p:GuardrailsIsCI=false</c>
/// is global), or a project sets <c>GuardrailsIsCI=true</c>: a project can make a build CI, never a CI build local.</item>
/// <item>A global <c>GuardrailsProfile</c> is always used. In a build that is CI by the environment or the command line,
/// <c>GuardrailsProfile</c> and <c>GuardrailsIsCI=false</c> from a project file are ignored (and reported as GR4004 by
/// <see cref="CheckGuardrailsSwitches"/>); the <c>ci</c> profile applies.</item>
/// <item><c>ContinuousIntegrationBuild</c> and a project's <c>&lt;CI&gt;</c> mean nothing here.</item>
/// </list>
/// Every policy task decides the same way from the same inputs, so they all apply the same profile.
/// </summary>
internal sealed class BuildKind
{
    public const string IsCIProperty = "GuardrailsIsCI";
    public const string ProfileProperty = "GuardrailsProfile";

    private BuildKind(bool isCI, string reason, string? profile, bool profileIsExplicit)
    {
        IsCI = isCI;
        Reason = reason;
        Profile = profile;
        ProfileIsExplicit = profileIsExplicit;
    }

    public bool IsCI { get; }

    /// <summary>Why: "the environment variable CI=true", "-p:GuardrailsIsCI=true", "GuardrailsIsCI=true in the project", "local".</summary>
    public string Reason { get; }

    /// <summary>The profile to apply, or null.</summary>
    public string? Profile { get; }

    /// <summary>True when the profile was named by the user (a profile the policy lacks is then GR0002).</summary>
    public bool ProfileIsExplicit { get; }

    /// <summary>A project's GuardrailsProfile value that this CI build ignored, or null.</summary>
    public string? IgnoredProfile { get; private set; }

    /// <summary>True when a project's GuardrailsIsCI=false was ignored because the build is CI by the environment.</summary>
    public bool IgnoredIsCIFalse { get; private set; }

    /// <summary>One line for the targets' inputs stamp: a change of decision reruns the policy targets.</summary>
    public string Summary => (IsCI ? "ci" : "local") + "|" + Reason + "|" + Profile + "|" + (ProfileIsExplicit ? "explicit" : string.Empty);

    /// <param name="profile">$(GuardrailsProfile) as evaluated (the targets set it to "ci" when $(GuardrailsIsCI) is true and it was empty).</param>
    /// <param name="profileIsExplicit">Whether $(GuardrailsProfile) was set by the user (project or command line).</param>
    /// <param name="isCI">$(GuardrailsIsCI) as evaluated, when the task was given it; null otherwise.</param>
    /// <param name="globalProperties">MSBuild's global properties (command line), or null when the engine cannot say.</param>
    /// <param name="environment">Reads an environment variable of the build process.</param>
    public static BuildKind Decide(
        string? profile,
        bool profileIsExplicit,
        string? isCI,
        IReadOnlyDictionary<string, string>? globalProperties,
        Func<string, string?> environment)
    {
        var globalIsCI = Global(globalProperties, IsCIProperty);
        var globalProfile = Global(globalProperties, ProfileProperty);
        var projectProfile = string.IsNullOrWhiteSpace(profile) ? null : profile!.Trim();

        string? ciBy = null;
        if (IsTrue(globalIsCI))
        {
            ciBy = "-p:" + IsCIProperty + "=" + globalIsCI;
        }
        else if (!IsFalse(globalIsCI) && CiEnvironment.Detect(environment) is { } variable)
        {
            ciBy = "the environment variable " + variable;
        }

        if (globalProfile is { Length: > 0 })
        {
            return new BuildKind(ciBy is not null || IsTrue(isCI), ciBy ?? Local(globalIsCI, isCI, projectProfile, profileIsExplicit), globalProfile, profileIsExplicit: true);
        }

        if (ciBy is not null)
        {
            var ignored = profileIsExplicit && projectProfile is not null && !string.Equals(projectProfile, PolicyLoader.CiProfile, StringComparison.Ordinal)
                ? projectProfile
                : null;
            return new BuildKind(true, ciBy, PolicyLoader.CiProfile, profileIsExplicit && ignored is null)
            {
                IgnoredProfile = ignored,
                IgnoredIsCIFalse = globalIsCI is null && IsFalse(isCI),
            };
        }

        // Not CI by the process: the project's own choices apply (including GuardrailsIsCI=true, which the targets turn into profile "ci").
        var projectMadeItCI = IsTrue(isCI) || (isCI is null && !profileIsExplicit && string.Equals(projectProfile, PolicyLoader.CiProfile, StringComparison.Ordinal));
        return new BuildKind(projectMadeItCI, projectMadeItCI ? IsCIProperty + "=true in the project" : "local", projectProfile, profileIsExplicit && projectProfile is not null);
    }

    private static string Local(string? globalIsCI, string? isCI, string? projectProfile, bool profileIsExplicit) =>
        IsFalse(globalIsCI) ? "-p:" + IsCIProperty + "=" + globalIsCI
        : IsTrue(isCI) || (!profileIsExplicit && projectProfile == PolicyLoader.CiProfile) ? IsCIProperty + "=true in the project"
        : "local";

    private static string? Global(IReadOnlyDictionary<string, string>? properties, string name)
    {
        if (properties is null)
        {
            return null;
        }

        foreach (var pair in properties)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value?.Trim();
            }
        }

        return null;
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
