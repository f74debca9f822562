using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace Guardrails.Policy.Adoption
{
    /// <summary>
    /// How the repository gets the Guardrails package, as the README recommends: with Central Package Management a
    /// <c>GlobalPackageReference</c> in Directory.Packages.props; otherwise a <c>PackageReference</c> with
    /// <c>PrivateAssets="all"</c> in Directory.Build.props (created when missing). Nothing is added when Guardrails is
    /// referenced already — repo-wide, or by some projects, where a second, repo-wide reference would be a duplicate.
    /// </summary>
    internal sealed class PackageSetupProposal
    {
        public const string Comment = "Guardrails: the policy in guardrails.json, enforced by every build (https://github.com/guardrails-dotnet/guardrails)";

        private PackageSetupProposal(PlannedFile? file, IReadOnlyList<string> summary)
        {
            File = file;
            Summary = summary;
        }

        /// <summary>The file to create or modify, or null when nothing is to change.</summary>
        public PlannedFile? File { get; }

        public IReadOnlyList<string> Summary { get; }

        public static PackageSetupProposal For(RepositoryScan scan, InitOptions options)
        {
            var existing = scan.GuardrailsReferences.Where(r => r.ItemType != "PackageVersion").ToList();
            var repositoryWide = existing.Where(r => r.IsRepositoryWide).ToList();
            if (repositoryWide.Count > 0)
            {
                return Unchanged("package: Guardrails is already referenced repo-wide (" + string.Join("; ", repositoryWide) + "); left as it is"
                    + OtherVersion(repositoryWide, options));
            }

            if (existing.Count > 0)
            {
                var target = scan.BuildFiles.CentralPackageManagement ? "a GlobalPackageReference in Directory.Packages.props" : "a PackageReference in Directory.Build.props";
                return Unchanged("package: Guardrails is referenced by " + existing.Count + " of " + scan.Projects.Count + " projects (" + string.Join(", ", existing.Select(r => r.File))
                    + "); left as it is, since a repo-wide reference next to those would be a duplicate. To govern every project, replace them with " + target);
            }

            var versions = scan.GuardrailsReferences.Where(r => r.ItemType == "PackageVersion").ToList();
            if (versions.Count > 0)
            {
                return Unchanged("package: " + versions[0].File + " has a PackageVersion for Guardrails that no project references; replace it with <GlobalPackageReference Include=\"Guardrails\" Version=\""
                    + (versions[0].Version ?? options.PackageVersion) + "\" /> (init leaves it, since both would be duplicates)");
            }

            return scan.BuildFiles.CentralPackageManagement
                ? Add(scan, scan.BuildFiles.DirectoryPackagesProps!, "GlobalPackageReference", options, withPrivateAssets: false)
                : Add(scan, scan.BuildFiles.DirectoryBuildProps ?? Path.Combine(scan.Root, RepositoryScanner.DirectoryBuildProps), "PackageReference", options, withPrivateAssets: true);
        }

        private static PackageSetupProposal Add(RepositoryScan scan, string path, string itemType, InitOptions options, bool withPrivateAssets)
        {
            var relative = RepositoryPaths.Relative(scan.Root, path);
            var attributes = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("Include", RepositoryScanner.GuardrailsPackageId),
                new KeyValuePair<string, string>("Version", options.PackageVersion),
            };
            if (withPrivateAssets)
            {
                attributes.Add(new KeyValuePair<string, string>("PrivateAssets", "all"));
            }

            var element = "<" + itemType + " " + string.Join(" ", attributes.Select(a => a.Key + "=\"" + a.Value + "\"")) + " />";
            var how = itemType == "GlobalPackageReference" ? "Central Package Management" : "no Central Package Management";
            var summary = new List<string>();
            PlannedFile file;
            if (!System.IO.File.Exists(path))
            {
                var text = "<Project>\n  <!-- " + Comment + " -->\n  <ItemGroup>\n    " + element + "\n  </ItemGroup>\n</Project>\n";
                file = new PlannedFile(path, relative, PlannedFileAction.Create, text, TextFile.EncodeNew(text), null, "created with " + element);
                summary.Add("package: " + how + ", so " + relative + " is created with " + element + " — every project below it gets Guardrails");
            }
            else
            {
                TextFile original;
                string text;
                try
                {
                    original = TextFile.Read(path);
                    text = MSBuildItemInserter.AddItem(original.Text, itemType, attributes, Comment);
                }
                catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException || ex is InvalidOperationException)
                {
                    return Unchanged("package: " + relative + " cannot be changed (" + ex.Message + "); add " + element + " to it by hand");
                }

                file = new PlannedFile(path, relative, PlannedFileAction.Modify, text, original.Encode(text), original.Bytes, "adds " + element);
                summary.Add("package: " + how + ", so " + element + " is added to " + relative + " (the rest of the file is kept as it is) — every project below it gets Guardrails");
            }

            var fileName = Path.GetFileName(path);
            var cutOff = scan.BuildFiles.NestedWithoutImport.Where(n => string.Equals(n.Substring(n.LastIndexOf('/') + 1), fileName, StringComparison.OrdinalIgnoreCase)).ToList();
            if (cutOff.Count > 0)
            {
                summary.Add("package: " + string.Join(", ", cutOff) + " " + (cutOff.Count == 1 ? "does" : "do") + " not import the " + fileName + " above, so the projects under "
                    + (cutOff.Count == 1 ? "it" : "them") + " do not get Guardrails; add <Import Project=\"$([MSBuild]::GetPathOfFileAbove('" + fileName + "', '$(MSBuildThisFileDirectory)../'))\" /> to "
                    + (cutOff.Count == 1 ? "it" : "each"));
            }

            return new PackageSetupProposal(file, summary);
        }

        private static string OtherVersion(List<GuardrailsReference> references, InitOptions options)
        {
            var other = references.Select(r => r.Version).FirstOrDefault(v => v is not null && !string.Equals(v, options.PackageVersion, StringComparison.OrdinalIgnoreCase));
            return other is null ? string.Empty : " (it names version " + other + "; this guardrails init is " + options.PackageVersion + ")";
        }

        private static PackageSetupProposal Unchanged(string summary) => new PackageSetupProposal(null, new[] { summary });
    }
}
