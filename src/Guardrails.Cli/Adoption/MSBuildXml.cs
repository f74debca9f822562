using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Reads MSBuild files (projects, Directory.*.props) for the scan: no DTDs, no resolver, a size limit, and element
/// names compared without their namespace (old-style projects use the MSBuild 2003 namespace).
/// </summary>
internal static class MSBuildXml
{
    /// <summary>No hand-written MSBuild file is anywhere near this big.</summary>
    public const long MaxCharacters = 16 * 1024 * 1024;

    private static readonly XmlReaderSettings Settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
    };

    /// <summary>Parses <paramref name="text"/>; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static XDocument Parse(string text, LoadOptions options = LoadOptions.None)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        return XDocument.Load(reader, options);
    }

    /// <summary>Loads a file, or returns null with the reason in <paramref name="problem"/>.</summary>
    public static XDocument? TryLoad(string path, out string? problem)
    {
        try
        {
            problem = null;
            return Parse(TextFile.Read(path).Text);
        }
        catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
        {
            problem = ex.Message;
            return null;
        }
    }

    public static IEnumerable<XElement> Items(XDocument document, string itemType) =>
        document.Descendants().Where(e => e.Name.LocalName == itemType);

    /// <summary>The values of an item's Include (split at ';', trimmed).</summary>
    public static IEnumerable<string> Includes(XElement item) =>
        ((string?)item.Attribute("Include") ?? string.Empty).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>An item's metadata, as an attribute or a child element.</summary>
    public static string? Metadata(XElement item, string name) =>
        (string?)item.Attribute(name) ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>The last value a property is given in the file, whatever its condition; null when it is never set.</summary>
    public static string? Property(XDocument document, string name) =>
        document.Descendants()
            .Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup")
            .Select(e => e.Value.Trim())
            .LastOrDefault();

    /// <summary>A property value that holds no MSBuild expression, or null.</summary>
    public static string? LiteralProperty(XDocument document, string name)
    {
        var value = Property(document, name);
        return string.IsNullOrEmpty(value) || value!.IndexOf("$(", StringComparison.Ordinal) >= 0 || value.IndexOf("@(", StringComparison.Ordinal) >= 0 ? null : value;
    }

    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
