using System;
using System.Collections.Generic;
using System.IO;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Which packages a referenced project reports in its own build, so that the projects referencing it do not repeat
/// each finding (one banned package in a core library is one GR1001, not one per dependent project). A referenced
/// project counts only when all of this holds: its own restore result is there and names it (obj/project.assets.json
/// next to it, or with the SDK's artifacts layout $(ArtifactsPath)/obj/&lt;project name&gt;/project.assets.json); that framework's graph references the Guardrails package directly; the policy it finds by walking up
/// from its folder is this build's policy file; and its project file does not set GuardrailsEnabled,
/// GuardrailsPolicyFile or GuardrailsProfile. Only the package versions in its own closure count, without what the
/// SDK or the platform brings. Anything else — or anything that cannot be read — and the referencing project reports:
/// unsure means report.
/// </summary>
internal sealed class GovernedReferences
{
    internal const string GuardrailsPackageId = "Guardrails";
    private static readonly string[] OwnSwitches = { "<GuardrailsEnabled", "<GuardrailsPolicyFile", "<GuardrailsProfile" };

    private readonly string? _policyFile;
    private readonly GovernedAssetsCache _assets;
    private readonly string? _artifactsPath;
    private readonly Dictionary<string, HashSet<string>?> _cache = new Dictionary<string, HashSet<string>?>(StringComparer.OrdinalIgnoreCase);

    /// <param name="assets">Restore results already read in this build; by default each is read once for this project.</param>
    /// <param name="artifactsPath">$(ArtifactsPath) when the build uses the artifacts layout ($(UseArtifactsOutput)), else null.</param>
    public GovernedReferences(string? policyFile, GovernedAssetsCache? assets = null, string? artifactsPath = null)
    {
        _policyFile = string.IsNullOrEmpty(policyFile) ? null : Path.GetFullPath(policyFile);
        _assets = assets ?? new GovernedAssetsCache();
        _artifactsPath = string.IsNullOrEmpty(artifactsPath) ? null : Path.GetFullPath(artifactsPath);
    }

    /// <summary>"id/version" of a package, as <see cref="PackagesReportedBy"/> lists them.</summary>
    public static string Key(DependencyNode node) => node.Name + "/" + node.Version;

    /// <summary>The packages (<see cref="Key"/>) the project reports in its own build, or null when it is not known to.</summary>
    public HashSet<string>? PackagesReportedBy(string projectPath)
    {
        if (!_cache.TryGetValue(projectPath, out var packages))
        {
            packages = Read(projectPath);
            _cache[projectPath] = packages;
        }

        return packages;
    }

    private HashSet<string>? Read(string projectPath)
    {
        try
        {
            var directory = Path.GetDirectoryName(projectPath);
            if (_policyFile is null || directory is null || !File.Exists(projectPath)
                || !string.Equals(NearestPolicy(directory), _policyFile, StringComparison.OrdinalIgnoreCase)
                || SetsOwnSwitch(projectPath))
            {
                return null;
            }

            // The artifacts layout first: an obj/ folder next to the project may be left from before the switch to it.
            if (_artifactsPath is not null)
            {
                var artifacts = Path.Combine(_artifactsPath, "obj", Path.GetFileNameWithoutExtension(projectPath), "project.assets.json");
                if (File.Exists(artifacts))
                {
                    return _assets.PackagesReportedBy(artifacts, projectPath);
                }
            }

            return _assets.PackagesReportedBy(Path.Combine(directory, "obj", "project.assets.json"), projectPath);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return null;
        }
    }

    private static string? NearestPolicy(string directory)
    {
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, "guardrails.json");
            if (File.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }

    private static bool SetsOwnSwitch(string projectPath)
    {
        var text = File.ReadAllText(projectPath);
        foreach (var name in OwnSwitches)
        {
            if (text.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
