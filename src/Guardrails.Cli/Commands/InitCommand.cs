using System;
using System.CommandLine;
using System.IO;
using Guardrails.Cli.Adoption;

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
        var baseline = new Option<bool>("--baseline")
        {
            Description = "Then record today's findings as the baseline ('guardrails baseline': one 'dotnet build'), so that the next build is green, "
                + "also with TreatWarningsAsErrors, and only new violations fail it. Without it, init asks at a terminal and never in CI or with input redirected.",
        };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Do not record the baseline and do not ask." };
        var command = new Command("init", "Scan the repository and write a starter guardrails.json (commented, lenient: the first build is green or shows a few findings), "
            + "an empty guardrails.baseline.json, and the Guardrails package reference (GlobalPackageReference with Central Package Management, else Directory.Build.props). "
            + "With --baseline it then records today's findings (guardrails baseline), so adoption is: guardrails init --baseline, dotnet build (green), commit.\n"
            + "Exit codes: 0 written; 1 written, but some projects do not get the package (named) or the baseline's build failed; 2 usage error; 3 refused (guardrails.json exists: use --force), the folder cannot be scanned, "
            + "or the baseline could not be recorded; 4 a file could not be written.")
        {
            root,
            force,
            dryRun,
            baseline,
            noBaseline,
        };
        command.SetAction(parseResult => Run(
            environment,
            parseResult.GetValue(root),
            parseResult.GetValue(force),
            parseResult.GetValue(dryRun),
            parseResult.GetValue(baseline) ? true : parseResult.GetValue(noBaseline) ? false : null));
        return command;
    }

    private static int Run(CliEnvironment environment, string? rootOption, bool force, bool dryRun, bool? recordBaseline)
    {
        var name = GuardrailsCli.Name + " init";
        var root = environment.ResolvePath(rootOption ?? ".");
        if (!Directory.Exists(root))
        {
            environment.Error.WriteLine(name + ": the folder " + root + " does not exist.");
            return ExitCodes.UsageError;
        }

        if (recordBaseline == true && dryRun)
        {
            environment.Error.WriteLine(name + ": --baseline builds the repository and writes the baseline; it cannot be combined with --dry-run.");
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

            return ReportUncovered(environment, name, plan, ExitCodes.Success);
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

        var policyPath = Path.Combine(root, RepositoryScanner.PolicyFileName);
        if (recordBaseline ?? Ask(environment, plan))
        {
            environment.Error.WriteLine(name + ": recording today's findings as the baseline (guardrails baseline) ...");
            var exitCode = BaselineCommand.Run(environment.In(root), target: null, policyPath, noBuild: false, properties: Array.Empty<string>());
            if (exitCode == ExitCodes.Success)
            {
                environment.Output.WriteLine("Next: 'dotnet build' is green with today's findings baselined; only new violations are reported. Commit guardrails.json, the baseline and the package reference.");
            }

            return ReportUncovered(environment, name, plan, exitCode);
        }

        environment.Output.WriteLine(plan.TreatsWarningsAsErrors.Count > 0
            ? "Next: 'guardrails baseline' before anything else — TreatWarningsAsErrors is on (" + string.Join(", ", plan.TreatsWarningsAsErrors)
                + "), so the next build fails on today's findings until they are recorded; then 'dotnet build' is green, and commit the files. ('guardrails init --baseline' does both steps in one.)"
            : "Next: 'dotnet build' to see today's findings, 'guardrails baseline' to record them so that only new ones fail, and commit the files. ('guardrails init --baseline' records them right away.)");
        return ReportUncovered(environment, name, plan, ExitCodes.Success);
    }

    /// <summary>
    /// Never fail open: when some projects do not get the package from what init wrote, they build green with no policy,
    /// so init names them and exits with <see cref="ExitCodes.ErrorFindings"/> (unless a worse code is due already).
    /// </summary>
    private static int ReportUncovered(CliEnvironment environment, string name, InitPlan plan, int exitCode)
    {
        if (plan.Uncovered.Count == 0)
        {
            return exitCode;
        }

        environment.Error.WriteLine(name + ": " + plan.Uncovered.Count + " project(s) do not get the Guardrails package and would build without the policy: "
            + string.Join("; ", plan.Uncovered) + ". Reference Guardrails for them by hand.");
        return exitCode == ExitCodes.Success ? ExitCodes.ErrorFindings : exitCode;
    }

    /// <summary>At a terminal (never in CI, never with input redirected): whether to record the baseline now.</summary>
    private static bool Ask(CliEnvironment environment, InitPlan plan)
    {
        if (environment.ReadAnswer is null || environment.IsCI)
        {
            return false;
        }

        environment.Error.Write("Record today's findings as the baseline now, so the next build is green and only new violations fail it? This runs 'dotnet build'"
            + (plan.TreatsWarningsAsErrors.Count > 0 ? " (TreatWarningsAsErrors is on: without a baseline the next build fails)" : string.Empty) + ". [y/N] ");
        var answer = environment.ReadAnswer()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}
