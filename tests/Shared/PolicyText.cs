using System.Text;
using Guardrails.Policy;

namespace Guardrails.Tests.Shared;

internal static class PolicyText
{
    public const string FileName = "/repo/guardrails.json";

    public static PolicyLoadResult Parse(string json, string? profile = null, bool profileIsExplicit = false) =>
        PolicyLoader.Parse(Encoding.UTF8.GetBytes(json), FileName, profile, profileIsExplicit);

    public static PolicyProblem Single(PolicyLoadResult result) =>
        Assert.Single(result.Problems);
}
