using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Which Directory.Build.props and Directory.Packages.props files a project actually imports, found as MSBuild and
/// NuGet find them: the nearest file walking up from the project's folder (to the repository root), then each file
/// that one imports above it (<c>GetPathOfFileAbove</c>, <c>GetDirectoryNameOfFileAbove</c>, or a relative path), and
/// whether the project uses Central Package Management. Read-only; files are read once per instance.
/// </summary>
internal sealed class ProjectImports
{
    private readonly string _root;
    private readonly Dictionary<string, XDocument?> _documents = new Dictionary<string, XDocument?>(StringComparer.Ordinal);

    public ProjectImports(string root)
    {
        _root = root;
    }

    /// <summary>The Directory.Build.props files the project imports, nearest first (empty when none within the root).</summary>
    public IReadOnlyList<string> BuildChain(string projectPath) => Chain(projectPath, RepositoryScanner.DirectoryBuildProps);

    /// <summary>The Directory.Build.targets files the project imports, nearest first (empty when none within the root).</summary>
    public IReadOnlyList<string> TargetsChain(string projectPath) => Chain(projectPath, RepositoryScanner.DirectoryBuildTargets);

    /// <summary>The Directory.Packages.props files the project imports, nearest first (empty when none within the root).</summary>
    public IReadOnlyList<string> PackagesChain(string projectPath) => Chain(projectPath, RepositoryScanner.DirectoryPackagesProps);

    /// <summary>
    /// Whether ManagePackageVersionsCentrally is true for the project: its own value wins, then Directory.Packages.props
    /// (imported after Directory.Build.props), then Directory.Build.props; within a chain the nearest file wins.
    /// </summary>
    public bool UsesCentralPackageManagement(string projectPath)
    {
        var value = Document(projectPath) is { } project ? MSBuildXml.Property(project, "ManagePackageVersionsCentrally") : null;
        value ??= FirstValue(PackagesChain(projectPath), "ManagePackageVersionsCentrally");
        value ??= FirstValue(BuildChain(projectPath), "ManagePackageVersionsCentrally");
        return MSBuildXml.IsTrue(value);
    }

    private string? FirstValue(IReadOnlyList<string> chain, string property)
    {
        foreach (var file in chain)
        {
            if (Document(file) is { } document && MSBuildXml.Property(document, property) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private IReadOnlyList<string> Chain(string projectPath, string fileName)
    {
        var chain = new List<string>();
        var file = Nearest(Path.GetDirectoryName(Path.GetFullPath(projectPath)), fileName);
        while (file is not null && !chain.Contains(file))
        {
            chain.Add(file);
            file = ImportedAbove(file, fileName);
        }

        return chain;
    }

    /// <summary>The first <paramref name="fileName"/> in <paramref name="directory"/> or a folder above it, up to the root.</summary>
    private string? Nearest(string? directory, string fileName)
    {
        while (directory is not null && IsWithinRoot(directory))
        {
            var candidate = Path.Combine(directory, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = Path.GetDirectoryName(directory);
        }

        return null;
    }

    /// <summary>
    /// The file of the same name that <paramref name="file"/> imports from above, or null. An import under a condition
    /// other than <c>Exists(...)</c> is not counted: whether it applies is not known without evaluating the project.
    /// </summary>
    private string? ImportedAbove(string file, string fileName)
    {
        var document = Document(file);
        var directory = Path.GetDirectoryName(file)!;
        if (document is null)
        {
            return null;
        }

        foreach (var element in document.Descendants())
        {
            if (element.Name.LocalName != "Import" || !IsUnconditional(element) || !IsUnconditional(element.Parent))
            {
                continue;
            }

            var project = ((string?)element.Attribute("Project") ?? string.Empty).Trim();
            if (project.IndexOf(fileName, StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            if (project.IndexOf("FileAbove", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return Nearest(Path.GetDirectoryName(directory), fileName);
            }

            if (project.IndexOf("$(", StringComparison.Ordinal) >= 0 && project.IndexOf("$(MSBuildThisFileDirectory)", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }

            var relative = project.Replace("$(MSBuildThisFileDirectory)", string.Empty).Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);
            string target;
            try
            {
                target = Path.GetFullPath(Path.Combine(directory, relative));
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
            {
                continue;
            }

            if (!string.Equals(target, file, StringComparison.Ordinal) && IsWithinRoot(Path.GetDirectoryName(target)!) && File.Exists(target))
            {
                return target;
            }
        }

        return null;
    }

    private static bool IsUnconditional(XElement? element)
    {
        var condition = ((string?)element?.Attribute("Condition"))?.Trim();
        return string.IsNullOrEmpty(condition) || (condition!.StartsWith("Exists(", StringComparison.OrdinalIgnoreCase) && condition.IndexOf("==", StringComparison.Ordinal) < 0
            && condition.IndexOf("!=", StringComparison.Ordinal) < 0 && condition.IndexOf(" and ", StringComparison.OrdinalIgnoreCase) < 0 && condition.IndexOf(" or ", StringComparison.OrdinalIgnoreCase) < 0);
    }

    private bool IsWithinRoot(string directory) =>
        string.Equals(directory, _root, StringComparison.Ordinal)
        || directory.StartsWith(_root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? _root : _root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private XDocument? Document(string path)
    {
        if (!_documents.TryGetValue(path, out var document))
        {
            document = File.Exists(path) ? MSBuildXml.TryLoad(path, out _) : null;
            _documents[path] = document;
        }

        return document;
    }
}
