namespace Guardrails.Checks.Coverage;

/// <summary>What one git command did: its output, or why it failed (not started, timed out, non-zero exit).</summary>
internal sealed class GitResult
{
    public GitResult(string commandLine, bool started, bool timedOut, int exitCode, string output, string error)
    {
        CommandLine = commandLine;
        Started = started;
        TimedOut = timedOut;
        ExitCode = exitCode;
        Output = output;
        Error = error;
    }

    /// <summary>"git merge-base origin/main HEAD", for messages.</summary>
    public string CommandLine { get; }

    public bool Started { get; }

    public bool TimedOut { get; }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>Standard error, or why git could not be started.</summary>
    public string Error { get; }

    public bool Succeeded => Started && !TimedOut && ExitCode == 0;

    /// <summary>"git merge-base origin/main HEAD failed: fatal: Not a valid object name origin/main".</summary>
    public string Failure()
    {
        if (!Started)
        {
            return CommandLine + " could not be started (" + Error + "); install git and put it on PATH";
        }

        if (TimedOut)
        {
            return CommandLine + " did not finish in time and was stopped";
        }

        var error = Error.Trim().Replace("\r", string.Empty).Replace('\n', ' ');
        return CommandLine + " failed: " + (error.Length == 0 ? "no message" : error) + " (exit code " + ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
