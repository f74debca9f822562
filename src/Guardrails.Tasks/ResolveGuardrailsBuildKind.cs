using Microsoft.Build.Framework;

namespace Guardrails.Tasks;

/// <summary>
/// CI or local (<see cref="BuildKind"/>), as one line for the policy targets' inputs stamp: the decision reads the
/// process environment, which MSBuild's up-to-date checks cannot see, so a build that turns CI (or local) reruns the
/// policy targets instead of reusing the other kind's results. Runs only when the raw inputs the targets stamp with
/// MSBuild's own task (the CI variables, GuardrailsIsCI, GuardrailsProfile) changed: a no-op build runs no Guardrails task.
/// </summary>
public sealed class ResolveGuardrailsBuildKind : PolicyTask
{
    [Output]
    public string Summary { get; private set; } = string.Empty;

    public override bool Execute()
    {
        var kind = DecideBuildKind();
        Summary = kind.Summary;
        Log.LogMessage(MessageImportance.Low, "Guardrails: {0} build ({1}), profile '{2}'.", kind.IsCI ? "CI" : "local", kind.Reason, kind.Profile ?? string.Empty);
        return true;
    }
}
