using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// What <see cref="RepositoryScanner"/> found in a repository: its projects (with their restored packages and latest
/// coverage report), how packages are managed, and where Guardrails is already set up. Everything
/// <see cref="InitPlanner"/> decides from; nothing here is modified.
/// </summary>
internal sealed class RepositoryScan
{
    public RepositoryScan(
        string root,
        IReadOnlyList<ScannedProject> projects,
        BuildFiles buildFiles,
        IReadOnlyList<GuardrailsReference> guardrailsReferences,
        IReadOnlyList<string> bannedSymbolFiles,
        IReadOnlyList<string> nestedPolicies,
        IReadOnlyList<string> problems)
    {
        Root = root;
        Projects = projects;
        BuildFiles = buildFiles;
        GuardrailsReferences = guardrailsReferences;
        BannedSymbolFiles = bannedSymbolFiles;
        NestedPolicies = nestedPolicies;
        Problems = problems;
    }

    /// <summary>The repository's root folder (full path); the policy is written here.</summary>
    public string Root { get; }

    /// <summary>Every *.csproj under the root, sorted by relative path.</summary>
    public IReadOnlyList<ScannedProject> Projects { get; }

    public BuildFiles BuildFiles { get; }

    /// <summary>Where Guardrails is referenced already (any project or repo-wide file).</summary>
    public IReadOnlyList<GuardrailsReference> GuardrailsReferences { get; }

    /// <summary>BannedSymbols*.txt files (BannedApiAnalyzers' lists), relative to the root.</summary>
    public IReadOnlyList<string> BannedSymbolFiles { get; }

    /// <summary>Project and Directory.Build files that set TreatWarningsAsErrors to true (relative to the root).</summary>
    public IReadOnlyList<string> TreatsWarningsAsErrors { get; set; } = new List<string>();

    /// <summary>Every AdditionalFiles item of the projects and Directory.Build.* files, with the file that declares it.</summary>
    public IReadOnlyList<AdditionalFileReference> AdditionalFiles { get; set; } = new List<AdditionalFileReference>();

    /// <summary>
    /// Where a BannedSymbols file found in the repository is given to the compiler as an AdditionalFiles item (so
    /// GR1101 reads it already, as BannedApiAnalyzers does): the declaring files, matched by the item's file name (the
    /// analyzer matches by name too).
    /// </summary>
    public IReadOnlyList<string> FilesGivingAsAdditionalFile(string bannedSymbolFile)
    {
        var name = bannedSymbolFile.Substring(bannedSymbolFile.LastIndexOf('/') + 1);
        return AdditionalFiles
            .Where(a => string.Equals(a.FileName, name, System.StringComparison.Ordinal))
            .Select(a => a.DeclaredIn)
            .Distinct(System.StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>guardrails.json files below the root (relative); they shadow the root policy for the projects under them.</summary>
    public IReadOnlyList<string> NestedPolicies { get; }

    /// <summary>Files that could not be read, and why; each also leaves its mark on the decision it affects.</summary>
    public IReadOnlyList<string> Problems { get; }

    public IEnumerable<ScannedProject> TestProjects => Projects.Where(p => p.IsTestProject);

    /// <summary>Neither tests nor samples, examples, demos or benchmarks.</summary>
    public IEnumerable<ScannedProject> ProductionProjects => Projects.Where(p => !p.IsTestProject && !p.IsSampleOrBenchmark);

    /// <summary>Samples, examples, demos and benchmarks (see <see cref="ScannedProject.SampleOrBenchmarkReason"/>).</summary>
    public IEnumerable<ScannedProject> SampleAndBenchmarkProjects => Projects.Where(p => p.IsSampleOrBenchmark);
}

/// <summary>An AdditionalFiles item: the file that declares it (relative to the root) and its Include as written.</summary>
internal sealed class AdditionalFileReference
{
    public AdditionalFileReference(string declaredIn, string include)
    {
        DeclaredIn = declaredIn;
        Include = include;
    }

    public string DeclaredIn { get; }

    public string Include { get; }

    /// <summary>The Include's last path segment ("BannedSymbols.txt" of "$(MSBuildThisFileDirectory)eng\BannedSymbols.txt").</summary>
    public string FileName => Include.Substring(System.Math.Max(Include.LastIndexOf('/'), Include.LastIndexOf('\\')) + 1).Trim();
}

/// <summary>The repo-wide MSBuild files at the root, and nested ones that may cut projects off from them.</summary>
internal sealed class BuildFiles
{
    public BuildFiles(string? directoryBuildProps, string? directoryPackagesProps, bool centralPackageManagement, IReadOnlyList<string> nestedWithoutImport)
    {
        DirectoryBuildProps = directoryBuildProps;
        DirectoryPackagesProps = directoryPackagesProps;
        CentralPackageManagement = centralPackageManagement;
        NestedWithoutImport = nestedWithoutImport;
    }

    /// <summary>The root's Directory.Build.props (full path), or null.</summary>
    public string? DirectoryBuildProps { get; }

    /// <summary>The root's Directory.Packages.props (full path), or null.</summary>
    public string? DirectoryPackagesProps { get; }

    /// <summary>True when Directory.Packages.props exists and ManagePackageVersionsCentrally is true.</summary>
    public bool CentralPackageManagement { get; }

    /// <summary>
    /// Directory.Build.props / Directory.Packages.props below the root that do not import the one above them
    /// (relative paths): projects under them do not see what is added at the root.
    /// </summary>
    public IReadOnlyList<string> NestedWithoutImport { get; }
}

/// <summary>An existing reference to the Guardrails package.</summary>
internal sealed class GuardrailsReference
{
    public GuardrailsReference(string file, string itemType, string? version)
    {
        File = file;
        ItemType = itemType;
        Version = version;
    }

    /// <summary>Relative to the repository root.</summary>
    public string File { get; }

    /// <summary>PackageReference, GlobalPackageReference or PackageVersion.</summary>
    public string ItemType { get; }

    public string? Version { get; }

    /// <summary>Whether this reference covers every project (a repo-wide file) rather than one project.</summary>
    public bool IsRepositoryWide => !File.EndsWith(".csproj", System.StringComparison.OrdinalIgnoreCase);

    public override string ToString() => ItemType + " in " + File + (Version is null ? string.Empty : " (version " + Version + ")");
}
