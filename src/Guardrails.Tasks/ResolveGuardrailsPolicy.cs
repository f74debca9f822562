using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Policy;
using Guardrails.Checks.Diagnostics;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

/// <summary>
/// Loads guardrails.json (or the defaults), writes it as a global analyzer config for the compiler and the IDE, and
/// records the policy's own problems (GR0001/GR0002) for <see cref="ReportGuardrailsDiagnostics"/> to report.
/// </summary>
public sealed class ResolveGuardrailsPolicy : PolicyTask
{
    [Required]
    public string AnalyzerConfigFile { get; set; } = string.Empty;

    /// <summary>The build's date (yyyy-MM-dd) for review.slaDays; the targets put it in the target's inputs stamp.</summary>
    public string? Today { get; set; }

    /// <summary>@(Compile): tests.exclude globs are matched against these.</summary>
    public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string DiagnosticsFile { get; set; } = string.Empty;

    /// <summary>Where to write the policy's banned APIs for the GR1101 analyzer (deleted when the policy bans none).</summary>
    [Required]
    public string BannedApisFile { get; set; } = string.Empty;

    /// <summary>Where to list the BannedSymbols.txt files the policy names (apis.files), one full path a line.</summary>
    [Required]
    public string ApiFilesList { get; set; } = string.Empty;

    /// <summary>Where to write the analyzer rules' part of the baseline for the baseline suppressor (deleted when there is none).</summary>
    public string? BaselineAnalyzerFile { get; set; }

    /// <summary>Where to record the baseline file's full path (empty when the policy names none), for the targets' inputs.</summary>
    public string? BaselinePathFile { get; set; }

    /// <summary>$(GuardrailsBaselineRecording): <c>guardrails baseline</c> is recording findings (see <see cref="AnalyzerConfigWriter"/>).</summary>
    public bool RecordingBaseline { get; set; }

    public override bool Execute()
    {
        try
        {
            if (string.IsNullOrEmpty(PolicyFile) && DirectoryNamedLikeThePolicy() is { } directory)
            {
                // MSBuild's search for guardrails.json passes over a directory of that name; the defaults would be a silent pass.
                PolicyFile = directory;
            }

            var kind = DecideBuildKind();
            Log.LogMessage(MessageImportance.Low, "Guardrails: policy '{0}', {1} build ({2}), profile '{3}'.", PolicyFile ?? string.Empty, kind.IsCI ? "CI" : "local", kind.Reason, kind.Profile ?? string.Empty);
            var result = LoadPolicy(kind);
            var diagnostics = ToDiagnostics(result);
            var sources = SourceFiles.Select(i => i.GetMetadata("FullPath")).Where(p => p.Length > 0).ToList();
            FileWriter.WriteIfChanged(AnalyzerConfigFile, AnalyzerConfigWriter.Write(result.Policy, sources, Today, RecordingBaseline));
            WriteApiFiles(result.Policy, diagnostics);
            WriteBaseline(result.Policy, diagnostics);
            FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
            Log.LogMessage(MessageImportance.Low, "Guardrails: wrote '{0}' and '{1}' ({2} policy problems).", AnalyzerConfigFile, DiagnosticsFile, diagnostics.Count);
        }
        catch (Exception ex) when (ex is System.IO.IOException || ex is UnauthorizedAccessException)
        {
            Log.LogError(null, RuleIds.GR0002, RuleIds.GR0002, RuleCatalog.GR0002.HelpLink, ProjectFile, 0, 0, 0, 0,
                "Guardrails could not write its policy files under obj/: " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>A directory named guardrails.json in the project's folder or above it, or null.</summary>
    private string? DirectoryNamedLikeThePolicy()
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(ProjectFile));
        while (!string.IsNullOrEmpty(directory))
        {
            var candidate = System.IO.Path.Combine(directory, "guardrails.json");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }

            directory = System.IO.Path.GetDirectoryName(directory);
        }

        return null;
    }

