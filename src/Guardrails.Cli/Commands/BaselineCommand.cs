using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Guardrails.Cli.Baselines;
using Guardrails.Policy;
using Guardrails.Checks.Baseline;

namespace Guardrails.Cli.Commands;

/// <summary>
/// <c>guardrails baseline</c>: builds the repository recording every Guardrails finding, and writes them as the
/// policy's baseline (baseline.file), so that only new violations are reported from then on.
/// </summary>
internal sealed class BaselineCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var target = new Argument<string?>("project")
        {
            Description = "The solution or project to build, as for 'dotnet build'. Default: the one in the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var policy = new Option<string?>("--policy")
        {
            Description = "The policy file. Default: guardrails.json in the current folder or the nearest folder above it.",
            HelpName = "file",
        };
        var noBuild = new Option<bool>("--no-build")
        {
            Description = "Do not build: collect the findings.json files the last build left (it must have run with -p:GuardrailsBaselineRecording=true to see past Guardrails errors).",
        };
        var properties = new Option<string[]>("--property", "-p")
        {
            Description = "An MSBuild property for the recording build, as for 'dotnet build': -p:Name=Value or --property:Name=Value (repeatable), e.g. a property that selects the target frameworks.",
            HelpName = "name=value",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("baseline", "Record the current Guardrails findings in the policy's baseline file (baseline.file in guardrails.json), so that only new violations "
            + "are reported. Runs 'dotnet build' with Guardrails errors as warnings, then merges every project's obj/**/guardrails/findings.json. Run it again to shrink the baseline after fixes.\n"
            + "Exit codes: 0 written; 1 written, but the build failed (projects that did not compile are missing from it); 2 usage error; 3 no policy, no baseline.file, or no findings; 4 the file could not be written.")
        {
            target,
            policy,
            noBuild,
            properties,
        };
        command.SetAction(parseResult => Run(environment, parseResult.GetValue(target), parseResult.GetValue(policy), parseResult.GetValue(noBuild), parseResult.GetValue(properties) ?? []));
        return command;
    }

    /// <summary>Records the baseline; also what <c>guardrails init --baseline</c> runs once it has written the policy.</summary>
    internal static int Run(CliEnvironment environment, string? target, string? policyOption, bool noBuild, string[] properties)
    {
        var name = GuardrailsCli.Name + " baseline";
        var invalidProperty = properties.FirstOrDefault(p => RecordingBuild.PropertyArgument(p) is null);
        if (invalidProperty is not null)
        {
            environment.Error.WriteLine(name + ": '" + invalidProperty + "' is not an MSBuild property: use -p:Name=Value.");
            return ExitCodes.UsageError;
        }

        if (noBuild && properties.Length > 0)
        {
            environment.Error.WriteLine(name + ": -p/--property passes properties to the recording build; with --no-build there is none.");
            return ExitCodes.UsageError;
        }

        var policyPath = policyOption is null ? FindPolicy(environment.CurrentDirectory) : environment.ResolvePath(policyOption);
        if (policyPath is null || !File.Exists(policyPath))
        {
            environment.Error.WriteLine(name + ": no policy file " + (policyPath ?? "guardrails.json (searched from " + environment.CurrentDirectory + " up)") + ". Run '" + GuardrailsCli.Name + " init' first.");
            return ExitCodes.InputError;
        }

        var load = PolicyLoader.Load(policyPath, pathIsExplicit: true, profile: null, profileIsExplicit: false);
        var invalid = load.Problems.FirstOrDefault(p => p.RuleId == Rules.RuleIds.GR0001);
        if (invalid is not null)
        {
            environment.Error.WriteLine(policyPath + invalid.Position + ": error GR0001: " + invalid.Message);
            return ExitCodes.InputError;
        }

        var baselinePath = BaselineFile.PathFrom(load.Policy);
        if (baselinePath is null)
        {
            environment.Error.WriteLine(name + ": " + policyPath + " names no baseline file. Add \"baseline\": { \"file\": \"guardrails.baseline.json\" } to it, then run this again.");
            return ExitCodes.InputError;
        }

        // Findings files are looked for under the repository root: projects may sit beside the policy's folder, not below it.
        var root = RepositoryRoot.Of(policyPath);
        var started = DateTime.UtcNow.AddSeconds(-2);
        var buildExit = 0;
        if (!noBuild)
        {
            buildExit = RecordingBuild.Run(environment.CurrentDirectory, target, properties.Select(p => RecordingBuild.PropertyArgument(p)!).ToList(), environment.Error);
        }

        BaselineFile baseline;
        System.Collections.Generic.List<string> files;
        try
        {
            (baseline, files) = FindingsCollector.Collect(root, noBuild ? DateTime.MinValue : started);
        }
        catch (InvalidDataException ex)
        {
            environment.Error.WriteLine(name + ": a findings file cannot be read: " + ex.Message + ". Build again.");
            return ExitCodes.InputError;
        }

        if (files.Count == 0)
        {
            environment.Error.WriteLine(name + ": the build left no findings.json under " + root + (buildExit != 0 ? " (it failed: see its output above)" : string.Empty)
                + ". Guardrails writes them after compiling each project that references the Guardrails package.");
            return ExitCodes.InputError;
        }

        var previous = File.Exists(baselinePath) ? TryRead(baselinePath) : null;
        try
        {
            var temp = baselinePath + ".tmp";
            File.WriteAllText(temp, baseline.Serialize());
            File.Move(temp, baselinePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            environment.Error.WriteLine(name + ": could not write " + baselinePath + ": " + ex.Message);
            return ExitCodes.OutputError;
        }

        var findings = baseline.Entries.Sum(e => e.Count);
        var projects = baseline.Entries.Select(e => e.Project).Distinct().Count();
        var change = previous is null ? string.Empty : " (was " + previous.Entries.Sum(e => e.Count) + ")";
        environment.Output.WriteLine("Wrote " + baselinePath + ": " + findings + " findings" + change + " in " + baseline.Entries.Count + " entries, from " + files.Count
            + " build outputs of " + projects + " projects. Commit it; new violations are reported from now on.");
        if (buildExit != 0)
        {
            environment.Error.WriteLine(name + ": the build failed (exit code " + buildExit + "), so projects that did not compile are missing from the baseline. Fix the build errors and run this again.");
            return ExitCodes.ErrorFindings;
        }

        return ExitCodes.Success;
    }

    private static BaselineFile? TryRead(string path)
    {
        try
        {
            return BaselineFile.Read(path);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? FindPolicy(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "guardrails.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
