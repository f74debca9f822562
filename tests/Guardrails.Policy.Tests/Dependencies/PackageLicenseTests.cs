using Guardrails.Policy.Dependencies;

namespace Guardrails.Policy.Tests.Dependencies;

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
    public void LicenseFile_IsUnknown_AndSaysSo_EvenWithAWellKnownUrl()
    {
        var license = Read("<license type=\"file\">LICENSE.txt</license><licenseUrl>https://opensource.org/licenses/MIT</licenseUrl>");

        Assert.NotNull(license);
        Assert.Null(license.Expression);
        Assert.Equal("LICENSE.txt", license.File);
        Assert.Contains("a licence file in the package, LICENSE.txt", license.Describe());
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