    private void WriteApiFiles(GuardrailsPolicy policy, List<GuardrailsDiagnostic> diagnostics)
    {
        var banned = BannedApiFileWriter.Write(policy);
        if (banned is null)
        {
            FileWriter.DeleteIfExists(BannedApisFile);
        }
        else
        {
            FileWriter.WriteIfChanged(BannedApisFile, banned);
        }

        var listed = new List<string>();
        foreach (var (path, position) in BannedApiFileWriter.ListedFiles(policy))
        {
            if (System.IO.File.Exists(path))
            {
                listed.Add(path);
                continue;
            }

            diagnostics.Add(GuardrailsDiagnostic.ForRule(
                RuleCatalog.GR0002,
                policy.SettingOf(RuleCatalog.GR0002),
                "The banned-symbols file '" + path + "' named in 'apis.files' does not exist. Create it or fix the path (it is relative to the policy file).",
                policy.FilePath,
                position.Line,
                position.Column,
                symbol: "apis.files",
                arguments: new[] { path }));
        }

        FileWriter.WriteIfChanged(ApiFilesList, string.Join("\n", listed) + (listed.Count > 0 ? "\n" : string.Empty));
    }

    private void WriteBaseline(GuardrailsPolicy policy, List<GuardrailsDiagnostic> diagnostics)
    {
        if (string.IsNullOrEmpty(BaselineAnalyzerFile) || string.IsNullOrEmpty(BaselinePathFile))
        {
            return;
        }

        var path = global::Guardrails.Checks.Baseline.BaselineFile.PathFrom(policy);
        FileWriter.WriteIfChanged(BaselinePathFile!, (path ?? string.Empty) + "\n");
        string? analyzerPart = null;
        if (path is not null)
        {
            var position = policy.Section("baseline")?["file"]?.Position ?? SourcePosition.None;
            if (!System.IO.File.Exists(path))
            {
                diagnostics.Add(GuardrailsDiagnostic.ForRule(
                    RuleCatalog.GR0002, policy.SettingOf(RuleCatalog.GR0002),
                    "The baseline file '" + path + "' named in 'baseline.file' does not exist. Create it with 'guardrails baseline', or remove baseline.file.",
                    policy.FilePath, position.Line, position.Column, symbol: "baseline.file", arguments: new[] { path }));
            }
            else
            {
                try
                {
                    analyzerPart = global::Guardrails.Checks.Baseline.AnalyzerBaselineWriter.Write(global::Guardrails.Checks.Baseline.BaselineFile.Read(path));
                }
                catch (System.IO.InvalidDataException ex)
                {
                    diagnostics.Add(GuardrailsDiagnostic.ForRule(
                        RuleCatalog.GR0002, policy.SettingOf(RuleCatalog.GR0002),
                        "The baseline file '" + path + "' cannot be read: " + ex.Message + ". Fix it or rewrite it with 'guardrails baseline'; until then nothing is baselined.",
                        path, symbol: "baseline.file", arguments: new[] { path }));
                }
            }
        }

        if (analyzerPart is null)
        {
            FileWriter.DeleteIfExists(BaselineAnalyzerFile!);
        }
        else
        {
            FileWriter.WriteIfChanged(BaselineAnalyzerFile!, analyzerPart);
        }
    }

    private List<GuardrailsDiagnostic> ToDiagnostics(PolicyLoadResult result)
    {
        var file = result.FilePath ?? ProjectFile;
        return result.Problems
            .Select(p =>
            {
                var rule = RuleCatalog.Get(p.RuleId);
                // GR0001 keeps its default: a broken policy cannot lower the severity of its own brokenness.
                var setting = rule == RuleCatalog.GR0001
                    ? new RuleSetting(rule.DefaultSeverity, locked: true, fromPolicy: false)
                    : result.Policy.SettingOf(rule);
                var target = p.Position.Line == 0 && !System.IO.File.Exists(file) ? ProjectFile : file;
                return GuardrailsDiagnostic.FromPolicyProblem(p, target, setting, symbol: "policy");
            })
            .ToList();
    }
}
