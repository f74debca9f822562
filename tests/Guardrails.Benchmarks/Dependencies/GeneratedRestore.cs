using System.Text;
using System.Text.Json;

namespace Guardrails.Benchmarks.Dependencies;

/// <summary>
/// A restored project on disk, in a temporary folder: <c>repo/guardrails.json</c>, <c>repo/src/Contoso.Domain</c> with its
/// project file and <c>obj/project.assets.json</c> (NuGet's format version 3, one target per framework, libraries with
/// their files and hashes), <c>Directory.Build.props</c> and <c>Directory.Packages.props</c>, and a packages folder with a
/// nuspec per package. Contoso.Domain references Contoso.Shared and Contoso.Infrastructure, which brings Contoso.Web.
/// </summary>
internal sealed class GeneratedRestore : IDisposable
{
    private static readonly string[] ProjectNames = { "Contoso.Shared", "Contoso.Infrastructure", "Contoso.Web" };

    private GeneratedRestore(string root, IReadOnlyList<GeneratedPackage> packages, IReadOnlyList<string> frameworks)
    {
        Root = root;
        Packages = packages;
        Frameworks = frameworks;
    }

    public string Root { get; }

    public IReadOnlyList<GeneratedPackage> Packages { get; }

    public IReadOnlyList<string> Frameworks { get; }

    public string Repository => Path.Combine(Root, "repo");

    public string PolicyFile => Path.Combine(Repository, "guardrails.json");

    public string ProjectFile => Path.Combine(Repository, "src", "Contoso.Domain", "Contoso.Domain.csproj");

    public string AssetsFile => Path.Combine(Repository, "src", "Contoso.Domain", "obj", "project.assets.json");

    public string PackagesFolder => Path.Combine(Root, "packages") + Path.DirectorySeparatorChar;

    /// <summary>What the build hands the task as GuardrailsMSBuildFiles: the project file, then the Directory.*.props files.</summary>
    public IReadOnlyList<string> MSBuildFiles => new[]
    {
        ProjectFile,
        Path.Combine(Repository, "Directory.Build.props"),
        Path.Combine(Repository, "Directory.Packages.props"),
    };

    /// <summary>GR1004: Contoso.Infrastructure (direct) and Contoso.Web (through it).</summary>
    public static int ExpectedLayeringFindings => 2;

