using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR1001-GR1004 on a real restore: packages made on the fly in a local feed, so the tests run offline.</summary>
public class DependencyTests
{
    /// <summary>App -> Contoso.Logging 1.0.0 -> Contoso.Json 2.0.0 (GPL-3.0) ; App -> Contoso.Http 3.1.0 (URL-only licence).</summary>
    private static ConsumerProject CreateWithPackages([System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var project = ConsumerProject.Create(name);
        FakePackages.Write(project.TestFeed, "Contoso.Json", "2.0.0", license: "GPL-3.0-only");
        FakePackages.Write(project.TestFeed, "Contoso.Logging", "1.0.0", license: "MIT OR Apache-2.0", dependencies: ("Contoso.Json", "2.0.0"));
        FakePackages.Write(project.TestFeed, "Contoso.Http", "3.1.0", license: null, licenseUrl: "https://example.com/eula.html");
        project.WriteProject(extraItems: """
            <PackageReference Include="Contoso.Logging" Version="1.0.0" />
                <PackageReference Include="Contoso.Http" Version="3.1.0" />
            """);
        return project;
    }

    [Fact]
    public void BannedDirectPackage_FailsWithGR1001AtThePackageReferenceLine()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", """
            { "packages": { "banned": [ { "id": "Contoso.Http", "reason": "use HttpClient" } ] } }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR1001", "App.csproj", 10, "error");
        Assert.Contains("Package 'Contoso.Http' 3.1.0 is banned: use HttpClient.", diagnostic.Message);
        Assert.Contains("direct reference", diagnostic.Message);
    }

