using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// A project's restored packages from its project.assets.json, with each package's licence read from its nuspec in
/// the packages folder — the same reading the dependency checks (GR1003) do, so what init allows is what they see.
/// </summary>
internal static class RestoredPackagesReader
{
    private const string GuardrailsPackageId = "Guardrails";

    /// <summary>obj/project.assets.json next to the project, or the artifacts layout's artifacts/obj/&lt;project&gt;/.</summary>
    public static string? FindAssetsFile(string projectPath, string root)
    {
        var directory = Path.GetDirectoryName(projectPath) ?? string.Empty;
        var candidates = new[]
        {
            Path.Combine(directory, "obj", "project.assets.json"),
            Path.Combine(root, "artifacts", "obj", Path.GetFileNameWithoutExtension(projectPath), "project.assets.json"),
        };
        return candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>Reads the assets file; null with <paramref name="problem"/> set when it cannot be read.</summary>
    public static RestoredPackages? Read(string assetsPath, out string? restoreName, out string? problem)
    {
        AssetsFile assets;
        try
        {
            assets = AssetsFile.Read(assetsPath);
        }
        catch (Exception ex) when (ex is InvalidDataException || ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            restoreName = null;
            problem = assetsPath + " could not be read: " + ex.Message;
            return null;
        }

        restoreName = assets.ProjectName;
        problem = null;
        var packages = new Dictionary<string, ScannedPackage>(StringComparer.OrdinalIgnoreCase);
        foreach (var graph in assets.Frameworks)
        {
            foreach (var node in graph.Nodes)
            {
                // As the dependency checks: Guardrails itself, what the SDK adds on its own and the rest of the platform
                // (NETStandard.Library and what comes only through it) are not judged by the licence policy init writes.
                if (node.IsProject || graph.IsAutoReferenced(node) || graph.IsPlatform(node) || string.Equals(node.Name, GuardrailsPackageId, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = node.Name + "/" + node.Version;
                var isDirect = graph.ChainTo(node).Count == 1;
                if (packages.TryGetValue(key, out var seen))
                {
                    if (isDirect && !seen.IsDirect)
                    {
                        packages[key] = new ScannedPackage(seen.Id, seen.Version, true, seen.License, seen.LicenseUrl, seen.NuspecFound);
                    }

                    continue;
                }

                var license = PackageLicense.Read(assets.PackageFolders, node);
                packages[key] = new ScannedPackage(node.Name, node.Version, isDirect, license?.Expression, license?.Url, license is not null);
            }
        }

        var sorted = packages.Values.OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Version, StringComparer.Ordinal).ToList();
        return new RestoredPackages(assetsPath, sorted);
    }
}
