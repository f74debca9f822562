using System;
using System.Collections.Generic;

namespace Guardrails.Policy;

/// <summary>
/// Whether the process runs in a CI system, read from the variables CI systems set in the environment of every job —
/// the .NET SDK's own detection (CIEnvironmentDetectorForTelemetry: boolean TF_BUILD, GITHUB_ACTIONS, APPVEYOR, CI,
/// TRAVIS, CIRCLECI; TEAMCITY_VERSION, JB_SPACE_API_URL present; CODEBUILD_BUILD_ID with AWS_REGION, BUILD_ID with
/// BUILD_URL or PROJECT_ID) plus GitLab, Jenkins, Buildkite and Bitbucket's own markers. Never MSBuild properties: a
/// project file can set <c>&lt;CI&gt;false&lt;/CI&gt;</c>, and <c>ContinuousIntegrationBuild</c> is a determinism switch
/// that repositories set unconditionally.
/// </summary>
internal static class CiEnvironment
{
    /// <summary>Variables whose value must be true (<c>true</c>, any case, or <c>1</c>).</summary>
    private static readonly string[] Flags = { "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "APPVEYOR", "TRAVIS" };

    /// <summary>Variables that mark a CI job by being set at all.</summary>
    private static readonly string[] Markers = { "JENKINS_URL", "TEAMCITY_VERSION", "BITBUCKET_BUILD_NUMBER", "JB_SPACE_API_URL" };

    /// <summary>Pairs that mark a CI job when both are set (a lone BUILD_ID is too common to mean CI).</summary>
    private static readonly string[][] Pairs =
    {
        new[] { "CODEBUILD_BUILD_ID", "AWS_REGION" },
        new[] { "BUILD_ID", "BUILD_URL" },
        new[] { "BUILD_ID", "PROJECT_ID" },
    };

    /// <summary>Every variable read, for tests and tools that must clear them to get a local build.</summary>
    public static IReadOnlyList<string> Variables { get; } = AllVariables();

    /// <summary>The variable that says this is CI, as "NAME=value", or null for a local build.</summary>
    public static string? Detect(Func<string, string?> variable)
    {
        foreach (var name in Flags)
        {
            var value = variable(name)?.Trim();
            if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1")
            {
                return name + "=" + value;
            }
        }

        foreach (var name in Markers)
        {
            if (!string.IsNullOrWhiteSpace(variable(name)))
            {
                return name + " (set)";
            }
        }

        foreach (var pair in Pairs)
        {
            if (!string.IsNullOrWhiteSpace(variable(pair[0])) && !string.IsNullOrWhiteSpace(variable(pair[1])))
            {
                return pair[0] + " and " + pair[1] + " (set)";
            }
        }

        return null;
    }

    private static IReadOnlyList<string> AllVariables()
    {
        var all = new List<string>(Flags);
        all.AddRange(Markers);
        foreach (var pair in Pairs)
        {
            foreach (var name in pair)
            {
                if (!all.Contains(name))
                {
                    all.Add(name);
                }
            }
        }

        return all;
    }
}
