using System.Text;
using System.Text.Json;
using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

/// <summary>
/// A repository on disk for the init tests: project files, restore output (project.assets.json with a fake global
/// packages folder of nuspecs, as NuGet lays it out), Cobertura reports. Deleted when disposed.
/// </summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Root = Directory.CreateTempSubdirectory("guardrails-init-").FullName;
        PackagesFolder = Path.Combine(Directory.CreateTempSubdirectory("guardrails-init-packages-").FullName, "packages");
    }

    public string Root { get; }

    /// <summary>The fake global packages folder (outside the repository, like ~/.nuget/packages).</summary>
    public string PackagesFolder { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    /// <summary>An SDK-style project with package references (no versions under CPM) and project references (paths relative to the repository).</summary>
    public string Project(string relative, string[]? packages = null, string[]? references = null, bool centralVersions = false, string? properties = null)
    {
        var text = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n");
        if (properties is not null)
        {
            text.Append("    ").Append(properties).Append('\n');
        }

        text.Append("  </PropertyGroup>\n");
        if (packages is { Length: > 0 })
        {
            text.Append("  <ItemGroup>\n");
            foreach (var package in packages)
            {
                text.Append("    <PackageReference Include=\"").Append(package).Append('"').Append(centralVersions ? string.Empty : " Version=\"1.0.0\"").Append(" />\n");
            }

            text.Append("  </ItemGroup>\n");
        }

        if (references is { Length: > 0 })
        {
            var directory = Path.GetDirectoryName(PathOf(relative))!;
            text.Append("  <ItemGroup>\n");
            foreach (var reference in references)
            {
                text.Append("    <ProjectReference Include=\"").Append(Path.GetRelativePath(directory, PathOf(reference)).Replace('/', '\\')).Append("\" />\n");
            }

            text.Append("  </ItemGroup>\n");
        }

        return Write(relative, text.Append("</Project>\n").ToString());
    }

    /// <summary>
    /// Restore output for a project: obj/project.assets.json listing <paramref name="packages"/> (all direct), and a
    /// nuspec for each in the packages folder declaring its licence (an SPDX expression, or a URL when it starts with http).
    /// </summary>
    public void Restore(string projectRelative, params (string Id, string Version, string? License)[] packages)
    {
        var projectPath = PathOf(projectRelative);
        var targets = new Dictionary<string, object>();
        var libraries = new Dictionary<string, object>();
        var dependencies = new Dictionary<string, object>();
        foreach (var (id, version, license) in packages)
        {
            var key = id + "/" + version;
            var folder = id.ToLowerInvariant() + "/" + version;
            targets[key] = new { type = "package" };
            libraries[key] = new { type = "package", path = folder };
            dependencies[id] = new { target = "Package", version = "[" + version + ", )" };
            WriteNuspec(id, version, license);
        }

        var assets = new
        {
            version = 3,
            targets = new Dictionary<string, object> { ["net8.0"] = targets },
            libraries,
            packageFolders = new Dictionary<string, object> { [PackagesFolder + Path.DirectorySeparatorChar] = new { } },
            project = new
            {
                restore = new
                {
                    projectName = Path.GetFileNameWithoutExtension(projectPath),
                    projectPath,
                    frameworks = new Dictionary<string, object> { ["net8.0"] = new { projectReferences = new { } } },
                },
                frameworks = new Dictionary<string, object> { ["net8.0"] = new { dependencies } },
            },
        };
        var assetsPath = Path.Combine(Path.GetDirectoryName(projectPath)!, "obj", "project.assets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(assetsPath)!);
        File.WriteAllText(assetsPath, JsonSerializer.Serialize(assets));
    }

    /// <summary>
    /// A Cobertura report under the project's TestResults/&lt;run&gt;/ with <paramref name="coveredLines"/> of
    /// <paramref name="totalLines"/> lines hit and, on the first line, <paramref name="coveredBranches"/> of
    /// <paramref name="totalBranches"/> branches.
    /// </summary>
    public string CoverageReport(string testProjectRelative, int coveredLines, int totalLines, int coveredBranches = 0, int totalBranches = 0, string run = "run1", DateTime? written = null)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage line-rate=\"0\" branch-rate=\"0\" version=\"1.9\" timestamp=\"1\">\n")
            .Append("  <sources><source>").Append(Root).Append(Path.DirectorySeparatorChar).Append("</source></sources>\n")
            .Append("  <packages><package name=\"Lib\"><classes><class name=\"Lib.Calc\" filename=\"src/Lib/Calc.cs\"><methods /><lines>\n");
        for (var line = 1; line <= totalLines; line++)
        {
            text.Append("    <line number=\"").Append(line).Append("\" hits=\"").Append(line <= coveredLines ? 1 : 0).Append('"');
            if (line == 1 && totalBranches > 0)
            {
                text.Append(" branch=\"true\" condition-coverage=\"0% (").Append(coveredBranches).Append('/').Append(totalBranches).Append(")\"");
            }

            text.Append(" />\n");
        }

        text.Append("  </lines></class></classes></package></packages>\n</coverage>\n");
        var relative = Path.GetDirectoryName(testProjectRelative)!.Replace('\\', '/') + "/TestResults/" + run + "/coverage.cobertura.xml";
        var path = Write(relative, text.ToString());
        File.SetLastWriteTimeUtc(path, written ?? DateTime.UtcNow);
        return path;
    }

    /// <summary>The usual three projects: a library, an app that uses it, and the app's xunit tests.</summary>
    public void ThreeProjects(bool centralVersions = false)
    {
        Project("src/Lib/Lib.csproj", centralVersions: centralVersions);
        Project("src/App/App.csproj", references: ["src/Lib/Lib.csproj"], centralVersions: centralVersions);
        Project("tests/App.Tests/App.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit"], references: ["src/App/App.csproj"], centralVersions: centralVersions);
    }

    public InitPlan Plan(bool force = false) =>
        InitPlanner.Plan(RepositoryScanner.Scan(Root), new InitOptions("0.1.0") { Force = force });

    public void Dispose()
    {
        foreach (var directory in new[] { Root, Path.GetDirectoryName(PackagesFolder)! })
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless; a test must not fail over it.
            }
        }
    }

    private void WriteNuspec(string id, string version, string? license)
    {
        var folder = Path.Combine(PackagesFolder, id.ToLowerInvariant(), version);
        Directory.CreateDirectory(folder);
        var declaration = license is null
            ? string.Empty
            : license.StartsWith("http", StringComparison.Ordinal)
                ? "<licenseUrl>" + license + "</licenseUrl>"
                : "<license type=\"expression\">" + license + "</license>";
        File.WriteAllText(
            Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>" + id
            + "</id><version>" + version + "</version><authors>test</authors><description>test</description>" + declaration + "</metadata></package>\n");
    }
}
