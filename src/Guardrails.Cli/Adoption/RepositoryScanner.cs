using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Guardrails.Checks.Coverage;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Scans a repository for <c>guardrails init</c>: its projects (test or not, references, restored packages and their
/// licences), its existing coverage reports, how packages are managed and whether Guardrails is set up already. Reads
/// only; runs nothing (no restore, no build, no network), and a file it cannot read is noted, never fatal.
/// </summary>
internal static class RepositoryScanner
{
    public const string PolicyFileName = "guardrails.json";
    public const string DirectoryBuildProps = "Directory.Build.props";
    public const string DirectoryBuildTargets = "Directory.Build.targets";
    public const string DirectoryPackagesProps = "Directory.Packages.props";
    public const string GuardrailsPackageId = "Guardrails";

    public static RepositoryScan Scan(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new ArgumentException("The repository root is empty.", nameof(root));
        }

        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (root.Length == 0)
        {
            root = Path.GetPathRoot(Path.GetFullPath("."))!;
        }

        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException("The repository root '" + root + "' does not exist.");
        }

        var problems = new List<string>();
        var projectFiles = new List<string>();
        var buildFiles = new List<string>();
        var bannedSymbolFiles = new List<string>();
        var importedBuildFiles = new List<string>();
        var nestedPolicies = new List<string>();
        foreach (var file in RepositoryPaths.Files(root, problems))
        {
            var name = Path.GetFileName(file);
            var atRoot = string.Equals(Path.GetDirectoryName(file), root, StringComparison.OrdinalIgnoreCase);
            if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                projectFiles.Add(file);
            }
            else if (IsBuildFile(name))
            {
                buildFiles.Add(file);
            }
            else if (name.EndsWith(".props", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".targets", StringComparison.OrdinalIgnoreCase))
            {
                // Files the projects or Directory.Build.* import (Polly's eng/Analyzers.targets): read for their AdditionalFiles only.
                importedBuildFiles.Add(file);
            }
            else if (name.StartsWith("BannedSymbols", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                bannedSymbolFiles.Add(RepositoryPaths.Relative(root, file));
            }
            else if (!atRoot && string.Equals(name, PolicyFileName, StringComparison.OrdinalIgnoreCase))
            {
                nestedPolicies.Add(RepositoryPaths.Relative(root, file));
            }
        }

        var projectsByFile = projectFiles.Select(ProjectFile.Read).ToList();
        var projects = projectsByFile.Select(p => ScanProject(p, root, problems)).OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
        var references = new List<GuardrailsReference>();
        foreach (var project in projectsByFile)
        {
            AddGuardrailsReferences(project.Document, RepositoryPaths.Relative(root, project.Path), references);
        }

        var build = ScanBuildFiles(root, buildFiles, references, problems);
        var additionalFiles = new List<AdditionalFileReference>();
        var warningsAsErrors = new List<string>();
        foreach (var (path, document) in projectsByFile.Select(p => (p.Path, p.Document)).Concat(buildFiles.Select(f => (f, MSBuildXml.TryLoad(f, out _)))))
        {
            AddAdditionalFiles(document, path, root, additionalFiles);
            if (document is not null && MSBuildXml.IsTrue(MSBuildXml.Property(document, "TreatWarningsAsErrors")))
            {
                warningsAsErrors.Add(RepositoryPaths.Relative(root, path));
            }
        }

        foreach (var path in importedBuildFiles)
        {
            AddAdditionalFiles(MSBuildXml.TryLoad(path, out _), path, root, additionalFiles);
        }

        return new RepositoryScan(root, projects, build, references, bannedSymbolFiles, nestedPolicies, problems)
        {
            AdditionalFiles = additionalFiles,
            TreatsWarningsAsErrors = warningsAsErrors.OrderBy(f => f, StringComparer.Ordinal).ToList(),
        };
    }

    private static bool IsBuildFile(string name) =>
        string.Equals(name, DirectoryBuildProps, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, DirectoryBuildTargets, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, DirectoryPackagesProps, StringComparison.OrdinalIgnoreCase);

    private static ScannedProject ScanProject(ProjectFile file, string root, List<string> problems)
    {
        var relative = RepositoryPaths.Relative(root, file.Path);
        if (file.Problem is not null)
        {
            problems.Add(relative + ": not a readable project file (" + file.Problem + ")");
        }

        RestoredPackages? restored = null;
        string? restoreName = null;
        var assetsPath = RestoredPackagesReader.FindAssetsFile(file.Path, root);
        if (assetsPath is not null)
        {
            restored = RestoredPackagesReader.Read(assetsPath, out restoreName, out var assetsProblem);
            if (assetsProblem is not null)
            {
                problems.Add(relative + ": " + assetsProblem);
            }
        }

        var name = string.IsNullOrWhiteSpace(restoreName) ? file.DeclaredName : restoreName!;
        var restoredDirect = restored?.Packages.Where(p => p.IsDirect).Select(p => p.Id) ?? Enumerable.Empty<string>();
        var testReason = file.TestProjectReason(name, restoredDirect);
        var sampleReason = file.SampleOrBenchmarkReason(name, relative, restoredDirect);
        var usesCoverletMSBuild = file.PackageReferences.Concat(restored?.Packages.Select(p => p.Id) ?? Enumerable.Empty<string>())
            .Any(id => string.Equals(id, ProjectFile.CoverletMSBuild, StringComparison.OrdinalIgnoreCase));
        var coverage = testReason is null ? null : MeasureCoverage(file.Path, root, usesCoverletMSBuild);
        return new ScannedProject(name, Path.GetFullPath(file.Path), relative, testReason, file.ProjectReferences, file.PackageReferences, restored, coverage, file.Problem, sampleReason);
    }

    /// <summary>
    /// The newest Cobertura report under the test project's TestResults folder — or, with coverlet.msbuild, the
    /// coverage.cobertura.xml it writes next to the project by default — counted as the coverage check counts.
    /// </summary>
    private static CoverageMeasurement? MeasureCoverage(string projectPath, string root, bool usesCoverletMSBuild)
    {
        var directory = Path.GetDirectoryName(projectPath) ?? string.Empty;
        var report = RepositoryPaths.Newest(Path.Combine(directory, "TestResults"), CoverageReportFinder.ReportPattern);
        var besideProject = Path.Combine(directory, "coverage.cobertura.xml");
        if (usesCoverletMSBuild && File.Exists(besideProject) && (report is null || File.GetLastWriteTimeUtc(besideProject) > File.GetLastWriteTimeUtc(report)))
        {
            report = besideProject;
        }

        if (report is null)
        {
            return null;
        }

        var relative = RepositoryPaths.Relative(root, report);
        var written = File.GetLastWriteTimeUtc(report);
        var result = CoberturaReader.Read(report);
        if (result.Coverage is null)
        {
            var problem = result.Problems.FirstOrDefault();
            return new CoverageMeasurement(relative, written, default, default, problem is null ? "the report could not be read" : problem.Message);
        }

        var line = result.Coverage.Count(CoverageMetric.Line);
        var branch = result.Coverage.Count(CoverageMetric.Branch);
        return new CoverageMeasurement(relative, written, line, branch, line.IsEmpty ? "the report has no coverable lines" : null);
    }

    private static BuildFiles ScanBuildFiles(string root, List<string> files, List<GuardrailsReference> references, List<string> problems)
    {
        string? rootBuildProps = null;
        string? rootPackagesProps = null;
        XDocument? buildPropsDocument = null;
        XDocument? packagesPropsDocument = null;
        var nestedWithoutImport = new List<string>();
        foreach (var file in files)
        {
            var relative = RepositoryPaths.Relative(root, file);
            var document = MSBuildXml.TryLoad(file, out var problem);
            if (document is null)
            {
                problems.Add(relative + ": not readable as MSBuild XML (" + problem + ")");
                continue;
            }

            AddGuardrailsReferences(document, relative, references);
            var name = Path.GetFileName(file);
            var atRoot = relative.IndexOf('/') < 0;
            if (atRoot && string.Equals(name, DirectoryBuildProps, StringComparison.OrdinalIgnoreCase))
            {
                rootBuildProps = file;
                buildPropsDocument = document;
            }
            else if (atRoot && string.Equals(name, DirectoryPackagesProps, StringComparison.OrdinalIgnoreCase))
            {
                rootPackagesProps = file;
                packagesPropsDocument = document;
            }
            else if (!atRoot && !string.Equals(name, DirectoryBuildTargets, StringComparison.OrdinalIgnoreCase) && !ImportsParent(document))
            {
                nestedWithoutImport.Add(relative);
            }
        }

        var central = packagesPropsDocument is not null
            && (MSBuildXml.IsTrue(MSBuildXml.Property(packagesPropsDocument, "ManagePackageVersionsCentrally"))
                || (buildPropsDocument is not null && MSBuildXml.IsTrue(MSBuildXml.Property(buildPropsDocument, "ManagePackageVersionsCentrally"))));
        return new BuildFiles(rootBuildProps, rootPackagesProps, central, nestedWithoutImport);
    }

    /// <summary>Whether a nested Directory.*.props imports the one above it (GetPathOfFileAbove and friends).</summary>
    private static bool ImportsParent(XDocument document) =>
        document.Descendants().Any(e => e.Name.LocalName == "Import"
            && ((string?)e.Attribute("Project") ?? string.Empty).IndexOf("FileAbove", StringComparison.OrdinalIgnoreCase) >= 0);

    private static void AddAdditionalFiles(XDocument? document, string file, string root, List<AdditionalFileReference> found)
    {
        foreach (var include in ProjectFile.AdditionalFiles(document))
        {
            found.Add(new AdditionalFileReference(RepositoryPaths.Relative(root, file), include));
        }
    }

    private static void AddGuardrailsReferences(XDocument? document, string relativeFile, List<GuardrailsReference> references)
    {
        if (document is null)
        {
            return;
        }

        foreach (var itemType in new[] { "PackageReference", "GlobalPackageReference", "PackageVersion" })
        {
            foreach (var item in MSBuildXml.Items(document, itemType))
            {
                if (MSBuildXml.Includes(item).Any(i => string.Equals(i, GuardrailsPackageId, StringComparison.OrdinalIgnoreCase)))
                {
                    references.Add(new GuardrailsReference(relativeFile, itemType, MSBuildXml.Metadata(item, "Version")));
                }
            }
        }
    }
}
