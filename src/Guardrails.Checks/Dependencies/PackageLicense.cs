using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using Guardrails.Policy;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// A package's licence as its nuspec declares it: an SPDX expression, a licence file in the package (identified by its
/// text, <see cref="LicenseFile"/>), only a URL, or nothing.
/// </summary>
internal sealed class PackageLicense
{
    private static readonly XmlReaderSettings Settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        MaxCharactersInDocument = 4 * 1024 * 1024,
    };

    private PackageLicense(string? expression, string? url, string? file, LicenseFile? fileText)
    {
        Expression = expression ?? fileText?.Expression;
        Url = url;
        File = file;
        FileText = fileText;
    }

    /// <summary>
    /// The SPDX expression, when known: from &lt;license type="expression"&gt;, a well-known URL, or the standard text
    /// of a licence in the package's licence file.
    /// </summary>
    public string? Expression { get; }

    /// <summary>The licence URL, when the package declares one.</summary>
    public string? Url { get; }

    /// <summary>The licence file inside the package (&lt;license type="file"&gt;).</summary>
    public string? File { get; }

    /// <summary>The licence file that was read (named by &lt;license type="file"&gt; or by the licence URL), if any.</summary>
    public LicenseFile? FileText { get; }

    public string Describe()
    {
        if (Expression is not null)
        {
            return Expression;
        }

        var file = FileText is null ? null : "its licence file '" + Excerpt.Of(FileText.Name) + "' " + FileText.Problem;
        return File is not null ? file ?? "a licence file in the package, " + Excerpt.Of(File)
            : Url is null ? "none declared"
            : "unknown (" + Url + ")" + (file is null ? string.Empty : "; " + file);
    }

    /// <summary>Reads the nuspec in the package folder; null when it cannot be found or read.</summary>
    public static PackageLicense? Read(IEnumerable<string> packageFolders, DependencyNode package)
    {
        if (package.PackagePath is null)
        {
            return null;
        }

        foreach (var folder in packageFolders)
        {
            var nuspec = Path.Combine(folder, package.PackagePath, package.Name.ToLowerInvariant() + ".nuspec");
            if (System.IO.File.Exists(nuspec))
            {
                return ReadNuspec(nuspec);
            }
        }

        return null;
    }

    internal static PackageLicense? ReadNuspec(string path)
    {
        string? id = null;
        string? version = null;
        string? expression = null;
        string? url = null;
        string? file = null;
        try
        {
            using var reader = XmlReader.Create(path, Settings);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                // ReadElementContentAsString leaves the reader on the next node already: read on only otherwise, so
                // <license>…</license><licenseUrl>…</licenseUrl> without whitespace between them loses neither.
                if (reader.NodeType != XmlNodeType.Element || !IsRead(reader.LocalName))
                {
                    reader.Read();
                    continue;
                }

                if (reader.LocalName == "id" || reader.LocalName == "version")
                {
                    var isId = reader.LocalName == "id";
                    var value = reader.ReadElementContentAsString().Trim();
                    if (isId)
                    {
                        id ??= value;
                    }
                    else
                    {
                        version ??= value;
                    }
                }
                else if (reader.LocalName == "license")
                {
                    var type = reader.GetAttribute("type");
                    var text = reader.ReadElementContentAsString().Trim();
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (string.Equals(type, "expression", StringComparison.OrdinalIgnoreCase))
                    {
                        expression = text;
                    }
                    else if (string.Equals(type, "file", StringComparison.OrdinalIgnoreCase))
                    {
                        file = text;
                    }
                }
                else
                {
                    url = reader.ReadElementContentAsString().Trim();
                }
            }
        }
        catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
        {
            return null;
        }

        // An expression always wins; a licence file is the package's own text, so its URL (NuGet writes
        // https://aka.ms/deprecateLicenseUrl for it) says nothing; otherwise a well-known licence URL is mapped, and
        // only then is a URL that names a file in the package read.
        var packageDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty;
        LicenseFile? fileText = null;
        if (expression is null && file is not null)
        {
            fileText = LicenseFile.Identify(packageDirectory, file);
        }
        else if (expression is null)
        {
            expression = LicenseUrls.TryMap(url);
            var named = expression is null ? PackagedLicenseUrl.FileNamedBy(url, id, version, packageDirectory) : null;
            fileText = named is null ? null : LicenseFile.Identify(packageDirectory, named);
        }

        return new PackageLicense(expression, url, file, fileText);
    }

    private static bool IsRead(string name) =>
        name == "license" || name == "licenseUrl" || name == "id" || name == "version";
}
