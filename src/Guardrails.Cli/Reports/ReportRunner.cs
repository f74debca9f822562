using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Guardrails.Cli.Inputs;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>
/// <c>guardrails report</c>: finds the build outputs under the root, reads them, writes the requested reports and,
/// on GitHub Actions, appends the Markdown to the job's step summary. Progress goes to stderr; the closing summary
/// line to stdout.
/// </summary>
internal static class ReportRunner
{
    public static int Run(ReportOptions options, CliEnvironment environment, DateTimeOffset now)
    {
        var error = environment.Error;
        error.WriteLine("Looking for Guardrails build outputs under " + options.Root + (options.Configuration is null ? string.Empty : " (configuration " + options.Configuration + ")"));
        var folders = BuildOutputFinder.Find(options.Root, options.Configuration, options.OutputDirectory);
        if (folders.Count == 0)
        {
            error.WriteLine(GuardrailsCli.Name + " report: no Guardrails build outputs under " + options.Root
                + " (looked for obj/<Configuration>/<TargetFramework>/guardrails/ folders" + (options.Configuration is null ? string.Empty : " of configuration " + options.Configuration) + ").");
            error.WriteLine("Build first: run 'dotnet build' (with the Guardrails package installed) in " + options.Root + ", or point --root at the folder you built.");
            return ExitCodes.InputError;
        }

        var configurations = folders.Select(f => f.Configuration).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (configurations.Count > 1)
        {
            error.WriteLine("Note: outputs of several configurations (" + string.Join(", ", configurations) + ") are read together; use --configuration to pick one.");
        }

        error.WriteLine("Reading " + folders.Count + (folders.Count == 1 ? " build output folder" : " build output folders"));
        BuildResults results;
        try
        {
            results = BuildResultsLoader.Load(options.Root, folders, error.WriteLine);
        }
        catch (InputFileException ex)
        {
            error.WriteLine(GuardrailsCli.Name + " report: error: " + ex.Message);
            return ExitCodes.InputError;
        }

        foreach (var note in results.Notes)
        {
            error.WriteLine("warning: " + note);
        }

        foreach (var baseline in results.Baselines)
        {
            error.WriteLine("Baseline: " + ReportPaths.Display(results.RepositoryRoot, baseline) + " (the findings it records are shown as suppressed and not counted)");
        }

        var links = SourceLinks.FromEnvironment(environment);
        var outputs = new List<(ReportFormats Format, string File, Action<Stream> Write)>
        {
            (ReportFormats.Sarif, ReportFiles.Sarif, stream => SarifWriter.Write(results, stream)),
            (ReportFormats.Markdown, ReportFiles.Markdown, stream => WriteText(stream, MarkdownWriter.Write(results, links))),
            (ReportFormats.Html, ReportFiles.Html, stream => WriteText(stream, HtmlWriter.Write(results, links, now))),
        };
        foreach (var (format, file, write) in outputs.Where(o => options.Formats.HasFlag(o.Format)))
        {
            var path = Path.Combine(options.OutputDirectory, file);
            if (!TryWrite(path, FileMode.Create, write, error))
            {
                return ExitCodes.OutputError;
            }

            error.WriteLine("Wrote " + path);
        }

        if (options.Formats.HasFlag(ReportFormats.Markdown) && environment.Variable("GITHUB_STEP_SUMMARY") is { } stepSummary)
        {
            var markdown = MarkdownWriter.Write(results, links);
            if (!TryWrite(stepSummary, FileMode.Append, stream => WriteText(stream, markdown + "\n"), error))
            {
                return ExitCodes.OutputError;
            }

            error.WriteLine("Appended the summary to $GITHUB_STEP_SUMMARY");
        }

        environment.Output.WriteLine("Guardrails: " + results.Summary() + ".");
        return results.Count(FindingLevel.Error) > 0 ? ExitCodes.ErrorFindings : ExitCodes.Success;
    }

    private static bool TryWrite(string path, FileMode mode, Action<Stream> write, TextWriter error)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.Read);
            write(stream);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            error.WriteLine(GuardrailsCli.Name + " report: error: cannot write " + path + ": " + ex.Message);
            return false;
        }
    }

    private static void WriteText(Stream stream, string text)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    }
}
