using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Guardrails.Cli.Model;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;

namespace Guardrails.Cli.Inputs;

/// <summary>
/// The diagnostics the Guardrails MSBuild tasks recorded (<c>*.diagnostics.json</c>, written by
/// <see cref="DiagnosticsFile"/>), with the severity the policy gives them.
/// </summary>
internal static class TaskDiagnosticsReader
{
    private const string BaselineSuppression = "{\"kind\":\"external\",\"justification\":\"Recorded in the Guardrails baseline (baseline.file in guardrails.json)\"}";

    /// <param name="baseline">The build's baseline and the folder its paths are relative to: task findings it records are marked suppressed, as the build did not report them.</param>
    /// <param name="switches">The build's MSBuild warning switches: the severity shown is the one the build reported with.</param>
    public static IReadOnlyList<Finding> Read(string path, string project, string? projectFile, (Guardrails.Checks.Baseline.BaselineBudget Budget, string BaseDirectory)? baseline = null,
        MSBuildWarningSwitches? switches = null)
    {
        List<GuardrailsDiagnostic> diagnostics;
        try
        {
            diagnostics = DiagnosticsFile.Deserialize(File.ReadAllText(path));
        }
        catch (JsonException ex)
        {
            throw new InputFileException(path, (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1,
                "not a Guardrails diagnostics file: " + ex.Message.Split(" LineNumber:")[0] + " Delete the obj/ folder and build again.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, 0, 0, "cannot be read: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or InvalidDataException or FormatException)
        {
            throw new InputFileException(path, 0, 0, "not a Guardrails diagnostics file (" + ex.Message + "). Delete the obj/ folder and build again.", ex);
        }

        var projectDirectory = projectFile is null ? Path.GetDirectoryName(path) ?? "." : Path.GetDirectoryName(projectFile) ?? ".";
        var findings = new List<Finding>();
        foreach (var d in diagnostics)
        {
            var level = FindingLevels.FromSeverity((switches ?? MSBuildWarningSwitches.None).Apply(d.RuleId, d.Severity, d.Locked));
            if (level is null)
            {
                continue;
            }

            // A diagnostic about the project as a whole (no file) is placed at the project file, without a line.
            var file = string.IsNullOrEmpty(d.File) ? projectFile : Path.GetFullPath(Path.Combine(projectDirectory, d.File));
            var hasLine = !string.IsNullOrEmpty(d.File) && d.Line > 0;
            var baselined = baseline is { } b && Guardrails.Checks.Baseline.BaselineFinding.CanBeBaselined(d.RuleId)
                && b.Budget.TryTake(Guardrails.Checks.Baseline.BaselineFinding.Identify(d, b.BaseDirectory));
            findings.Add(new Finding(
                d.RuleId, level.Value, d.Message, file,
                hasLine ? d.Line : 0, hasLine ? d.Column : 0, hasLine ? d.EndLine : 0, hasLine ? d.EndColumn : 0,
                baselined ? [new Suppression("external", "Recorded in the Guardrails baseline (baseline.file in guardrails.json)", BaselineSuppression)] : [],
                FindingOrigin.Task, project));
        }

        return findings;
    }
}
