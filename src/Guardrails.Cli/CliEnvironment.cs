using System;
using System.IO;
using Guardrails.Policy;

namespace Guardrails.Cli;

/// <summary>
/// What a command may touch of the process: its output streams, working directory and environment variables. Tests
/// run commands in-process with their own writers, folder and variables.
/// </summary>
internal sealed class CliEnvironment
{
    private readonly Func<string, string?> _getVariable;

    public CliEnvironment(TextWriter output, TextWriter error, string currentDirectory, Func<string, string?> getVariable)
    {
        Output = output;
        Error = error;
        CurrentDirectory = currentDirectory;
        _getVariable = getVariable;
    }

    /// <summary>Results (what a script may read): help, rule documentation, the report's closing summary.</summary>
    public TextWriter Output { get; }

    /// <summary>Progress lines, warnings and errors.</summary>
    public TextWriter Error { get; }

    public string CurrentDirectory { get; }

    /// <summary>
    /// Reads one answer from the person at the terminal; null when nobody can answer (input redirected, as in CI and in
    /// tests), so a command never waits on a prompt no one sees.
    /// </summary>
    public Func<string?>? ReadAnswer { get; init; }

    /// <summary>Whether this runs in CI (CI=true, TF_BUILD, GITHUB_ACTIONS… as the build decides it: <see cref="CiEnvironment"/>), where nothing is asked.</summary>
    public bool IsCI => CiEnvironment.Detect(Variable) is not null;

    /// <summary>The same process, working in another folder.</summary>
    public CliEnvironment In(string currentDirectory) => new(Output, Error, currentDirectory, _getVariable) { ReadAnswer = ReadAnswer };

    public static CliEnvironment FromProcess() =>
        new(Console.Out, Console.Error, Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable)
        {
            ReadAnswer = Console.IsInputRedirected ? null : Console.ReadLine,
        };

    /// <summary>The variable's value, or null when it is unset or empty.</summary>
    public string? Variable(string name)
    {
        var value = _getVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>A path given on the command line, resolved against <see cref="CurrentDirectory"/>.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(Path.Combine(CurrentDirectory, path));
}
