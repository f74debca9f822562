using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

public sealed class RepositoryScannerTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void TestProjects_AreRecognisedByPropertySdkPackageOrName_AndIsTestProjectFalseWins()
    {
        _repo.Project("a/Flagged/Flagged.csproj", properties: "<IsTestProject>true</IsTestProject>");
        _repo.Write("a/MsTest/MsTest.csproj", "<Project Sdk=\"MSTest.Sdk/3.6.0\" />");
        _repo.Project("a/NUnitOnes/NUnitOnes.csproj", packages: ["NUnit"]);
        _repo.Project("a/Contoso.UnitTests/Contoso.UnitTests.csproj");
        _repo.Project("a/Contoso.Tests.Helpers/Contoso.Tests.Helpers.csproj", properties: "<IsTestProject>false</IsTestProject>");
        _repo.Project("a/Contoso.Contests/Contoso.Contests.csproj");
        _repo.Project("a/Renamed/Renamed.csproj", properties: "<AssemblyName>Renamed.Tests</AssemblyName>");

        var projects = RepositoryScanner.Scan(_repo.Root).Projects.ToDictionary(p => p.Name, p => p.TestProjectReason);

        Assert.Equal("IsTestProject is true", projects["Flagged"]);
        Assert.Equal("uses MSTest.Sdk", projects["MsTest"]);
        Assert.Equal("references NUnit", projects["NUnitOnes"]);
        Assert.Equal("its name ends with .UnitTests", projects["Contoso.UnitTests"]);
        Assert.Null(projects["Contoso.Tests.Helpers"]);
        Assert.Null(projects["Contoso.Contests"]);
        Assert.Equal("its name ends with .Tests", projects["Renamed.Tests"]);
    }

    [Fact]
    public void BuildOutputDependenciesAndDotFolders_AreNotScanned()
    {
        _repo.Project("src/App/App.csproj");
        foreach (var folder in new[] { "src/App/bin/Debug", "src/App/obj", "node_modules/x", ".git/x", "artifacts/bin/App", "src/App/TestResults" })
        {
            _repo.Project(folder + "/Hidden.csproj");
        }

        var scan = RepositoryScanner.Scan(_repo.Root);

        Assert.Equal(["src/App/App.csproj"], scan.Projects.Select(p => p.RelativePath));
    }

    [Fact]
    public void CentralPackageManagement_CountsOnlyWhenSwitchedOn_InEitherRootFile()
    {
        _repo.Project("src/App/App.csproj", centralVersions: true);
        _repo.Write("Directory.Packages.props", "<Project><ItemGroup><PackageVersion Include=\"X\" Version=\"1.0.0\" /></ItemGroup></Project>");
        var off = RepositoryScanner.Scan(_repo.Root).BuildFiles;
        _repo.Write("Directory.Build.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        var on = RepositoryScanner.Scan(_repo.Root).BuildFiles;

        Assert.False(off.CentralPackageManagement);
        Assert.True(on.CentralPackageManagement);
        Assert.Equal(_repo.PathOf("Directory.Packages.props"), on.DirectoryPackagesProps);
        Assert.Equal(_repo.PathOf("Directory.Build.props"), on.DirectoryBuildProps);
    }

    [Fact]
    public void NestedDirectoryBuildPropsWithoutImport_IsFound_AndGetsTheReferenceItself()
    {
        _repo.Project("src/App/App.csproj");
        _repo.Write("src/Directory.Build.props", "<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>");
        _repo.Write("tests/Directory.Build.props", "<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" /></Project>");

        var plan = _repo.Plan();

        Assert.Equal(["src/Directory.Build.props"], RepositoryScanner.Scan(_repo.Root).BuildFiles.NestedWithoutImport);
        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "src/Directory.Build.props"], plan.Files.Select(f => f.RelativePath));
        Assert.Empty(plan.Uncovered);
    }

    [Fact]
    public void RestoredPackages_ComeFromTheAssetsFile_WithoutGuardrailsItself()
    {
        _repo.Project("src/App/App.csproj");
        _repo.Restore("src/App/App.csproj", ("Serilog", "4.0.0", "Apache-2.0"), ("Guardrails", "0.1.0", "MIT"), ("Old", "1.0.0", "https://licenses.nuget.org/MIT"), ("NoLicence", "1.0.0", null));

        var restored = Assert.Single(RepositoryScanner.Scan(_repo.Root).Projects).Restored!;

        Assert.Equal(
            [("NoLicence", null, true), ("Old", "MIT", true), ("Serilog", "Apache-2.0", true)],
            restored.Packages.Select(p => (p.Id, p.License, p.NuspecFound)));
    }

    [Fact]
    public void BrokenFiles_AreNotedNotFatal()
    {
        _repo.Write("src/Broken/Broken.csproj", "<Project><PropertyGroup>");
        _repo.Write("src/Broken/obj/project.assets.json", "{ not json");
        _repo.Write("Directory.Build.props", "not xml");

        var scan = RepositoryScanner.Scan(_repo.Root);
        var plan = InitPlanner.Plan(scan, new InitOptions("0.1.0"));

        var project = Assert.Single(scan.Projects);
        Assert.NotNull(project.Problem);
        Assert.Equal(3, scan.Problems.Count);
        Assert.Contains(plan.Summary, l => l.StartsWith("package: Directory.Build.props cannot be changed", StringComparison.Ordinal));
        Assert.True(plan.CanApply);
    }

    [Fact]
    public void MissingRoot_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => RepositoryScanner.Scan(_repo.PathOf("missing")));
    }
}
