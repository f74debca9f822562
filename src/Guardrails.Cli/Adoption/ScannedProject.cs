using System.Collections.Generic;

namespace Guardrails.Cli.Adoption;

/// <summary>One project as the scan saw it: its file, whether it is a test project, its references and packages.</summary>
internal sealed class ScannedProject
{
    public ScannedProject(
        string name,
        string filePath,
        string relativePath,
        string? testProjectReason,
        IReadOnlyList<string> projectReferences,
        IReadOnlyList<string> packageReferences,
        RestoredPackages? restored,
        CoverageMeasurement? coverage,
        string? problem,
        string? sampleOrBenchmarkReason = null)
    {
        SampleOrBenchmarkReason = testProjectReason is null ? sampleOrBenchmarkReason : null;
        Name = name;
        FilePath = filePath;
        RelativePath = relativePath;
        TestProjectReason = testProjectReason;
        ProjectReferences = projectReferences;
        PackageReferences = packageReferences;
        Restored = restored;
        Coverage = coverage;
        Problem = problem;
    }

    /// <summary>The name restore gives the project (from project.assets.json when restored; else PackageId, AssemblyName or the file name).</summary>
    public string Name { get; }

    public string FilePath { get; }

    /// <summary>Relative to the repository root, with forward slashes.</summary>
    public string RelativePath { get; }

    public bool IsTestProject => TestProjectReason is not null;

    /// <summary>Why it counts as a test project ("references xunit"), or null when it does not.</summary>
    public string? TestProjectReason { get; }

    /// <summary>
    /// Why it is a sample, example, demo or benchmark project ("under samples/", "references BenchmarkDotNet"), or null.
    /// Such projects are neither production nor tests: init names them apart and takes no coverage or layering decision
    /// from them; the policy applies to them as to every project. A test project is a test project wherever it is.
    /// </summary>
    public string? SampleOrBenchmarkReason { get; }

    public bool IsSampleOrBenchmark => SampleOrBenchmarkReason is not null;

    /// <summary>Full paths of the projects it references directly (only those that could be resolved).</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    /// <summary>Package IDs the project file itself references.</summary>
    public IReadOnlyList<string> PackageReferences { get; }

    /// <summary>What restore resolved (obj/project.assets.json), or null when the project has not been restored.</summary>
    public RestoredPackages? Restored { get; }

    /// <summary>The newest Cobertura report under the project's TestResults (test projects only), or null.</summary>
    public CoverageMeasurement? Coverage { get; }

    /// <summary>Why the project file could not be read, or null.</summary>
    public string? Problem { get; }

    public override string ToString() => Name + " (" + RelativePath + ")";
}

/// <summary>A project's restore result: every package in its closure (all target frameworks) once.</summary>
internal sealed class RestoredPackages
{
    public RestoredPackages(string assetsFile, IReadOnlyList<ScannedPackage> packages)
    {
        AssetsFile = assetsFile;
        Packages = packages;
    }

    public string AssetsFile { get; }

    /// <summary>Direct and transitive packages, without those the dependency checks never judge (Guardrails, SDK auto-references).</summary>
    public IReadOnlyList<ScannedPackage> Packages { get; }
}

/// <summary>A restored package and the licence its nuspec declares.</summary>
internal sealed class ScannedPackage
{
    public ScannedPackage(string id, string version, bool isDirect, string? license, string? licenseUrl, bool nuspecFound)
    {
        Id = id;
        Version = version;
        IsDirect = isDirect;
        License = license;
        LicenseUrl = licenseUrl;
        NuspecFound = nuspecFound;
    }

    public string Id { get; }

    public string Version { get; }

    public bool IsDirect { get; }

    /// <summary>The SPDX expression (declared, or mapped from a well-known licence URL), or null when unknown.</summary>
    public string? License { get; }

    public string? LicenseUrl { get; }

    /// <summary>False when the package's nuspec was not in the packages folder (so nothing is known about it).</summary>
    public bool NuspecFound { get; }

    public override string ToString() => Id + " " + Version;
}
