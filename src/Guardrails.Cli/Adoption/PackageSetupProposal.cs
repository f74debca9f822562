using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// How the repository gets the Guardrails package, as the README recommends, so that every project found imports it:
/// for a project under Central Package Management a <c>GlobalPackageReference</c> in the Directory.Packages.props it
/// imports; otherwise a <c>PackageReference</c> with <c>PrivateAssets="all"</c> in the Directory.Build.props it imports
/// (the root one created when a project imports none). A project that cannot be covered is named in
/// <see cref="Uncovered"/>, never passed over. Nothing is added when Guardrails is
/// referenced already — repo-wide, or by some projects, where a second, repo-wide reference would be a duplicate.
/// </summary>
internal sealed class PackageSetupProposal
{
    public const string Comment = "Guardrails: the policy in guardrails.json, enforced by every build (https://github.com/guardrails-dotnet/guardrails)";

    /// <summary>Keeps a Directory.Build.props PackageReference out of the projects under Central Package Management.</summary>
    public const string CentralPackageManagementOff = "'$(ManagePackageVersionsCentrally)' != 'true'";

    private const int MaxNamesListed = 8;

    private readonly List<PlannedFile> _files;
    private readonly List<string> _summary;
    private readonly List<string> _uncovered;

    private PackageSetupProposal(List<PlannedFile> files, List<string> summary, List<string> uncovered)
    {
        _files = files;
        _summary = summary;
        _uncovered = uncovered;
    }

    /// <summary>The files to create or modify (none when nothing is to change).</summary>
    public IReadOnlyList<PlannedFile> Files => _files;

    public IReadOnlyList<string> Summary => _summary;

    /// <summary>Projects that would build without Guardrails after the plan is applied, each with why ("src/A/A.csproj (...)").</summary>
    public IReadOnlyList<string> Uncovered => _uncovered;

    public static PackageSetupProposal For(RepositoryScan scan, InitOptions options)
    {
        var existing = scan.GuardrailsReferences.Where(r => r.ItemType != "PackageVersion").ToList();
        var repositoryWide = existing.Where(r => r.IsRepositoryWide).ToList();
        if (repositoryWide.Count > 0)
        {
            return WithExisting(scan, "package: Guardrails is already referenced repo-wide (" + string.Join("; ", repositoryWide) + "); left as it is"
                + OtherVersion(repositoryWide, options));
        }

        if (existing.Count > 0)
        {
            var target = scan.BuildFiles.CentralPackageManagement ? "a GlobalPackageReference in Directory.Packages.props" : "a PackageReference in Directory.Build.props";
            return WithExisting(scan, "package: Guardrails is referenced by " + existing.Count + " of " + scan.Projects.Count + " projects (" + string.Join(", ", existing.Select(r => r.File))
                + "); left as it is, since a repo-wide reference next to those would be a duplicate. To govern every project, replace them with " + target);
        }

        var versions = scan.GuardrailsReferences.Where(r => r.ItemType == "PackageVersion").ToList();
        if (versions.Count > 0)
        {
            return Unchanged("package: " + versions[0].File + " has a PackageVersion for Guardrails that no project references; replace it with <GlobalPackageReference Include=\"Guardrails\" Version=\""
                + (versions[0].Version ?? options.PackageVersion) + "\" /> (init leaves it, since both would be duplicates)");
        }

        if (scan.Projects.Count == 0)
        {
            // Nothing to cover yet: the root file, where projects added later most likely find it.
            var single = scan.BuildFiles.CentralPackageManagement
                ? Target.For(scan.BuildFiles.DirectoryPackagesProps!, "GlobalPackageReference", conditional: false)
                : Target.For(scan.BuildFiles.DirectoryBuildProps ?? Path.Combine(scan.Root, RepositoryScanner.DirectoryBuildProps), "PackageReference", conditional: false);
            var none = new PackageSetupProposal(new List<PlannedFile>(), new List<string>(), new List<string>());
            none.Add(scan, single, options, noProjectsYet: true);
            return none;
        }

        return ForEveryProject(scan, options);
    }

