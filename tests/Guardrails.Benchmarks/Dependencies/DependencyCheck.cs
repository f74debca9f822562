using Guardrails.Policy;
using Guardrails.Checks.Dependencies;
using Guardrails.Checks.Diagnostics;

namespace Guardrails.Benchmarks.Dependencies;

/// <summary>
/// What the CheckGuardrailsDependencies task does in a build, as a plain method call: load the policy, read the restore
/// result, locate the references in the project files, audit (GR1001-GR1004, reading each package's nuspec for its
/// licence) and serialize the findings for the diagnostics file. Only MSBuild's logging and the final file write are left out.
/// </summary>
internal static class DependencyCheck
{
    /// <param name="licenses">The build's licence cache, as the task gets it from MSBuild; null for a project that is the first to read them.</param>
    public static (List<GuardrailsDiagnostic> Diagnostics, string Serialized) Run(GeneratedRestore restore, LicenseCache? licenses = null)
    {
        var policy = PolicyLoader.Load(restore.PolicyFile, pathIsExplicit: false, profile: null, profileIsExplicit: false).Policy;
        if (!DependencyAudit.IsConfigured(policy))
        {
            throw new InvalidOperationException("The dependency policy configures no dependency check.");
        }

        var assets = AssetsFile.Read(restore.AssetsFile);
        var locator = new ReferenceLocator(restore.MSBuildFiles.Where(File.Exists).Distinct(StringComparer.OrdinalIgnoreCase));
        var diagnostics = DependencyAudit.Check(policy, assets, locator, restore.ProjectFile, licenses);
        return (diagnostics, DiagnosticsFile.Serialize(diagnostics));
    }
}
