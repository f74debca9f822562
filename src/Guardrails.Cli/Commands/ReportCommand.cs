using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Guardrails.Cli.Reports;

namespace Guardrails.Cli.Commands;

/// <summary><c>guardrails report</c>: SARIF, Markdown and HTML from the Guardrails outputs a build left under obj/.</summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var root = new Option<string>("--root")
        {
            Description = "The folder to search for build outputs (obj/**/guardrails/); report paths are relative to it. Default: the current folder.",
            HelpName = "dir",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder the reports are written to. Default: " + ReportFiles.DefaultOutputDirectory + " under the root.",
            HelpName = "dir",
        };
        var format = new Option<ReportFormats>("--format", "-f")
        {
            Description = "The reports to write, comma-separated: sarif (" + ReportFiles.Sarif + "), markdown (" + ReportFiles.Markdown + "), html (" + ReportFiles.Html + "). Default: all three.",
            HelpName = "formats",
            AllowMultipleArgumentsPerToken = false,
            CustomParser = result =>
            {
                var formats = ReportFormatNames.Parse(result.Tokens.Select(t => t.Value), out var error);
                if (formats is null)
                {
                    result.AddError(error!);
                    return ReportFormats.None;
                }

                return formats.Value;
            },
        };
        var configuration = new Option<string?>("--configuration", "-c")
        {
            Description = "Only read the outputs of this build configuration (Debug, Release). Default: every configuration found.",
            HelpName = "name",
        };

        var command = new Command("report", "Write one SARIF 2.1.0 log, a Markdown summary and an HTML report from the Guardrails diagnostics, coverage and review debt "
            + "that 'dotnet build' / 'dotnet test' left under obj/. On GitHub Actions the summary is also appended to $GITHUB_STEP_SUMMARY.\n"
            + "Exit codes: 0 written, no errors; 1 written, findings at error severity; 2 usage error; 3 no or broken build outputs; 4 a report could not be written.")
        {
            root,
            output,
            format,
            configuration,
        };
        command.SetAction(parseResult =>
        {
            var rootPath = Path.TrimEndingDirectorySeparator(environment.ResolvePath(parseResult.GetValue(root) ?? "."));
            if (!Directory.Exists(rootPath))
            {
                environment.Error.WriteLine(GuardrailsCli.Name + " report: the --root folder " + rootPath + " does not exist.");
                return ExitCodes.UsageError;
            }

            var outPath = parseResult.GetValue(output) is { } o
                ? environment.ResolvePath(o)
                : Path.Combine(rootPath, ReportFiles.DefaultOutputDirectory.Replace('/', Path.DirectorySeparatorChar));
            var formats = parseResult.GetValue(format) is var f && f != ReportFormats.None ? f : ReportFormats.All;
            var options = new ReportOptions(rootPath, outPath, formats, parseResult.GetValue(configuration));
            return ReportRunner.Run(options, environment, DateTimeOffset.UtcNow);
        });
        return command;
    }
}
