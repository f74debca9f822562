using System.IO.Compression;
using System.Text;

namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>Writes small real .nupkg files into a feed folder, so dependency checks run offline and deterministically.</summary>
internal static class FakePackages
{
    /// <param name="dependencies">(id, version) pairs.</param>
    /// <param name="license">An SPDX expression, or null to declare only <paramref name="licenseUrl"/>.</param>
    public static void Write(string feed, string id, string version, string? license = "MIT", string? licenseUrl = null, params (string Id, string Version)[] dependencies)
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

        zip.CreateEntry("lib/netstandard2.0/_._");
    }
}
