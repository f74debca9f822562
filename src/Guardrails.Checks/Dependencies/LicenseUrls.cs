using System;
using System.Collections.Generic;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Licence URLs of packages from before NuGet's licence expressions (&lt;licenseUrl&gt; only), mapped to an SPDX
/// identifier — the one place that knows them (listed in docs/rules/GR1003.md). Only URLs whose licence is certain
/// are here, as established licence tools map them (nuget-license's URL table, ClearlyDefined/ScanCode's keys); an
/// unmapped URL stays "cannot be determined", never a guess.
/// <para>
/// URLs are compared after normalising: http and https alike, "www." dropped, host case ignored, a trailing slash,
/// a fragment and ".html"/".php"/".txt" endings on licence-site pages ignored; raw.githubusercontent.com,
/// raw.github.com and github.com/…/raw/… are the same file as github.com/…/blob/…. A project's licence file counts
/// on its long-lived branches only (<see cref="LongLivedBranches"/>): a file at any other ref is unmapped, because
/// projects do relicense (FluentAssertions' master became commercial in v8, so it is not in the table at all).
/// </para>
/// </summary>
internal static class LicenseUrls
{
    /// <summary>
    /// The Microsoft .NET Library licence (the EULA that System.* 4.x and other Microsoft packages of 2014–2018
    /// carried as dotnet_library_license.txt): proprietary, not MIT. ScanCode's key, as ClearlyDefined reports it, so
    /// a policy can allow it by name.
    /// </summary>
    public const string MicrosoftNetLibrary = "LicenseRef-scancode-ms-net-library";

    /// <summary>The branches a project's licence file is trusted on (see the class summary).</summary>
    public static readonly IReadOnlyCollection<string> LongLivedBranches = new[] { "master", "main", "dev", "develop", "trunk" };

