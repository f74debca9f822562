namespace Guardrails.Cli;

/// <summary>What the process exit code of every <c>guardrails</c> command means. Documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work and found nothing at error severity.</summary>
    public const int Success = 0;

    /// <summary>The command did its work, and what it read has findings at error severity (a CI step should fail).</summary>
    public const int ErrorFindings = 1;

    /// <summary>The command line is wrong: unknown command or option, bad value, unknown rule ID.</summary>
    public const int UsageError = 2;

    /// <summary>An input is missing or broken: no build outputs under the root, a file that cannot be read or parsed.</summary>
    public const int InputError = 3;

    /// <summary>An output could not be written (the message names the file).</summary>
    public const int OutputError = 4;

    /// <summary>A bug in the tool: the message and stack trace are printed so it can be reported.</summary>
    public const int InternalError = 70;
}