    public static GeneratedRestore Create(int packageCount, int frameworkCount)
    {
        var frameworks = new[] { "net8.0", "net10.0", "netstandard2.0" }.Take(frameworkCount).ToList();
        var restore = new GeneratedRestore(Directory.CreateTempSubdirectory("guardrails-bench-restore-").FullName, PackageGraph.Generate(packageCount), frameworks);
        restore.Write();
        return restore;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private IEnumerable<GeneratedPackage> Direct => Packages.Take(PackageGraph.DirectCount);

    private static string ProjectPath(string repository, string name) => Path.Combine(repository, "src", name, name + ".csproj");

    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(AssetsFile)!);
        File.WriteAllText(PolicyFile, DependencyPolicyText.Text);
        File.WriteAllText(MSBuildFiles[1], """
            <Project>
              <ItemGroup>
                <GlobalPackageReference Include="Guardrails" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(MSBuildFiles[2], "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n"
            + string.Concat(Direct.Skip(2).Select(p => "    <PackageVersion Include=\"" + p.Id + "\" Version=\"" + p.Version + "\" />\n"))
            + "  </ItemGroup>\n</Project>\n");
        File.WriteAllText(ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFrameworks>" + string.Join(";", Frameworks)
            + "</TargetFrameworks>\n  </PropertyGroup>\n  <ItemGroup>\n"
            + string.Concat(Direct.Skip(2).Select(p => "    <PackageReference Include=\"" + p.Id + "\" />\n"))
            + "  </ItemGroup>\n  <ItemGroup>\n"
            + "    <ProjectReference Include=\"..\\Contoso.Shared\\Contoso.Shared.csproj\" />\n"
            + "    <ProjectReference Include=\"..\\Contoso.Infrastructure\\Contoso.Infrastructure.csproj\" />\n"
            + "  </ItemGroup>\n</Project>\n");
        foreach (var package in Packages)
        {
            WriteNuspec(package);
        }

        using var stream = File.Create(AssetsFile);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        WriteAssets(json);
    }

    private void WriteNuspec(GeneratedPackage package)
    {
        if (package.License == PackageLicenseKind.MissingNuspec)
        {
            return;
        }

        var license = package.License switch
        {
            PackageLicenseKind.Mit => "<license type=\"expression\">MIT</license>",
            PackageLicenseKind.Apache => "<license type=\"expression\">Apache-2.0</license>",
            PackageLicenseKind.MitOrApache => "<license type=\"expression\">MIT OR Apache-2.0</license>",
            PackageLicenseKind.LicenseUrlMit => "<licenseUrl>https://licenses.nuget.org/MIT</licenseUrl>",
            PackageLicenseKind.LicenseUrlApache => "<licenseUrl>http://www.apache.org/licenses/LICENSE-2.0</licenseUrl>",
            PackageLicenseKind.Gpl => "<license type=\"expression\">GPL-3.0-only</license>",
            PackageLicenseKind.UnknownUrl => "<licenseUrl>https://example.com/vendor/eula.html</licenseUrl>",
            _ => string.Empty,
        };
        var folder = Path.Combine(PackagesFolder, package.Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, package.Id.ToLowerInvariant() + ".nuspec"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata minClientVersion="2.12">
                <id>{package.Id}</id>
                <version>{package.Version}</version>
                <authors>Contoso, Fabrikam</authors>
                {license}
                <projectUrl>https://github.com/example/{package.Id.ToLowerInvariant()}</projectUrl>
                <description>{package.Id}: generated for the Guardrails dependency benchmark.</description>
                <copyright>Copyright (c) the {package.Id} authors</copyright>
                <tags>generated benchmark</tags>
                <repository type="git" url="https://github.com/example/{package.Id.ToLowerInvariant()}" commit="0123456789abcdef0123456789abcdef01234567" />
                <dependencies>
                  <group targetFramework="net8.0" />
                  <group targetFramework=".NETStandard2.0" />
                </dependencies>
              </metadata>
            </package>
            """);
    }

    private void WriteAssets(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("version", 3);
        json.WriteStartObject("targets");
        foreach (var framework in Frameworks)
        {
            json.WriteStartObject(framework);
            foreach (var package in Packages)
            {
                json.WriteStartObject(package.Id + "/" + package.Version);
                json.WriteString("type", "package");
                if (package.Dependencies.Count > 0)
                {
                    json.WriteStartObject("dependencies");
                    foreach (var dependency in package.Dependencies)
                    {
                        json.WriteString(Packages[dependency].Id, Packages[dependency].Version);
                    }

                    json.WriteEndObject();
                }

                json.WriteStartObject("compile");
                json.WriteStartObject("lib/" + framework + "/" + package.Id + ".dll");
                json.WriteString("related", ".xml");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteStartObject("runtime");
                json.WriteStartObject("lib/" + framework + "/" + package.Id + ".dll");
                json.WriteString("related", ".pdb;.xml");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            for (var p = 0; p < ProjectNames.Length; p++)
            {
                json.WriteStartObject(ProjectNames[p] + "/1.0.0");
                json.WriteString("type", "project");
                json.WriteString("framework", ".NETCoreApp,Version=v8.0");
                if (p == 1)
                {
                    json.WriteStartObject("dependencies");
                    json.WriteString(ProjectNames[2], "1.0.0");
                    json.WriteEndObject();
                }

                json.WriteStartObject("compile");
                json.WriteStartObject("bin/placeholder/" + ProjectNames[p] + ".dll");
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartObject("libraries");
        foreach (var package in Packages)
        {
            json.WriteStartObject(package.Id + "/" + package.Version);
            json.WriteString("sha512", Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes(package.Folder))));
            json.WriteString("type", "package");
            json.WriteString("path", package.Folder);
            json.WriteStartArray("files");
            json.WriteStringValue(".nupkg.metadata");
            json.WriteStringValue(".signature.p7s");
            json.WriteStringValue(package.Id.ToLowerInvariant() + "." + package.Version + ".nupkg.sha512");
            json.WriteStringValue(package.Id.ToLowerInvariant() + ".nuspec");
            foreach (var framework in new[] { "net8.0", "net10.0", "netstandard2.0" })
            {
                json.WriteStringValue("lib/" + framework + "/" + package.Id + ".dll");
                json.WriteStringValue("lib/" + framework + "/" + package.Id + ".xml");
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        foreach (var name in ProjectNames)
        {
            json.WriteStartObject(name + "/1.0.0");
            json.WriteString("type", "project");
            json.WriteString("path", "../" + name + "/" + name + ".csproj");
            json.WriteString("msbuildProject", "../" + name + "/" + name + ".csproj");
            json.WriteEndObject();
        }

        json.WriteEndObject();

        json.WriteStartObject("projectFileDependencyGroups");
        foreach (var framework in Frameworks)
        {
            json.WriteStartArray(framework);
            foreach (var package in Direct)
            {
                json.WriteStringValue(package.Id + " >= " + package.Version);
            }

            json.WriteStringValue("Contoso.Shared >= 1.0.0");
            json.WriteStringValue("Contoso.Infrastructure >= 1.0.0");
            json.WriteEndArray();
        }

        json.WriteEndObject();

        json.WriteStartObject("packageFolders");
        json.WriteStartObject(PackagesFolder);
        json.WriteEndObject();
        json.WriteEndObject();

        WriteProject(json);
        json.WriteEndObject();
    }

    private void WriteProject(Utf8JsonWriter json)
    {
        json.WriteStartObject("project");
        json.WriteString("version", "1.0.0");
        json.WriteStartObject("restore");
        json.WriteString("projectUniqueName", ProjectFile);
        json.WriteString("projectName", "Contoso.Domain");
        json.WriteString("projectPath", ProjectFile);
        json.WriteString("packagesPath", PackagesFolder);
        json.WriteString("outputPath", Path.GetDirectoryName(AssetsFile) + Path.DirectorySeparatorChar);
        json.WriteString("projectStyle", "PackageReference");
        json.WriteBoolean("centralPackageVersionsManagementEnabled", true);
        json.WriteStartArray("originalTargetFrameworks");
        foreach (var framework in Frameworks)
        {
            json.WriteStringValue(framework);
        }

        json.WriteEndArray();
        json.WriteStartObject("frameworks");
        foreach (var framework in Frameworks)
        {
            json.WriteStartObject(framework);
            json.WriteString("targetAlias", framework);
            json.WriteStartObject("projectReferences");
            foreach (var name in ProjectNames.Take(2))
            {
                json.WriteStartObject(ProjectPath(Repository, name));
                json.WriteString("projectPath", ProjectPath(Repository, name));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("frameworks");
        foreach (var framework in Frameworks)
        {
            json.WriteStartObject(framework);
            json.WriteString("targetAlias", framework);
            json.WriteStartObject("dependencies");
            foreach (var package in Direct)
            {
                json.WriteStartObject(package.Id);
                if (package.Id == PackageGraph.SdkAddedId)
                {
                    json.WriteString("suppressParent", "All");
                    json.WriteBoolean("autoReferenced", true);
                }
                else if (package.Id == PackageGraph.GuardrailsId)
                {
                    json.WriteString("suppressParent", "All");
                }

                json.WriteString("target", "Package");
                json.WriteString("version", "[" + package.Version + ", )");
                json.WriteBoolean("versionCentrallyManaged", package.Id != PackageGraph.SdkAddedId);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("imports");
            foreach (var import in new[] { "net461", "net462", "net47", "net471", "net472", "net48", "net481" })
            {
                json.WriteStringValue(import);
            }

            json.WriteEndArray();
            json.WriteBoolean("assetTargetFallback", true);
            json.WriteBoolean("warn", true);
            json.WriteStartObject("frameworkReferences");
            json.WriteStartObject("Microsoft.NETCore.App");
            json.WriteString("privateAssets", "all");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("runtimeIdentifierGraphPath", "/usr/share/dotnet/sdk/10.0.401/PortableRuntimeIdentifierGraph.json");
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