    /// <summary>
    /// One reference in each file at the top of a project's import chain: the Directory.Packages.props a project under
    /// Central Package Management imports (a GlobalPackageReference), else the Directory.Build.props it imports (a
    /// PackageReference; the root one is created when a project imports none). A Directory.Build.props that projects
    /// under Central Package Management import too gets the PackageReference with a Condition, since NuGet refuses a
    /// versioned PackageReference there (NU1008); item conditions are evaluated after every property is set.
    /// </summary>
    private static PackageSetupProposal ForEveryProject(RepositoryScan scan, InitOptions options)
    {
        var imports = new ProjectImports(scan.Root);
        var rootBuildProps = Path.Combine(scan.Root, RepositoryScanner.DirectoryBuildProps);
        var targets = new Dictionary<string, Target>(StringComparer.Ordinal);
        var importedByCentral = new HashSet<string>(StringComparer.Ordinal);
        var proposal = new PackageSetupProposal(new List<PlannedFile>(), new List<string>(), new List<string>());
        foreach (var project in scan.Projects)
        {
            var build = imports.BuildChain(project.FilePath);
            string path;
            string itemType;
            if (imports.UsesCentralPackageManagement(project.FilePath))
            {
                importedByCentral.UnionWith(build.Count == 0 ? new[] { rootBuildProps } : build);
                var packages = imports.PackagesChain(project.FilePath);
                if (packages.Count == 0)
                {
                    proposal._uncovered.Add(project.RelativePath + " (it sets ManagePackageVersionsCentrally, but no Directory.Packages.props is found above it)");
                    continue;
                }

                path = packages[packages.Count - 1];
                itemType = "GlobalPackageReference";
            }
            else
            {
                path = build.Count == 0 ? rootBuildProps : build[build.Count - 1];
                itemType = "PackageReference";
            }

            if (!targets.TryGetValue(path, out var target))
            {
                target = Target.For(path, itemType, conditional: false);
                targets.Add(path, target);
            }

            target.Projects.Add(project);
        }

        foreach (var target in targets.Values.OrderBy(t => RepositoryPaths.Relative(scan.Root, t.Path), StringComparer.Ordinal))
        {
            target.Conditional = target.ItemType == "PackageReference" && importedByCentral.Contains(target.Path);
            proposal.Add(scan, target, options, noProjectsYet: false);
        }

        if (proposal._uncovered.Count > 0)
        {
            proposal._summary.Add("package: NOT every project gets Guardrails — " + proposal._uncovered.Count + " of " + scan.Projects.Count + " would build without it: "
                + string.Join("; ", proposal._uncovered) + ". Add the reference for " + (proposal._uncovered.Count == 1 ? "it" : "them") + " by hand");
        }
        else if (targets.Count > 1)
        {
            proposal._summary.Add("package: all " + scan.Projects.Count + " projects get Guardrails, through the " + targets.Count + " files above");
        }

        return proposal;
    }

    private void Add(RepositoryScan scan, Target target, InitOptions options, bool noProjectsYet)
    {
        var path = target.Path;
        var itemType = target.ItemType;
        var relative = RepositoryPaths.Relative(scan.Root, path);
        var attributes = new List<KeyValuePair<string, string>>
        {
            new KeyValuePair<string, string>("Include", RepositoryScanner.GuardrailsPackageId),
            new KeyValuePair<string, string>("Version", options.PackageVersion),
        };
        if (itemType == "PackageReference")
        {
            attributes.Add(new KeyValuePair<string, string>("PrivateAssets", "all"));
        }

        if (target.Conditional)
        {
            attributes.Add(new KeyValuePair<string, string>("Condition", CentralPackageManagementOff));
        }

        var element = "<" + itemType + " " + string.Join(" ", attributes.Select(a => a.Key + "=\"" + a.Value + "\"")) + " />";
        var how = itemType == "GlobalPackageReference" ? "Central Package Management" : "no Central Package Management";
        var who = noProjectsYet
            ? " — projects that import it get Guardrails"
            : target.Projects.Count == scan.Projects.Count
                ? " — all " + scan.Projects.Count + " projects import it and get Guardrails"
                : " — the " + target.Projects.Count + " of " + scan.Projects.Count + " projects that import it get Guardrails (" + Names(target.Projects) + ")";
        if (target.Conditional)
        {
            who += "; the Condition keeps it from the projects under Central Package Management that import it too (a versioned PackageReference is NU1008 there)";
        }

        if (!System.IO.File.Exists(path))
        {
            var text = "<Project>\n  <!-- " + Comment + " -->\n  <ItemGroup>\n    " + element + "\n  </ItemGroup>\n</Project>\n";
            _files.Add(new PlannedFile(path, relative, PlannedFileAction.Create, text, TextFile.EncodeNew(text), null, "created with " + element));
            _summary.Add("package: " + how + ", so " + relative + " is created with " + element + who);
            return;
        }

        TextFile original;
        string changed;
        try
        {
            original = TextFile.Read(path);
            changed = MSBuildItemInserter.AddItem(original.Text, itemType, attributes, Comment);
        }
        catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException || ex is InvalidOperationException)
        {
            _summary.Add("package: " + relative + " cannot be changed (" + ex.Message + "); add " + element + " to it by hand");
            foreach (var project in target.Projects)
            {
                _uncovered.Add(project.RelativePath + " (it imports " + relative + ", which cannot be changed)");
            }

            return;
        }

