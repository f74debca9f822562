using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

/// <summary>
/// init puts the package reference where every project found imports it — the Directory.Build.props or
/// Directory.Packages.props each project actually picks up, walking up from it as MSBuild and NuGet do — and names any
/// project it cannot cover, never claiming coverage it does not give. Shaped like Mapster (all projects under src/,
/// whose Directory.Build.props imports nothing above) and markdig (Central Package Management in src/ only).
/// </summary>
public sealed class PackageSetupCoverageTests : IDisposable
{
    private const string ImportAbove = "<Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />";
    private const string CentralPackages = "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageVersion Include=\"xunit\" Version=\"2.9.0\" />\n  </ItemGroup>\n</Project>\n";

    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ProjectsUnderANestedPropsThatImportsNothingAbove_TheNestedPropsGetsTheReference_NoRootFileIsCreated()
    {
        _repo.Write("src/Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <LangVersion>latest</LangVersion>\n  </PropertyGroup>\n</Project>\n");
        _repo.Project("src/Mapster/Mapster.csproj");
        _repo.Project("src/Mapster.Tests/Mapster.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit"], references: ["src/Mapster/Mapster.csproj"]);

        var plan = _repo.Plan();
        var result = plan.Apply();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "src/Directory.Build.props"], result.Written.Select(f => f.RelativePath));
        Assert.False(_repo.Exists("Directory.Build.props"));
        Assert.Contains("<PackageReference Include=\"Guardrails\" Version=\"0.1.0\" PrivateAssets=\"all\" />", _repo.Read("src/Directory.Build.props"));
        Assert.Empty(plan.Uncovered);
        Assert.Contains(plan.Summary, l => l.StartsWith("package: no Central Package Management, so <PackageReference", StringComparison.Ordinal)
            && l.Contains("added to src/Directory.Build.props", StringComparison.Ordinal) && l.EndsWith("all 2 projects import it and get Guardrails", StringComparison.Ordinal));
        Assert.DoesNotContain(plan.Summary, l => l.Contains("every project below", StringComparison.Ordinal));
    }

    [Fact]
    public void SomeProjectsUnderACutOffNestedProps_BothTheRootAndTheNestedFileGetIt_AnImportingNestedFileDoesNot()
    {
        _repo.Write("Directory.Build.props", "<Project>\n</Project>\n");
        _repo.Write("src/Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n");
        _repo.Write("tests/Directory.Build.props", "<Project>\n  " + ImportAbove + "\n</Project>\n");
        _repo.Project("src/Lib/Lib.csproj");
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit"], references: ["src/Lib/Lib.csproj"]);
        _repo.Project("tools/Gen/Gen.csproj");

        var plan = _repo.Plan();

        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "Directory.Build.props", "src/Directory.Build.props"], plan.Files.Select(f => f.RelativePath));
        Assert.Empty(plan.Uncovered);
        Assert.Contains(plan.Summary, l => l.Contains("added to Directory.Build.props", StringComparison.Ordinal) && l.Contains("the 2 of 3 projects that import it get Guardrails (Lib.Tests, Gen)", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, l => l.Contains("added to src/Directory.Build.props", StringComparison.Ordinal) && l.Contains("the 1 of 3 projects that import it get Guardrails (Lib)", StringComparison.Ordinal));
        Assert.Contains("package: all 3 projects get Guardrails, through the 2 files above", plan.Summary);
    }

    [Fact]
    public void CentralPackageManagementInSrcOnly_GlobalPackageReferenceGoesThere_NoVersionedPackageReferenceAnywhere()
    {
        _repo.Write("src/Directory.Packages.props", CentralPackages);
        _repo.Write("src/global.json", "{ \"sdk\": { \"version\": \"10.0.100\" } }");
        _repo.Project("src/Markdig/Markdig.csproj");
        _repo.Project("src/Markdig.Tests/Markdig.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit"], references: ["src/Markdig/Markdig.csproj"], centralVersions: true);

        var plan = _repo.Plan();
        var result = plan.Apply();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "src/Directory.Packages.props"], result.Written.Select(f => f.RelativePath));
        Assert.False(_repo.Exists("Directory.Build.props"));
        Assert.Contains("<GlobalPackageReference Include=\"Guardrails\" Version=\"0.1.0\" />", _repo.Read("src/Directory.Packages.props"));
        Assert.Empty(plan.Uncovered);
        Assert.DoesNotContain(plan.Summary, l => l.Contains("no Central Package Management", StringComparison.Ordinal));
    }

    [Fact]
    public void MixedCentralAndNot_SharedBuildPropsGetsAConditionedPackageReference_CentralOnesTheGlobalReference()
    {
        _repo.Write("Directory.Build.props", "<Project>\n  <PropertyGroup>\n    <Deterministic>true</Deterministic>\n  </PropertyGroup>\n</Project>\n");
        _repo.Write("src/Directory.Packages.props", CentralPackages);
        _repo.Project("src/Core/Core.csproj");
        _repo.Project("samples/Demo/Demo.csproj", references: ["src/Core/Core.csproj"]);

        var plan = _repo.Plan();
        plan.Apply();

        Assert.Empty(plan.Uncovered);
        Assert.Contains("<GlobalPackageReference Include=\"Guardrails\" Version=\"0.1.0\" />", _repo.Read("src/Directory.Packages.props"));
        Assert.Contains(
            "<PackageReference Include=\"Guardrails\" Version=\"0.1.0\" PrivateAssets=\"all\" Condition=\"'$(ManagePackageVersionsCentrally)' != 'true'\" />",
            _repo.Read("Directory.Build.props"));
        Assert.Contains(plan.Summary, l => l.Contains("the Condition keeps it from the projects under Central Package Management", StringComparison.Ordinal));
    }

    [Fact]
    public void MixedCentralAndNot_NoSharedBuildProps_TheCreatedRootFileIsConditionedToo()
    {
        _repo.Write("src/Directory.Packages.props", CentralPackages);
        _repo.Project("src/Core/Core.csproj");
        _repo.Project("samples/Demo/Demo.csproj");

        var plan = _repo.Plan();

        Assert.Empty(plan.Uncovered);
        var created = Assert.Single(plan.Files, f => f.RelativePath == "Directory.Build.props");
        Assert.Equal(PlannedFileAction.Create, created.Action);
        Assert.Contains("Condition=\"" + PackageSetupProposal.CentralPackageManagementOff + "\"", created.Text);
        Assert.Contains(plan.Files, f => f.RelativePath == "src/Directory.Packages.props");
    }

    [Fact]
    public void ProjectThatCannotBeCovered_IsNamedWithTheReason_AndTheOthersStillGetIt()
    {
        _repo.Write("src/Directory.Build.props", "<Project>\n  <PropertyGroup>\n</Project>\n");
        _repo.Project("src/Broken/Broken.csproj");
        _repo.Project("tools/Cpm/Cpm.csproj", properties: "<ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>");
        _repo.Project("app/App/App.csproj");

        var plan = _repo.Plan();

        Assert.Equal(
            ["tools/Cpm/Cpm.csproj (it sets ManagePackageVersionsCentrally, but no Directory.Packages.props is found above it)", "src/Broken/Broken.csproj (it imports src/Directory.Build.props, which cannot be changed)"],
            plan.Uncovered);
        Assert.Contains(plan.Files, f => f.RelativePath == "Directory.Build.props");
        Assert.Contains(plan.Summary, l => l.StartsWith("package: NOT every project gets Guardrails — 2 of 3 would build without it", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportUnderAConditionOtherThanExists_IsNotFollowed_SoTheNestedFileGetsTheReference()
    {
        _repo.Write("Directory.Build.props", "<Project>\n</Project>\n");
        _repo.Write("src/Directory.Build.props", "<Project>\n  <Import Project=\"../Directory.Build.props\" Condition=\"'$(CI)' == 'true'\" />\n</Project>\n");
        _repo.Project("src/Lib/Lib.csproj");

        var plan = _repo.Plan();

        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "src/Directory.Build.props"], plan.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void RelativeImportOfTheParent_IsFollowed_SoOnlyTheRootFileGetsTheReference()
    {
        _repo.Write("Directory.Build.props", "<Project>\n</Project>\n");
        _repo.Write("src/Directory.Build.props", "<Project>\n  <Import Project=\"$(MSBuildThisFileDirectory)..\\Directory.Build.props\" Condition=\"Exists('$(MSBuildThisFileDirectory)..\\Directory.Build.props')\" />\n</Project>\n");
        _repo.Project("src/Lib/Lib.csproj");

        var plan = _repo.Plan();

        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "Directory.Build.props"], plan.Files.Select(f => f.RelativePath));
    }

    [Fact]
    public void ExistingRepoWideReference_ThatANestedPropsCutsProjectsOffFrom_NamesThoseProjects()
    {
        _repo.Write("Directory.Build.props", "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"Guardrails\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n");
        _repo.Write("src/Directory.Build.props", "<Project>\n</Project>\n");
        _repo.Project("src/Lib/Lib.csproj");
        _repo.Project("tools/Gen/Gen.csproj");

        var plan = _repo.Plan();

        Assert.DoesNotContain(plan.Files, f => f.RelativePath.EndsWith(".props", StringComparison.Ordinal));
        Assert.Equal(["src/Lib/Lib.csproj (it imports none of the files that reference Guardrails)"], plan.Uncovered);
    }
}
