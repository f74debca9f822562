using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace Guardrails.Policy.Dependencies
{
    /// <summary>A package's licence as its nuspec declares it: an SPDX expression, or only a URL, or nothing.</summary>
    internal sealed class PackageLicense
    {
        /// <summary>Licence URLs of packages from before SPDX expressions, mapped to their SPDX identifier.</summary>
        private static readonly Dictionary<string, string> KnownUrls = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["https://opensource.org/licenses/MIT"] = "MIT",
            ["http://opensource.org/licenses/MIT"] = "MIT",
            ["https://github.com/dotnet/corefx/blob/master/LICENSE.TXT"] = "MIT",
            ["https://github.com/dotnet/runtime/blob/main/LICENSE.TXT"] = "MIT",
            ["http://www.apache.org/licenses/LICENSE-2.0"] = "Apache-2.0",
            ["https://www.apache.org/licenses/LICENSE-2.0"] = "Apache-2.0",
            ["http://www.apache.org/licenses/LICENSE-2.0.html"] = "Apache-2.0",
            ["https://www.apache.org/licenses/LICENSE-2.0.html"] = "Apache-2.0",
            ["https://opensource.org/licenses/BSD-3-Clause"] = "BSD-3-Clause",
        };

        private static readonly XmlReaderSettings Settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            MaxCharactersInDocument = 4 * 1024 * 1024,
        };

        private PackageLicense(string? expression, string? url)
        {
            Expression = expression;
            Url = url;
        }

        /// <summary>The SPDX expression, when known (from &lt;license type="expression"&gt; or a well-known URL).</summary>
        public string? Expression { get; }

        /// <summary>The licence URL when that is all the package says.</summary>
        public string? Url { get; }

        public string Describe() => Expression ?? (Url is null ? "none declared" : "unknown (" + Url + ")");

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
                if (File.Exists(nuspec))
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
            try
            {
                using var reader = XmlReader.Create(path, Settings);
                while (reader.Read())
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        continue;
                    }

                    if (reader.LocalName == "license")
                    {
                        var type = reader.GetAttribute("type");
                        var text = reader.ReadElementContentAsString().Trim();
                        if (string.Equals(type, "expression", StringComparison.OrdinalIgnoreCase) && text.Length > 0)
                        {
                            expression = text;
                        }
                    }
                    else if (reader.LocalName == "licenseUrl")
                    {
                        url = reader.ReadElementContentAsString().Trim();
                    }
                }
            }
            catch (Exception ex) when (ex is XmlException || ex is IOException || ex is UnauthorizedAccessException)
            {
                return null;
            }

            if (expression is null && url is not null)
            {
                if (KnownUrls.TryGetValue(url.TrimEnd('/'), out var known))
                {
                    expression = known;
                }
                else if (url.StartsWith("https://licenses.nuget.org/", StringComparison.OrdinalIgnoreCase))
                {
                    expression = Uri.UnescapeDataString(url.Substring("https://licenses.nuget.org/".Length));
                }
            }

            return new PackageLicense(expression, url);
        }
    }
}
