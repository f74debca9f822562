using System;
using System.IO;
using System.Xml;

namespace Guardrails.Checks.Switches;

/// <summary>Finds where in a project file a property element mentions a value, so GR4004 can point at that line.</summary>
internal static class MSBuildPropertyLocator
{
    private static readonly XmlReaderSettings Settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 16 * 1024 * 1024,
    };

    /// <summary>The first element named <paramref name="property"/> whose text contains <paramref name="token"/> as a list item.</summary>
    public static (int Line, int Column)? Find(string file, string property, string token)
    {
        try
        {
            using var reader = XmlReader.Create(file, Settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || !string.Equals(reader.LocalName, property, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var line = info.LineNumber;
                var column = info.LinePosition - 1;
                var text = reader.IsEmptyElement ? string.Empty : reader.ReadElementContentAsString();
                if (ContainsToken(text, token))
                {
                    return (line, Math.Max(1, column));
                }
            }
        }
        catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
        {
            // A file MSBuild could evaluate but we cannot read: the caller falls back to the project file.
        }

        return null;
    }

    public static bool ContainsToken(string? list, string token)
    {
        if (string.IsNullOrEmpty(list))
        {
            return false;
        }

        foreach (var part in list!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(part.Trim(), token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
