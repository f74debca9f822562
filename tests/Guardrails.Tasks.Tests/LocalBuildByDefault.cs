using System.Runtime.CompilerServices;
using Guardrails.Policy;

namespace Guardrails.Tasks.Tests;

/// <summary>
/// The tasks tell CI from local by the process environment (BuildKind). This suite also runs in CI, with CI=true in its
/// own environment: the tasks under test must not see that, so the CI variables are cleared before any test runs. A test
/// that needs a CI build gives the task its environment through the EnvironmentVariable seam.
/// </summary>
internal static class LocalBuildByDefault
{
    [ModuleInitializer]
    internal static void ClearCiVariables()
    {
        foreach (var name in CiEnvironment.Variables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}
