using System;
using System.IO;
using System.Linq;
using Guardrails.Policy;
using Guardrails.Checks.Diagnostics;
using Guardrails.Checks.Switches;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

/// <summary>
/// GR4004: finds locked Guardrails rules switched off or downgraded outside the policy, and a project's profile
/// choice that a CI build ignored (<see cref="BuildKindAudit"/>), and records them.
/// </summary>
public sealed class CheckGuardrailsSwitches : PolicyTask
{
    public string? NoWarn { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool RunAnalyzersOff { get; set; }

    public ITaskItem[] MSBuildFiles { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] AnalyzerConfigFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project's obj/ folder: analyzer configs generated there (by MSBuild or Guardrails) are not the user's switches.</summary>
    public string? IntermediateDirectory { get; set; }

    [Required]
    public string DiagnosticsFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            // Problems with the policy itself are ResolveGuardrailsPolicy's to report; here only its locks matter,
            // and what a CI build ignored (a project's GuardrailsProfile or GuardrailsIsCI=false).
            var kind = DecideBuildKind();
            var policy = LoadPolicy(kind).Policy;
            var inputs = new SwitchAuditInputs
            {
                ProjectFile = ProjectFile,
                NoWarn = NoWarn,
                WarningsNotAsErrors = WarningsNotAsErrors,
                RunAnalyzersOff = RunAnalyzersOff,
                MSBuildFiles = ExistingFiles(MSBuildFiles),
                AnalyzerConfigFiles = ExistingFiles(AnalyzerConfigFiles).Where(f => !IsGenerated(f)).ToArray(),
            };
            var diagnostics = SwitchAudit.Check(policy, inputs);
            diagnostics.AddRange(BuildKindAudit.Check(kind, policy, ProjectFile, inputs.MSBuildFiles));
            Log.LogMessage(MessageImportance.Low, "Guardrails: {0} switch problems in {1} project files and {2} analyzer config files.", diagnostics.Count, inputs.MSBuildFiles.Count, inputs.AnalyzerConfigFiles.Count);
            FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            Log.LogGuardrailsInputError(ProjectFile,
                "Guardrails could not check the project's warning switches: " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private bool IsGenerated(string file) =>
        !string.IsNullOrEmpty(IntermediateDirectory) && file.StartsWith(IntermediateDirectory, StringComparison.OrdinalIgnoreCase);

    private static string[] ExistingFiles(ITaskItem[] items) =>
        items.Select(i => i.GetMetadata("FullPath")).Where(p => !string.IsNullOrEmpty(p) && File.Exists(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
}
