using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace Guardrails.Policy.Dependencies
{
    /// <summary>A package's licence as its nuspec declares it: an SPDX expression, or only a URL, or nothing.</summary>
    internal sealed class PackageLicense
    {
        private static readonly XmlReaderSettings Settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = 4 * 1024 * 1024,
        };

        private PackageLicense(string? expression, string? url, string? file)
        {
            Expression = expression;
            Url = url;
            File = file;
        }

        /// <summary>The SPDX expression, when known (from &lt;license type="expression"&gt; or a well-known URL).</summary>
        public string? Expression { get; }

        /// <summary>The licence URL, when the package declares one.</summary>
        public string? Url { get; }

        /// <summary>The licence file inside the package (&lt;license type="file"&gt;), which Guardrails does not interpret.</summary>
        public string? File { get; }

        public string Describe() =>
            Expression
            ?? (File is not null ? "a licence file in the package, " + Excerpt.Of(File) + ", which Guardrails does not interpret"
                : Url is null ? "none declared" : "unknown (" + Url + ")");

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
                    if (reader.NodeType != XmlNodeType.Element || (reader.LocalName != "license" && reader.LocalName != "licenseUrl"))
                    {
                        reader.Read();
                        continue;
                    }

                    if (reader.LocalName == "license")
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
            // https://aka.ms/deprecateLicenseUrl for it) says nothing; otherwise a well-known licence URL is mapped.
            if (expression is null && file is null)
            {
                expression = LicenseUrls.TryMap(url);
            }

            return new PackageLicense(expression, url, file);
        }
    }
}
