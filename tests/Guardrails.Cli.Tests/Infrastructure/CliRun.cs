namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>One in-process run of the guardrails command line, with its own output, working folder and environment.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(string currentDirectory, params string[] args) => Of(currentDirectory, new Dictionary<string, string>(), args);

    public static CliRun Of(string currentDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Only the variables the test gives: a CI machine's GITHUB_* must not leak into the run.
        var cli = new CliEnvironment(output, error, currentDirectory, name => environment.TryGetValue(name, out var value) ? value : null);
        var exitCode = GuardrailsCli.Run(args, cli);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public override string ToString() => "exit code " + ExitCode + "\n--- stdout\n" + Output + "--- stderr\n" + Error;
}
