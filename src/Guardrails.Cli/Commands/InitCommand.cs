using System;
using System.CommandLine;
using System.IO;
using Guardrails.Policy.Adoption;

namespace Guardrails.Cli.Commands;

/// <summary>
/// <c>guardrails init</c>: scans the repository (projects, restored packages and their licences, coverage reports) and
/// writes a starter guardrails.json with comments, an empty baseline, and the package reference set-up.
/// </summary>
internal sealed class InitCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var root = new Option<string?>("--root")
        {
            Description = "The repository's root folder, where guardrails.json goes. Default: the current folder.",
            HelpName = "dir",
        };
        var force = new Option<bool>("--force") { Description = "Replace an existing guardrails.json." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be written, write nothing." };
        var command = new Command("init", "Scan the repository and write a starter guardrails.json (commented, lenient: the first build is green or shows a few findings), "
            + "an empty guardrails.baseline.json, and the Guardrails package reference (GlobalPackageReference with Central Package Management, else Directory.Build.props). "
            + "Next: 'guardrails baseline' records today's findings.\n"
            + "Exit codes: 0 written; 2 usage error; 3 refused (guardrails.json exists: use --force) or the folder cannot be scanned; 4 a file could not be written.")
        {
            root,
            force,
            dryRun,
        };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(root), parseResult.GetValue(force), parseResult.GetValue(dryRun)));
        return command;
    }

    private static int Run(CliEnvironment environment, string? rootOption, bool force, bool dryRun)
    {
        var name = GuardrailsCli.Name + " init";
        var root = environment.ResolvePath(rootOption ?? ".");
        if (!Directory.Exists(root))
        {
            environment.Error.WriteLine(name + ": the folder " + root + " does not exist.");
            return ExitCodes.UsageError;
        }

        environment.Error.WriteLine(name + ": scanning " + root + " ...");
        InitPlan plan;
        try
        {
            plan = InitPlanner.Plan(RepositoryScanner.Scan(root), new InitOptions(ToolVersion.Semantic) { Force = force });
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            environment.Error.WriteLine(name + ": " + ex.Message);
            return ExitCodes.InputError;
        }

        foreach (var line in plan.Summary)
        {
            environment.Error.WriteLine("  " + line);
        }

        if (!plan.CanApply)
        {
            environment.Error.WriteLine(name + ": " + plan.Refusal);
            return ExitCodes.InputError;
        }

        if (dryRun)
        {
            foreach (var file in plan.Files)
            {
                environment.Output.WriteLine("== " + file.Action + " " + file.RelativePath + ": " + file.Description);
                environment.Output.WriteLine(file.Text);
            }

            return ExitCodes.Success;
        }

        var result = plan.Apply();
        if (!result.Succeeded)
        {
            environment.Error.WriteLine(name + ": " + result.Error);
            return ExitCodes.OutputError;
        }

        foreach (var file in result.Written)
        {
            environment.Output.WriteLine(file.Action + " " + file.RelativePath + ": " + file.Description);
        }

        environment.Output.WriteLine("Next: 'dotnet build' to see today's findings, 'guardrails baseline' to record them so that only new ones fail, and commit the files.");
        return ExitCodes.Success;
    }
}
