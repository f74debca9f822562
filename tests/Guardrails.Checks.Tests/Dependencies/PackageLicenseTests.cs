using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>A package's licence as its nuspec declares it, in each form NuGet has had.</summary>
public sealed class PackageLicenseTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-nuspec-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PackageLicense? Read(string metadata)
    {
        var path = Path.Combine(_directory, "package.nuspec");
        File.WriteAllText(path, "<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>P</id><version>1.0.0</version>" + metadata + "</metadata></package>");
        return PackageLicense.ReadNuspec(path);
    }

    [Fact]
    public void LegacyLicenseUrl_OfAWellKnownLicence_IsItsIdentifier()
    {
        var license = Read("<licenseUrl>https://github.com/dotnet/corefx/blob/master/LICENSE.TXT</licenseUrl>");

        Assert.Equal("MIT", license?.Expression);
    }

    [Fact]
    public void Expression_WinsOverAUrl_EvenWhenTheyAreAdjacent()
    {
        // NuGet writes both for packages with an expression; no whitespace between the elements must not lose one.
        var license = Read("<license type=\"expression\">Apache-2.0</license><licenseUrl>https://opensource.org/licenses/MIT</licenseUrl>");

        Assert.Equal("Apache-2.0", license?.Expression);
        Assert.Equal("https://opensource.org/licenses/MIT", license?.Url);
    }

    [Fact]
    public void LicenseFileMissingFromThePackage_IsUnknown_AndSaysSo_EvenWithAWellKnownUrl()
    {
        var license = Read("<license type=\"file\">LICENSE.txt</license><licenseUrl>https://opensource.org/licenses/MIT</licenseUrl>");

        Assert.NotNull(license);
        Assert.Null(license.Expression);
        Assert.Equal("LICENSE.txt", license.File);
        Assert.Equal("its licence file 'LICENSE.txt' is not in the package folder", license.Describe());
    }

    [Fact]
    public void LicenseFileWithTheMitText_IsMit_AsMicrosoftNetTestSdkShipsIt()
    {
        File.WriteAllText(Path.Combine(_directory, "LICENSE_MIT.txt"), LicenseTexts.Mit("Microsoft Corporation"));

        var license = Read("<license type=\"file\">LICENSE_MIT.txt</license><licenseUrl>https://aka.ms/deprecateLicenseUrl</licenseUrl>");

        Assert.Equal("MIT", license?.Expression);
        Assert.Equal("MIT", license?.Describe());
    }

    [Fact]
    public void LicenseFileWithTheNetLibraryText_IsThe2019NetLibraryLicence_AsTheTestPlatformShipsIt()
    {
        // Microsoft.TestPlatform.TestHost 17.0.0's nuspec and LICENSE_NET.txt: a proprietary licence, named so a policy can allow it.
        File.WriteAllText(Path.Combine(_directory, "LICENSE_NET.txt"), LicenseTexts.MicrosoftNetLibrary2019);

        var license = Read("<requireLicenseAcceptance>true</requireLicenseAcceptance><license type=\"file\">LICENSE_NET.txt</license><licenseUrl>https://aka.ms/deprecateLicenseUrl</licenseUrl>");

        Assert.Equal("LicenseRef-scancode-ms-net-library-2019-06", license?.Expression);
    }

    [Fact]
    public void LicenseFileInAFolderWithBackslashes_IsRead()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "licenses"));
        File.WriteAllText(Path.Combine(_directory, "licenses", "LICENSE.txt"), LicenseTexts.Mit("SonarSource"));

        Assert.Equal("MIT", Read("<license type=\"file\">licenses\\LICENSE.txt</license>")?.Expression);
    }

    [Fact]
    public void LicenseFileWithAnAddedRestriction_IsUnknown_AndSaysWhy()
    {
        File.WriteAllText(Path.Combine(_directory, "LICENSE"), LicenseTexts.Mit("Contoso") + "\nThe Software shall not be used for commercial purposes.\n");

        var license = Read("<license type=\"file\">LICENSE</license>");

        Assert.Null(license?.Expression);
        Assert.StartsWith("its licence file 'LICENSE' is not the standard text of a licence Guardrails recognises (MIT, Apache-2.0,", license?.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void LicenseUrlNamingAFileThePackageShips_IsReadFromThePackage()
    {
        // A URL to the repository's LICENSE (as Lamar 4.x declares), from a package that also ships that LICENSE.
        File.WriteAllText(Path.Combine(_directory, "LICENSE"), LicenseTexts.Mit("Contoso"));

        var license = Read("<licenseUrl>https://github.com/contoso/lib/blob/master/LICENSE</licenseUrl>");

        Assert.Equal("MIT", license?.Expression);
    }

    [Fact]
    public void LicenseUrlNamingAFileThePackageDoesNotShip_IsUnknown_WithoutReadingAnything()
    {
        File.WriteAllText(Path.Combine(_directory, "README.md"), LicenseTexts.Mit("Contoso"));

        var license = Read("<licenseUrl>https://github.com/contoso/lib/blob/master/LICENSE</licenseUrl>");

        Assert.Null(license?.Expression);
        Assert.Null(license?.FileText);
        Assert.Equal("unknown (https://github.com/contoso/lib/blob/master/LICENSE)", license?.Describe());
    }

    [Fact]
    public void LicenseUrlNamingAFileThePackageShips_WithAnotherText_SaysBoth()
    {
        File.WriteAllText(Path.Combine(_directory, "License.txt"), "Contoso proprietary licence. All use requires a paid subscription.");

        var license = Read("<licenseUrl>https://contoso.example/license.txt</licenseUrl>");

        Assert.Null(license?.Expression);
        Assert.StartsWith("unknown (https://contoso.example/license.txt); its licence file 'License.txt' is not the standard text", license?.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nuget.org/packages/P/1.0.0/License", "MIT")]
    [InlineData("https://www.nuget.org/packages/Other/1.0.0/License", null)]
    public void NuGetLicencePageOfThisPackage_IsItsLicenceFile(string url, string? expected)
    {
        File.WriteAllText(Path.Combine(_directory, "LICENSE.md"), LicenseTexts.Mit("Contoso"));

        Assert.Equal(expected, Read("<licenseUrl>" + url + "</licenseUrl>")?.Expression);
    }

    [Fact]
    public void UnknownUrl_IsUnknown_WithTheUrlInItsDescription()
    {
        var license = Read("<licenseUrl>https://contoso.example/eula.html</licenseUrl>");

        Assert.NotNull(license);
        Assert.Null(license.Expression);
        Assert.Equal("unknown (https://contoso.example/eula.html)", license.Describe());
    }
}
