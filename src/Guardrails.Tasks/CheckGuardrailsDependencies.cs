using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Policy;
using Guardrails.Checks.Dependencies;
using Guardrails.Checks.Diagnostics;
using Guardrails.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

/// <summary>GR1001-GR1004: checks the restored dependency closure against the policy and records what it finds.</summary>
public sealed class CheckGuardrailsDependencies : PolicyTask
{
    /// <summary>$(ProjectAssetsFile): obj/project.assets.json.</summary>
    public string? AssetsFile { get; set; }

    /// <summary>
    /// $(TargetFramework) and $(TargetFrameworkMoniker) of the build: a multi-targeting project's assets file holds
    /// every framework's graph, and each inner build audits its own. Empty (or unmatched): every graph is audited.
    /// </summary>
    public string? TargetFramework { get; set; }

    /// <inheritdoc cref="TargetFramework"/>
    public string? TargetFrameworkMoniker { get; set; }

    /// <summary>
    /// $(ArtifactsPath) when the build uses the SDK's artifacts layout ($(UseArtifactsOutput) true), else empty: referenced
    /// projects' restore results are then under $(ArtifactsPath)/obj/&lt;project name&gt;/.
    /// </summary>
    public string? ArtifactsPath { get; set; }

    /// <summary>Files where references can be declared, project file first.</summary>
    public ITaskItem[] MSBuildFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string DiagnosticsFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            var policy = LoadPolicy().Policy;
            var diagnostics = DependencyAudit.IsConfigured(policy) ? Check(policy) : new List<GuardrailsDiagnostic>();
            Log.LogMessage(MessageImportance.Low, "Guardrails: {0} dependency findings for '{1}'.", diagnostics.Count, ProjectFile);
            FileWriter.WriteIfChanged(DiagnosticsFile, global::Guardrails.Checks.Diagnostics.DiagnosticsFile.Serialize(diagnostics));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            Log.LogGuardrailsInputError(ProjectFile,
                "Guardrails could not check the project's dependencies: " + ex.Message);
        }

        return !Log.HasLoggedErrors;
    }

    private List<GuardrailsDiagnostic> Check(GuardrailsPolicy policy)
    {
        var setting = policy.SettingOf(RuleCatalog.GR0002);
        if (string.IsNullOrEmpty(AssetsFile) || !File.Exists(AssetsFile))
        {
            return new List<GuardrailsDiagnostic>
            {
                GuardrailsDiagnostic.ForRule(RuleCatalog.GR0002, setting,
                    "The policy checks packages or project references, but this project has no restore result (project.assets.json) to check: restore it with PackageReference (packages.config is not supported).",
                    ProjectFile, symbol: "project.assets.json"),
            };
        }

        AssetsFile assets;
        try
        {
            assets = global::Guardrails.Checks.Dependencies.AssetsFile.Read(AssetsFile!);
        }
        catch (InvalidDataException ex)
        {
            return new List<GuardrailsDiagnostic>
            {
                GuardrailsDiagnostic.ForRule(RuleCatalog.GR0002, setting,
                    "The restore result '" + AssetsFile + "' cannot be read: " + ex.Message + ". Restore the project again.",
                    AssetsFile, Position(ex, global::Guardrails.Checks.Dependencies.AssetsFile.LineKey), Position(ex, global::Guardrails.Checks.Dependencies.AssetsFile.ColumnKey), symbol: "project.assets.json"),
            };
        }

        var files = MSBuildFiles.Select(i => i.GetMetadata("FullPath")).Where(File.Exists).Distinct(StringComparer.OrdinalIgnoreCase);
        return DependencyAudit.Check(policy, assets.ForFramework(TargetFramework, TargetFrameworkMoniker), new ReferenceLocator(files), ProjectFile, Shared<LicenseCache>(), Shared<GovernedAssetsCache>(), ArtifactsPath);
    }

    /// <summary>
    /// One cache of a kind for the whole build in this MSBuild node, kept by MSBuild (registered task objects), so the
    /// projects of a solution read each package's nuspec (<see cref="LicenseCache"/>) and each referenced project's
    /// restore result (<see cref="GovernedAssetsCache"/>) once. The key names this assembly's build, so two Guardrails
    /// versions in one node never share an object.
    /// </summary>
    private T Shared<T>()
        where T : class, new()
    {
        if (!(BuildEngine is IBuildEngine4 engine))
        {
            return new T();
        }

        var key = "Guardrails." + typeof(T).Name + "/" + typeof(T).Assembly.ManifestModule.ModuleVersionId;
        if (engine.GetRegisteredTaskObject(key, RegisteredTaskObjectLifetime.Build) is T cache)
        {
            return cache;
        }

        cache = new T();
        engine.RegisterTaskObject(key, cache, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: true);
        return cache;
    }

    /// <summary>The line or column the reader recorded for the problem, or 0.</summary>
    private static int Position(Exception ex, string key) => ex.Data[key] is int value ? value : 0;
}