        _files.Add(new PlannedFile(path, relative, PlannedFileAction.Modify, changed, original.Encode(changed), original.Bytes, "adds " + element));
        _summary.Add("package: " + how + ", so " + element + " is added to " + relative + " (the rest of the file is kept as it is)" + who);
    }

    private static string Names(IReadOnlyList<ScannedProject> projects) =>
        string.Join(", ", projects.Take(MaxNamesListed).Select(p => p.Name)) + (projects.Count > MaxNamesListed ? " and " + (projects.Count - MaxNamesListed) + " more" : string.Empty);

    private static string OtherVersion(List<GuardrailsReference> references, InitOptions options)
    {
        var other = references.Select(r => r.Version).FirstOrDefault(v => v is not null && !string.Equals(v, options.PackageVersion, StringComparison.OrdinalIgnoreCase));
        return other is null ? string.Empty : " (it names version " + other + "; this guardrails init is " + options.PackageVersion + ")";
    }

    /// <summary>
    /// Guardrails is referenced already, so nothing is added; but every project that imports none of those references
    /// (its own file, or the Directory.Build.props/.targets and Directory.Packages.props it imports) is named.
    /// </summary>
    private static PackageSetupProposal WithExisting(RepositoryScan scan, string summary)
    {
        var proposal = Unchanged(summary);
        var itemTypesByFile = scan.GuardrailsReferences
            .Where(r => r.ItemType != "PackageVersion")
            .GroupBy(r => r.File, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Select(r => r.ItemType), StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        var imports = new ProjectImports(scan.Root);
        foreach (var project in scan.Projects)
        {
            var central = imports.UsesCentralPackageManagement(project.FilePath);
            var covered = itemTypesByFile.ContainsKey(project.RelativePath)
                || imports.BuildChain(project.FilePath).Concat(imports.TargetsChain(project.FilePath)).Concat(imports.PackagesChain(project.FilePath))
                    .Any(file => itemTypesByFile.TryGetValue(RepositoryPaths.Relative(scan.Root, file), out var types)
                        && (types.Contains("PackageReference") || (central && types.Contains("GlobalPackageReference"))));
            if (!covered)
            {
                proposal._uncovered.Add(project.RelativePath + " (it imports none of the files that reference Guardrails)");
            }
        }

        if (proposal._uncovered.Count > 0)
        {
            proposal._summary.Add("package: NOT every project gets Guardrails — " + proposal._uncovered.Count + " of " + scan.Projects.Count + " would build without it: "
                + string.Join("; ", proposal._uncovered.Take(MaxNamesListed)) + (proposal._uncovered.Count > MaxNamesListed ? "; and " + (proposal._uncovered.Count - MaxNamesListed) + " more" : string.Empty));
        }

        return proposal;
    }

    private static PackageSetupProposal Unchanged(string summary) => new PackageSetupProposal(new List<PlannedFile>(), new List<string> { summary }, new List<string>());

    /// <summary>A file that gets the reference, and the projects that import it.</summary>
    private sealed class Target
    {
        private Target(string path, string itemType, bool conditional)
        {
            Path = path;
            ItemType = itemType;
            Conditional = conditional;
        }

        public string Path { get; }

        public string ItemType { get; }

        public bool Conditional { get; set; }

        public List<ScannedProject> Projects { get; } = new List<ScannedProject>();

        public static Target For(string path, string itemType, bool conditional) => new Target(path, itemType, conditional);
    }
}
