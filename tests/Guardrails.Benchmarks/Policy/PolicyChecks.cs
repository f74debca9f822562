using Guardrails.Policy;

namespace Guardrails.Benchmarks.Policy;

/// <summary>Sanity checks run in [GlobalSetup]: a benchmark of a policy that fails validation would measure the wrong path.</summary>
internal static class PolicyChecks
{
    public static void RequireClean(PolicyLoadResult result, string what)
    {
        if (result.Problems.Count != 0)
        {
            var details = string.Join(Environment.NewLine, result.Problems.Select(p => p.ToString()));
            throw new InvalidOperationException("The " + what + " has " + result.Problems.Count + " problem(s):" + Environment.NewLine + details);
        }

        if (result.Policy.EffectiveRoot is null)
        {
            throw new InvalidOperationException("The " + what + " fell back to the built-in defaults.");
        }
    }
}
