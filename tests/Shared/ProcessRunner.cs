using System.Diagnostics;
using System.Text;

namespace Guardrails.Tests.Shared;

internal sealed record ProcessResult(int ExitCode, string Output);

/// <summary>
/// Runs dotnet (or another program) to completion with its output captured, outside any CI profile: the variables that
/// switch on Guardrails' CI detection (or its step summary) are removed unless a test sets them.
/// </summary>
internal static class ProcessRunner
{
    /// <summary>
    /// Variables that switch on Guardrails' CI profile (every one CiEnvironment reads: the suite itself runs in CI, with
    /// CI=true and its system's own variables) or CI-only output; a test sets them explicitly or not at all.
    /// </summary>
    public static readonly string[] CiVariables =
    [
        "CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "CIRCLECI", "APPVEYOR", "TRAVIS", "JENKINS_URL", "TEAMCITY_VERSION",
        "BITBUCKET_BUILD_NUMBER", "JB_SPACE_API_URL", "CODEBUILD_BUILD_ID", "AWS_REGION", "BUILD_ID", "BUILD_URL", "PROJECT_ID",
        "ContinuousIntegrationBuild", "GITHUB_STEP_SUMMARY",
    ];

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null) =>
        Run(fileName, arguments, workingDirectory, environment ?? new Dictionary<string, string?>(), timeout);

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in CiVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{fileName} {string.Join(' ', arguments)}' did not finish within {timeout}.\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }
}