    /// <summary>Exact URLs (normalised: no scheme, no "www.", no trailing slash, also not before a query), with the licence they carry.</summary>
    public static readonly IReadOnlyDictionary<string, string> Exact = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Microsoft's fwlinks. 329770 and 529443 lead to the .NET Library licence; 868514 and 833178 to the MIT
        // licence of dotnet's later packages (nuget-license maps them the same way).
        ["go.microsoft.com/fwlink?LinkId=329770"] = MicrosoftNetLibrary,
        ["go.microsoft.com/fwlink?LinkId=529443"] = MicrosoftNetLibrary,
        ["microsoft.com/web/webpi/eula/net_library_eula_enu.htm"] = MicrosoftNetLibrary,
        ["dotnet.microsoft.com/dotnet_library_license.htm"] = MicrosoftNetLibrary,
        ["dotnet.microsoft.com/en-us/dotnet_library_license.htm"] = MicrosoftNetLibrary,
        ["go.microsoft.com/fwlink?linkid=868514"] = "MIT",
        ["go.microsoft.com/fwlink?linkid=833178"] = "MIT",
        ["aws.amazon.com/apache2.0"] = "Apache-2.0",
        ["nunit.org/nuget/nunit3-license.txt"] = "MIT",
        ["github.com/aspnet/Home/blob/2.0.0/LICENSE.txt"] = "Apache-2.0",
    };

    /// <summary>
    /// Licence files in well-known projects' repositories ("owner/repo/path"), trusted on <see cref="LongLivedBranches"/>;
    /// each project has kept that licence for as long as it published packages with a licence URL.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> GitHubFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["dotnet/corefx/LICENSE.TXT"] = "MIT",
        ["dotnet/coreclr/LICENSE.TXT"] = "MIT",
        ["dotnet/runtime/LICENSE.TXT"] = "MIT",
        ["dotnet/standard/LICENSE.TXT"] = "MIT",
        ["Microsoft/dotnet/LICENSE"] = "MIT",
        ["Microsoft/vs-threading/LICENSE"] = "MIT",
        ["Microsoft/Microsoft.IO.RecyclableMemoryStream/LICENSE"] = "MIT",
        ["NuGet/NuGet.Client/LICENSE.txt"] = "Apache-2.0",
        ["JamesNK/Newtonsoft.Json/LICENSE.md"] = "MIT",
        ["AutoMapper/AutoMapper/LICENSE.txt"] = "MIT",
        ["xunit/xunit/license.txt"] = "Apache-2.0",
        ["moq/moq4/License.txt"] = "BSD-3-Clause",
        ["App-vNext/Polly/LICENSE.txt"] = "BSD-3-Clause",
        ["StackExchange/StackExchange.Redis/LICENSE"] = "MIT",
        ["zzzprojects/html-agility-pack/LICENSE"] = "MIT",
        ["bchavez/Bogus/LICENSE"] = "MIT",
        ["hey-red/markdownsharp/LICENSE"] = "MIT",
        ["owin-contrib/owin-hosting/LICENSE.txt"] = "Apache-2.0",
    };

    /// <summary>
    /// Licence names in the paths of licence sites — opensource.org/licenses/NAME and /license/NAME,
    /// choosealicense.com/licenses/NAME, spdx.org/licenses/NAME — and the SPDX identifier each one is. A bare GPL/LGPL
    /// name is the "-only" licence, as SPDX defines the deprecated bare identifiers.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SiteNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["MIT"] = "MIT",
        ["mit-license"] = "MIT",
        ["Apache-2.0"] = "Apache-2.0",
        ["apache-2-0"] = "Apache-2.0",
        ["apache2.0"] = "Apache-2.0",
        ["BSD-2-Clause"] = "BSD-2-Clause",
        ["bsd-2-clause"] = "BSD-2-Clause",
        ["BSD-3-Clause"] = "BSD-3-Clause",
        ["0BSD"] = "0BSD",
        ["ISC"] = "ISC",
        ["isc-license"] = "ISC",
        ["MS-PL"] = "MS-PL",
        ["MS-RL"] = "MS-RL",
        ["MPL-2.0"] = "MPL-2.0",
        ["mpl-2-0"] = "MPL-2.0",
        ["Zlib"] = "Zlib",
        ["Unlicense"] = "Unlicense",
        ["BSL-1.0"] = "BSL-1.0",
        ["EPL-2.0"] = "EPL-2.0",
        ["LGPL-2.1"] = "LGPL-2.1-only",
        ["LGPL-2.1-only"] = "LGPL-2.1-only",
        ["LGPL-3.0"] = "LGPL-3.0-only",
        ["LGPL-3.0-only"] = "LGPL-3.0-only",
        ["GPL-2.0"] = "GPL-2.0-only",
        ["GPL-2.0-only"] = "GPL-2.0-only",
        ["GPL-3.0"] = "GPL-3.0-only",
        ["GPL-3.0-only"] = "GPL-3.0-only",
        ["AGPL-3.0"] = "AGPL-3.0-only",
        ["AGPL-3.0-only"] = "AGPL-3.0-only",
    };

    /// <summary>The GNU licence pages (gnu.org/licenses/…), by path after "licenses/".</summary>
    public static readonly IReadOnlyDictionary<string, string> GnuPages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpl-3.0"] = "GPL-3.0-only",
        ["lgpl-3.0"] = "LGPL-3.0-only",
        ["agpl-3.0"] = "AGPL-3.0-only",
        ["old-licenses/gpl-2.0"] = "GPL-2.0-only",
        ["old-licenses/lgpl-2.1"] = "LGPL-2.1-only",
    };

    private static readonly string[] PageEndings = { ".en.html", ".html", ".htm", ".php", ".txt", ".json" };

    /// <summary>The SPDX expression a licence URL stands for, or null when the URL is not one this table knows.</summary>
    public static string? TryMap(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url!.Trim();
        if (text.IndexOf("://", StringComparison.Ordinal) < 0)
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host.Substring(4);
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        if (host == "licenses.nuget.org")
        {
            var expression = path.TrimStart('/').Trim();
            return expression.Length == 0 ? null : expression;
        }

        var segments = path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (host == "raw.githubusercontent.com" || host == "raw.github.com")
        {
            // OWNER/REPO/REF/PATH is the file github.com/OWNER/REPO/blob/REF/PATH.
            if (segments.Length < 4)
            {
                return null;
            }

            host = "github.com";
            segments = Insert(segments, 2, "blob");
        }
        else if (host == "github.com" && segments.Length > 2 && Is(segments[2], "raw"))
        {
            segments[2] = "blob";
        }

        if (Exact.TryGetValue(host + "/" + string.Join("/", segments) + uri.Query, out var exact))
        {
            return exact;
        }

        if (host == "mit-license.org" || host.EndsWith(".mit-license.org", StringComparison.Ordinal))
        {
            return "MIT";
        }

        switch (host)
        {
            case "github.com":
                return GitHubFile(segments);
            case "apache.org":
                return segments.Length == 2 && Is(segments[0], "licenses") && Is(WithoutPageEnding(segments[1]), "LICENSE-2.0") ? "Apache-2.0" : null;
            case "opensource.org":
                return segments.Length == 2 && (Is(segments[0], "licenses") || Is(segments[0], "license")) ? SiteName(segments[1]) : null;
            case "choosealicense.com":
            case "spdx.org":
                return segments.Length == 2 && Is(segments[0], "licenses") ? SiteName(segments[1]) : null;
            case "gnu.org":
                return segments.Length >= 2 && Is(segments[0], "licenses") && GnuPages.TryGetValue(WithoutPageEnding(string.Join("/", segments, 1, segments.Length - 1)), out var gnu) ? gnu : null;
            default:
                return null;
        }
    }

    /// <summary>github.com/OWNER/REPO/blob/BRANCH/PATH on a long-lived branch, when the table knows that file.</summary>
    private static string? GitHubFile(string[] segments)
    {
        if (segments.Length < 5 || !Is(segments[2], "blob") || !IsLongLived(segments[3]))
        {
            return null;
        }

        var file = string.Join("/", segments, 4, segments.Length - 4);
        return GitHubFiles.TryGetValue(segments[0] + "/" + segments[1] + "/" + file, out var id) ? id : null;
    }

    private static string[] Insert(string[] segments, int index, string segment)
    {
        var result = new string[segments.Length + 1];
        Array.Copy(segments, 0, result, 0, index);
        result[index] = segment;
        Array.Copy(segments, index, result, index + 1, segments.Length - index);
        return result;
    }

    private static bool IsLongLived(string branch)
    {
        foreach (var candidate in LongLivedBranches)
        {
            if (string.Equals(candidate, branch, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? SiteName(string segment) => SiteNames.TryGetValue(WithoutPageEnding(segment), out var id) ? id : null;

    private static string WithoutPageEnding(string name)
    {
        foreach (var ending in PageEndings)
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - ending.Length);
            }
        }

        return name;
    }

    private static bool Is(string segment, string expected) => string.Equals(segment, expected, StringComparison.OrdinalIgnoreCase);
}
