using System.IO.Compression;
using System.Text;

namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>Writes small real .nupkg files into a feed folder, so dependency checks run offline and deterministically.</summary>
internal static class FakePackages
{
    /// <param name="dependencies">(id, version) pairs.</param>
    /// <param name="license">An SPDX expression, or null to declare only <paramref name="licenseUrl"/> or <paramref name="licenseFile"/>.</param>
    /// <param name="licenseFile">A licence file shipped at the package root and declared as &lt;license type="file"&gt;.</param>
    public static void Write(
        string feed, string id, string version, string? license = "MIT", string? licenseUrl = null, (string Name, string Text)? licenseFile = null,
        params (string Id, string Version)[] dependencies)
    {
        Directory.CreateDirectory(feed);
        var nuspec = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
            .Append("<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\">\n  <metadata>\n")
            .Append($"    <id>{id}</id>\n    <version>{version}</version>\n    <authors>test</authors>\n    <description>{id} for Guardrails tests</description>\n");
        if (license is not null)
        {
            nuspec.Append($"    <license type=\"expression\">{license}</license>\n");
        }

        if (licenseFile is { } declared)
        {
            nuspec.Append($"    <license type=\"file\">{declared.Name}</license>\n");
        }

        if (licenseUrl is not null)
        {
            nuspec.Append($"    <licenseUrl>{licenseUrl}</licenseUrl>\n");
        }

        nuspec.Append("    <dependencies>\n      <group targetFramework=\"netstandard2.0\">\n");
        foreach (var (dependencyId, dependencyVersion) in dependencies)
        {
            nuspec.Append($"        <dependency id=\"{dependencyId}\" version=\"{dependencyVersion}\" />\n");
        }

        nuspec.Append("      </group>\n    </dependencies>\n  </metadata>\n</package>\n");
        var path = Path.Combine(feed, $"{id}.{version}.nupkg");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry($"{id}.nuspec").Open()))
        {
            writer.Write(nuspec.ToString());
        }

        if (licenseFile is { } shipped)
        {
            using var writer = new StreamWriter(zip.CreateEntry(shipped.Name).Open());
            writer.Write(shipped.Text);
        }

        zip.CreateEntry("lib/netstandard2.0/_._");
    }
}
