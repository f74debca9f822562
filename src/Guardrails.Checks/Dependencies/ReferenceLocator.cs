using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Finds the line of the item that brings a dependency in — a PackageReference, a GlobalPackageReference or
/// PackageVersion (central management), or a ProjectReference — so the diagnostic shows at that line in the IDE.
/// </summary>
internal sealed class ReferenceLocator
{
    private static readonly XmlReaderSettings Settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    private readonly List<ReferenceItem> _items = new List<ReferenceItem>();

    /// <param name="files">The project file first, then Directory.Build.props/.targets and Directory.Packages.props.</param>
    public ReferenceLocator(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            Read(file);
        }
    }

    /// <summary>The best item for a package: a PackageReference beats a GlobalPackageReference beats a PackageVersion.</summary>
    public ReferenceItem? FindPackage(string id) =>
        Find("PackageReference", id) ?? Find("GlobalPackageReference", id) ?? Find("PackageVersion", id);

    /// <summary>The ProjectReference whose Include names the given project file.</summary>
    public ReferenceItem? FindProject(string fullPath)
    {
        foreach (var item in _items)
        {
            if (item.ElementName == "ProjectReference" && string.Equals(item.ResolvedPath, fullPath, StringComparison.OrdinalIgnoreCase))
            {
                return item;
            }
        }

        return null;
    }

    private ReferenceItem? Find(string elementName, string include)
    {
        foreach (var item in _items)
        {
            if (item.ElementName == elementName && string.Equals(item.Include, include, StringComparison.OrdinalIgnoreCase))
            {
                return item;
            }
        }

        return null;
    }

    private void Read(string file)
    {
        try
        {
            using var reader = XmlReader.Create(file, Settings);
            var info = (IXmlLineInfo)reader;
            var directory = Path.GetDirectoryName(file) ?? string.Empty;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var name = reader.LocalName;
                if (name != "PackageReference" && name != "GlobalPackageReference" && name != "PackageVersion" && name != "ProjectReference")
                {
                    continue;
                }

                var include = reader.GetAttribute("Include") ?? reader.GetAttribute("Update");
                if (string.IsNullOrWhiteSpace(include))
                {
                    continue;
                }

                string? resolved = null;
                if (name == "ProjectReference" && include!.IndexOf("$(", StringComparison.Ordinal) < 0)
                {
                    resolved = Path.GetFullPath(Path.Combine(directory, include.Replace('\\', Path.DirectorySeparatorChar)));
                }

                _items.Add(new ReferenceItem(file, info.LineNumber, Math.Max(1, info.LinePosition - 1), name, include!.Trim(), resolved));
            }
        }
        catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
        {
            // Not readable as plain XML: the diagnostic falls back to the project file without a line.
        }
    }
}

internal sealed class ReferenceItem
{
    public ReferenceItem(string file, int line, int column, string elementName, string include, string? resolvedPath)
    {
        File = file;
        Line = line;
        Column = column;
        ElementName = elementName;
        Include = include;
        ResolvedPath = resolvedPath;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string ElementName { get; }

    public string Include { get; }

    public string? ResolvedPath { get; }
}