    [Fact]
    public void BannedTransitivePackage_NamesTheChain_AtTheDirectReference()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", """
            { "packages": { "banned": [ { "id": "Contoso.J*", "versions": "< 3.0", "reason": "CVE-2026-0001" } ] } }
            """);

        var build = project.Build();

        var diagnostic = BuildAssert.Single(build, "GR1001", "App.csproj", 9, "error");
        Assert.Contains("It comes in by App -> Contoso.Logging 1.0.0 -> Contoso.Json 2.0.0.", diagnostic.Message);
    }

    [Fact]
    public void VersionRangeThatDoesNotMatch_GivesNothing()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", """
            { "packages": { "banned": [ { "id": "Contoso.Json", "versions": "[1.0,2.0)" }, { "id": "Contoso.Logging", "versions": ">= 1.0.1" } ] } }
            """);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoGuardrailsDiagnostics(build);
    }

    [Fact]
    public void AllowList_ReportsUnlistedPackages_AndIncludeDependenciesAllowsTheClosure()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", """
            { "packages": { "allowed": [ "Contoso.Logging" ] } }
            """);
        var strict = project.Build();

        project.WriteFile("guardrails.json", """
            { "packages": { "allowed": [ { "id": "Contoso.Logging", "includeDependencies": true }, "Contoso.Http" ] } }
            """);
        var relaxed = project.Build();

        var reports = strict.WithId("GR1002");
        Assert.True(reports.Count == 2, strict.Explain());
        Assert.Contains(reports, d => d.Message.Contains("'Contoso.Json' 2.0.0", StringComparison.Ordinal) && d.Line == 9);
        Assert.Contains(reports, d => d.Message.Contains("'Contoso.Http' 3.1.0", StringComparison.Ordinal) && d.Line == 10);
        BuildAssert.None(relaxed, "GR1002");
    }

    [Fact]
    public void DisallowedAndUnknownLicences_GiveGR1003()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", """
            { "packages": { "licenses": { "allowed": [ "MIT", "Apache-2.0" ], "unknown": "error" } } }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        var reports = build.WithId("GR1003");
        Assert.True(reports.Count == 2, build.Explain());
        Assert.Contains(reports, d => d.Severity == "warning" && d.Message.Contains("'Contoso.Json' 2.0.0 has licence 'GPL-3.0-only'", StringComparison.Ordinal));
        Assert.Contains(reports, d => d.Severity == "error" && d.Message.Contains("licence of package 'Contoso.Http' 3.1.0 cannot be determined", StringComparison.Ordinal));
        Assert.DoesNotContain(reports, d => d.Message.Contains("Contoso.Logging", StringComparison.Ordinal) && !d.Message.Contains("comes in by", StringComparison.Ordinal));
    }

    [Fact]
    public void LicenceFiles_WithAStandardText_AreThatLicence_AndOneWithAnAddedRestrictionIsNot()
    {
        // Shaped like MediatR's test dependencies: Microsoft.NET.Test.Sdk 17.8 declares <license type="file">LICENSE_MIT.txt.
        // Another declares only a licence URL to its repository's LICENSE (as Lamar 4.x does), and ships that file too.
        using var project = ConsumerProject.Create();
        FakePackages.Write(project.TestFeed, "Contoso.LicenceFileMit", "1.0.0", license: null, licenseUrl: "https://aka.ms/deprecateLicenseUrl",
            licenseFile: ("LICENSE_MIT.txt", LicenseTexts.Mit("Microsoft Corporation")));
        FakePackages.Write(project.TestFeed, "Contoso.LicenceUrlToFile", "1.0.0", license: null, licenseUrl: "https://github.com/contoso/urltofile/blob/master/LICENSE",
            licenseFile: ("LICENSE", LicenseTexts.Mit("Contoso")));
        FakePackages.Write(project.TestFeed, "Contoso.LicenceFileRestricted", "1.0.0", license: null,
            licenseFile: ("LICENSE.txt", LicenseTexts.Mit("Contoso") + "\nThe Software shall not be used for commercial purposes.\n"));
        project.WriteProject(extraItems: """
            <PackageReference Include="Contoso.LicenceFileMit" Version="1.0.0" />
                <PackageReference Include="Contoso.LicenceUrlToFile" Version="1.0.0" />
                <PackageReference Include="Contoso.LicenceFileRestricted" Version="1.0.0" />
            """);
        project.WriteFile("guardrails.json", """
            { "packages": { "licenses": { "allowed": [ "MIT" ], "unknown": "error" } } }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR1003", "App.csproj", 11, "error");
        Assert.Contains("The licence of package 'Contoso.LicenceFileRestricted' 1.0.0 cannot be determined (its licence file 'LICENSE.txt' is not the standard text of a licence Guardrails recognises", diagnostic.Message);
    }

    [Fact]
    public void BannedPackageOfAGovernedReferencedProject_IsReportedThereOnce_NotAgainInTheProjectReferencingIt()
    {
        using var project = ConsumerProject.Create();
        FakePackages.Write(project.TestFeed, "Contoso.Json", "2.0.0", license: "GPL-3.0-only");
        FakePackages.Write(project.TestFeed, "Contoso.Logging", "1.0.0", license: "MIT OR Apache-2.0", dependencies: ("Contoso.Json", "2.0.0"));
        project.WriteFile("Contoso.Core/Contoso.Core.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guardrails" Version="{{project.Feed.Version}}" />
                <PackageReference Include="Contoso.Logging" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        project.WriteProject(extraItems: """<ProjectReference Include="../Contoso.Core/Contoso.Core.csproj" />""");
        project.WriteFile("guardrails.json", """
            { "packages": { "banned": [ { "id": "Contoso.Json", "reason": "CVE-2026-0001" } ] } }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR1001", "Contoso.Core.csproj", 5, "error");
        Assert.Contains("It comes in by Contoso.Core -> Contoso.Logging 1.0.0 -> Contoso.Json 2.0.0.", diagnostic.Message);
    }

    [Fact]
    public void ForbiddenProjectReference_GivesGR1004AtTheProjectReferenceLine()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("Contoso.Infrastructure/Contoso.Infrastructure.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        project.WriteFile("Contoso.Data/Contoso.Data.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Contoso.Infrastructure/Contoso.Infrastructure.csproj" /></ItemGroup>
            </Project>
            """);
        project.WriteProject(extraItems: """<ProjectReference Include="../Contoso.Data/Contoso.Data.csproj" />""");
        project.WriteFile("guardrails.json", """
            { "projects": [ { "from": "App", "mustNotReference": [ "*.Infrastructure" ], "reason": "the app talks to Data only" } ] }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR1004", "App.csproj", 9, "error");
        Assert.Contains("Project 'App' must not reference 'Contoso.Infrastructure'", diagnostic.Message);
        Assert.Contains("App -> Contoso.Data -> Contoso.Infrastructure", diagnostic.Message);
    }

    [Fact]
    public void NoDependencyRules_ReportsNothing()
    {
        using var project = CreateWithPackages();
        project.WriteFile("guardrails.json", "{ \"rules\": {} }");

        var build = project.Build(null, "-v:d");

        BuildAssert.Succeeded(build);
        BuildAssert.NoGuardrailsDiagnostics(build);
        Assert.Contains("Guardrails: 0 dependency findings", build.Output);
    }

    [Fact]
    public void MultiTargeting_EachFrameworkReportsWhatItsOwnGraphHolds()
    {
        // Contoso.Http only for net8.0; Contoso.Logging (bringing Contoso.Json) for both frameworks. net8.0's targeting
        // pack comes from the configured package sources.
        using var project = ConsumerProject.CreateWithRegistry();
        FakePackages.Write(project.TestFeed, "Contoso.Json", "2.0.0", license: "GPL-3.0-only");
        FakePackages.Write(project.TestFeed, "Contoso.Logging", "1.0.0", license: "MIT OR Apache-2.0", dependencies: ("Contoso.Json", "2.0.0"));
        FakePackages.Write(project.TestFeed, "Contoso.HttpMt", "3.1.0", license: "MIT");
        project.WriteFile("App/App.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guardrails" Version="{{project.Feed.Version}}" />
                <PackageReference Include="Contoso.Logging" Version="1.0.0" />
              </ItemGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'">
                <PackageReference Include="Contoso.HttpMt" Version="3.1.0" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("guardrails.json", """
            { "packages": { "banned": [ { "id": "Contoso.HttpMt", "severity": "warning" }, { "id": "Contoso.Json", "severity": "warning" } ] } }
            """);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        Assert.Equal(["net8.0"], FrameworksReporting(build, "Contoso.HttpMt"));
        Assert.Equal(["net10.0", "net8.0"], FrameworksReporting(build, "Contoso.Json"));
        var http = Assert.Single(build.WithId("GR1001"), d => d.Message.Contains("Contoso.HttpMt", StringComparison.Ordinal));
        Assert.Equal(("App.csproj", 10, "warning"), (http.FileName, http.Line, http.Severity));
    }

    /// <summary>The inner builds (by the "TargetFramework=" MSBuild adds to each line of an inner build) that reported GR1001 for a package.</summary>
    private static List<string> FrameworksReporting(BuildResult build, string package) =>
        build.Output.Split('\n')
            .Where(line => line.Contains("GR1001", StringComparison.Ordinal) && line.Contains("'" + package + "'", StringComparison.Ordinal))
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"TargetFramework=([^\]\s]+)\]").Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
}
