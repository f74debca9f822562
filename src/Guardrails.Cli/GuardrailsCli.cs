using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Linq;
using Guardrails.Cli.Commands;
using Guardrails.Cli.Docs;

namespace Guardrails.Cli;

/// <summary>
/// The <c>guardrails</c> command line: builds the command tree from <see cref="CommandCatalog"/>, parses, runs the
/// chosen command and turns every outcome into one of the <see cref="ExitCodes"/>.
/// </summary>
internal static class GuardrailsCli
{
    public const string Name = "guardrails";

    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = CreateRootCommand(environment);
        var configuration = new InvocationConfiguration
        {
            Output = environment.Output,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
        };

        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(configuration);
            return ExitCodes.UsageError;
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            ReportUsageErrors(parseResult, environment);
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (Exception ex)
        {
            environment.Error.WriteLine(Name + ": internal error, please report it: " + ex);
            return ExitCodes.InternalError;
        }
    }

    private static Command CreateRootCommand(CliEnvironment environment)
    {
        var root = new Command(Name, "Adoption (init, baseline), reports and rule documentation for Guardrails, the policy-as-code build checks for C#.\n"
            + "Exit codes: 0 success, 1 findings at error severity, 2 usage error, 3 missing or broken input, 4 output not written.");
        root.Options.Add(new HelpOption());
        root.Options.Add(new VersionOption { Action = new PrintVersionAction() });
        foreach (var command in CommandCatalog.All)
        {
            root.Subcommands.Add(command.Create(environment));
        }

        return root;
    }

    /// <summary>Every parse error on stderr, with "did you mean" for a misspelt command or option, and where to get help.</summary>
    private static void ReportUsageErrors(ParseResult parseResult, CliEnvironment environment)
    {
        var command = parseResult.CommandResult.Command;
        var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))).ToList();
        foreach (var error in parseResult.Errors)
        {
            environment.Error.WriteLine(CommandPath(parseResult) + ": " + error.Message);
        }

        foreach (var token in parseResult.UnmatchedTokens)
        {
            var suggestions = Suggestions.Closest(token, names, maxDistance: Math.Min(2, token.Length / 3));
            if (suggestions.Count > 0)
            {
                environment.Error.WriteLine("Did you mean " + string.Join(" or ", suggestions.Select(s => "'" + s + "'")) + " instead of '" + token + "'?");
            }
        }

        environment.Error.WriteLine("Run '" + CommandPath(parseResult) + " --help' for usage.");
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        return command.Name == Name ? Name : Name + " " + command.Name;
    }

    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ToolVersion.Informational);
            return ExitCodes.Success;
        }
    }
}
