using System.Text.Json;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>
/// A referenced project's restore result is parsed once per build however many projects reference it (a 40-project
/// solution asks about its core library 40 times), and parsed again as soon as a restore changes it.
/// </summary>
public sealed class GovernedAssetsCacheTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-governed-cache-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Project => Path.Combine(_directory, "src", "Core", "Core.csproj");

    private string AssetsPath => Path.Combine(_directory, "src", "Core", "obj", "project.assets.json");

    [Fact]
    public void SameFileAskedByManyProjects_IsParsedOnce()
    {
        WriteAssets("Serilog", "3.1.1");
        var cache = new GovernedAssetsCache();

        for (var referencing = 0; referencing < 40; referencing++)
        {
            Assert.Equal(["Guardrails/0.1.0", "Serilog/3.1.1"], Sorted(cache.PackagesReportedBy(AssetsPath, Project)));
        }

        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void FileRestoredAgainWithOtherPackages_IsParsedAgain()
    {
        WriteAssets("Serilog", "3.1.1");
        var cache = new GovernedAssetsCache();
        Assert.Equal(["Guardrails/0.1.0", "Serilog/3.1.1"], Sorted(cache.PackagesReportedBy(AssetsPath, Project)));

        WriteAssets("Serilog", "4.0.0-beta1");

        Assert.Equal(["Guardrails/0.1.0", "Serilog/4.0.0-beta1"], Sorted(cache.PackagesReportedBy(AssetsPath, Project)));
        Assert.Equal(2, cache.Reads);
    }

    [Fact]
    public void FileOfTheSameSizeWrittenLater_IsParsedAgain()
    {
        WriteAssets("Serilog", "3.1.1");
        var cache = new GovernedAssetsCache();
        Assert.Equal(["Guardrails/0.1.0", "Serilog/3.1.1"], Sorted(cache.PackagesReportedBy(AssetsPath, Project)));
        var written = File.GetLastWriteTimeUtc(AssetsPath);

        WriteAssets("Serilog", "3.1.2");
        File.SetLastWriteTimeUtc(AssetsPath, written.AddSeconds(2));

        Assert.Equal(["Guardrails/0.1.0", "Serilog/3.1.2"], Sorted(cache.PackagesReportedBy(AssetsPath, Project)));
        Assert.Equal(2, cache.Reads);
    }

    [Fact]
    public void FileOfAnotherProject_IsNotTakenForThisOne_AndStillParsedOnce()
    {
        WriteAssets("Serilog", "3.1.1");
        var cache = new GovernedAssetsCache();

        Assert.Null(cache.PackagesReportedBy(AssetsPath, Path.Combine(_directory, "src", "Other", "Other.csproj")));
        Assert.NotNull(cache.PackagesReportedBy(AssetsPath, Project));
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void BrokenOrMissingFile_ReportsNothing_AndDoesNotThrow()
    {
        var cache = new GovernedAssetsCache();
        Assert.Null(cache.PackagesReportedBy(AssetsPath, Project));

        Directory.CreateDirectory(Path.GetDirectoryName(AssetsPath)!);
        File.WriteAllText(AssetsPath, "{ \"version\": 3, \"targets\": ");

        Assert.Null(cache.PackagesReportedBy(AssetsPath, Project));
        Assert.Null(cache.PackagesReportedBy(AssetsPath, Project));
        Assert.Equal(1, cache.Reads);
    }

    [Fact]
    public void ProjectsSharingTheCache_ReadTheReferencedRestoreResultOnce()
    {
        WriteAssets("Serilog", "3.1.1");
        File.WriteAllText(Project, "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var policy = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(policy, "{ }");
        var cache = new GovernedAssetsCache();

        for (var referencing = 0; referencing < 3; referencing++)
        {
            Assert.Equal(["Guardrails/0.1.0", "Serilog/3.1.1"], Sorted(new GovernedReferences(policy, cache).PackagesReportedBy(Project)));
        }

        Assert.Equal(1, cache.Reads);
    }

    private static string[] Sorted(HashSet<string>? packages) => packages is null ? [] : [.. packages.Order(StringComparer.Ordinal)];

    private void WriteAssets(string package, string version)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(AssetsPath)!);
        File.WriteAllText(AssetsPath, $$"""
            {
              "version": 3,
              "targets": { "net8.0": { "{{package}}/{{version}}": { "type": "package" }, "Guardrails/0.1.0": { "type": "package" } } },
              "libraries": {
                "{{package}}/{{version}}": { "type": "package", "path": "{{package.ToLowerInvariant()}}/{{version}}" },
                "Guardrails/0.1.0": { "type": "package", "path": "guardrails/0.1.0" } },
              "project": {
                "restore": { "projectName": "Core", "projectPath": {{JsonSerializer.Serialize(Project)}} },
                "frameworks": { "net8.0": { "dependencies": { "{{package}}": { }, "Guardrails": { } } } }
              }
            }
            """);
    }
}
