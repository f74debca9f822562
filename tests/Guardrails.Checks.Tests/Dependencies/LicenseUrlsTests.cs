using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>
/// Licence URLs of packages from before licence expressions, as they appear in real nuspecs: each family maps to its
/// SPDX identifier after normalisation, and anything not certain stays unknown.
/// </summary>
public sealed class LicenseUrlsTests
{
    [Theory]
    // Microsoft: the .NET Library licence (System.* 4.x) is its own proprietary licence, not MIT; the later fwlinks are MIT.
    [InlineData("http://go.microsoft.com/fwlink/?LinkId=329770", LicenseUrls.MicrosoftNetLibrary)]
    [InlineData("https://go.microsoft.com/fwlink/?linkid=329770", LicenseUrls.MicrosoftNetLibrary)]
    [InlineData("http://go.microsoft.com/fwlink/?LinkId=529443", LicenseUrls.MicrosoftNetLibrary)]
    [InlineData("https://dotnet.microsoft.com/en-us/dotnet_library_license.htm", LicenseUrls.MicrosoftNetLibrary)]
    [InlineData("https://www.microsoft.com/web/webpi/eula/net_library_eula_enu.htm", LicenseUrls.MicrosoftNetLibrary)]
    [InlineData("https://go.microsoft.com/fwlink/?linkid=868514", "MIT")]
    [InlineData("https://github.com/dotnet/corefx/blob/master/LICENSE.TXT", "MIT")]
    [InlineData("https://github.com/dotnet/runtime/blob/main/LICENSE.TXT", "MIT")]
    [InlineData("https://github.com/dotnet/standard/blob/master/LICENSE.TXT", "MIT")]
    // Licence sites.
    [InlineData("http://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0")]
    [InlineData("https://www.apache.org/licenses/LICENSE-2.0.html", "Apache-2.0")]
    [InlineData("https://www.apache.org/licenses/LICENSE-2.0.txt", "Apache-2.0")]
    [InlineData("http://opensource.org/licenses/MIT", "MIT")]
    [InlineData("http://www.opensource.org/licenses/mit-license.php", "MIT")]
    [InlineData("https://opensource.org/license/apache-2-0", "Apache-2.0")]
    [InlineData("https://opensource.org/licenses/BSD-3-Clause", "BSD-3-Clause")]
    [InlineData("https://opensource.org/licenses/MS-PL", "MS-PL")]
    [InlineData("https://choosealicense.com/licenses/mit/", "MIT")]
    [InlineData("https://spdx.org/licenses/MPL-2.0.html", "MPL-2.0")]
    [InlineData("https://www.gnu.org/licenses/old-licenses/gpl-2.0.html", "GPL-2.0-only")]
    [InlineData("https://www.gnu.org/licenses/lgpl-3.0.en.html", "LGPL-3.0-only")]
    [InlineData("http://max.mit-license.org/", "MIT")]
    [InlineData("https://licenses.nuget.org/Apache-2.0", "Apache-2.0")]
    // Project-hosted licence files of well-known packages.
    [InlineData("https://raw.github.com/JamesNK/Newtonsoft.Json/master/LICENSE.md", "MIT")]
    [InlineData("https://raw.githubusercontent.com/xunit/xunit/master/license.txt", "Apache-2.0")]
    [InlineData("https://raw.githubusercontent.com/moq/moq4/master/License.txt", "BSD-3-Clause")]
    [InlineData("https://github.com/NuGet/NuGet.Client/raw/dev/LICENSE.txt", "Apache-2.0")]
    [InlineData("https://raw.githubusercontent.com/aspnet/Home/2.0.0/LICENSE.txt", "Apache-2.0")]
    public void WellKnownUrl_MapsToItsSpdxIdentifier(string url, string expected) => Assert.Equal(expected, LicenseUrls.TryMap(url));

    [Theory]
    [InlineData("https://GitHub.com/dotnet/corefx/blob/master/LICENSE.TXT/")]
    [InlineData("http://github.com/dotnet/corefx/blob/master/license.txt")]
    [InlineData("  https://raw.githubusercontent.com/dotnet/corefx/master/LICENSE.TXT  ")]
    [InlineData("https://github.com/dotnet/corefx/raw/master/LICENSE.TXT")]
    [InlineData("github.com/dotnet/corefx/blob/master/LICENSE.TXT")]
    [InlineData("https://github.com/dotnet/corefx/blob/master/LICENSE.TXT#L1")]
    public void UrlVariants_NormaliseToTheSameFile(string url) => Assert.Equal("MIT", LicenseUrls.TryMap(url));

    [Theory]
    [InlineData("https://example.com/eula.html")]
    [InlineData("https://github.com/contoso/widgets/blob/master/LICENSE")]
    // A licence file on a release branch or at a commit: projects relicense, so only long-lived branches count.
    [InlineData("https://github.com/dotnet/corefx/blob/release/1.0/LICENSE.TXT")]
    [InlineData("https://raw.githubusercontent.com/xunit/xunit/8377954d86/license.txt")]
    // FluentAssertions' master became commercial in v8: not in the table, whatever the branch.
    [InlineData("https://github.com/fluentassertions/fluentassertions/blob/master/LICENSE")]
    // The non-redistributable .NET licence is not mapped (no certain identifier).
    [InlineData("http://go.microsoft.com/fwlink/?LinkId=529444")]
    [InlineData("https://go.microsoft.com/fwlink/?LinkId=123456")]
    [InlineData("https://opensource.org/licenses/SomethingElse")]
    [InlineData("https://aka.ms/deprecateLicenseUrl")]
    [InlineData("ftp://opensource.org/licenses/MIT")]
    [InlineData("not a url at all")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownOrUncertainUrl_StaysUnmapped(string? url) => Assert.Null(LicenseUrls.TryMap(url));

    [Fact]
    public void EveryMappedUrl_IsListedInTheRulePage()
    {
        // The page writes fwlinks as users see them ("fwlink/?LinkId="); the table keeps no slash before a query.
        var page = File.ReadAllText(RepoPaths.Combine("docs", "rules", "GR1003.md")).Replace("/?", "?");
        var missing = LicenseUrls.Exact.Keys
            .Concat(LicenseUrls.GitHubFiles.Keys)
            .Concat(LicenseUrls.SiteNames.Keys.Select(k => "`" + k + "`"))
            .Concat(LicenseUrls.GnuPages.Keys)
            .Where(k => !page.Contains(k, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }
}
