using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>The two recommended ways to install Guardrails for a whole repository.</summary>
public class InstallTests
{
    private const string AnnotatedCode = """
        using System.Diagnostics.CodeAnalysis;

        namespace App;

        public sealed class Ledger
        {
            [Guardrails.AiGenerated("copilot")]
            [Guardrails.Reviewed("alice", "2026-11-20")]
            public int Post(int amount) => amount;

            [ExcludeFromCodeCoverage]
            public int Legacy() => 1;
        }
        """;

    [Fact]
    public void GlobalPackageReference_InstallsAnalyzersTasksAndAnnotations()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        project.WriteFile("Directory.Packages.props", $"""
            <Project>
              <PropertyGroup><ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally></PropertyGroup>
              <ItemGroup><GlobalPackageReference Include="Guardrails" Version="{project.Feed.Version}" /></ItemGroup>
            </Project>
            """);
        project.WriteFile("App/Ledger.cs", AnnotatedCode);
        project.WriteFile("guardrails.json", "{\n \"rules\": { \"GR9999\": \"none\" } }");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        BuildAssert.Single(build, "GR2004", "Ledger.cs", 11, "warning");
        BuildAssert.Single(build, "GR0002", "guardrails.json", 2, "warning");
        Assert.False(File.Exists(Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0", "Guardrails.Annotations.dll")));
    }

    [Fact]
    public void PackageReferenceInDirectoryBuildProps_Works()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        project.WriteFile("Directory.Build.props", $"""
            <Project>
              <ItemGroup><PackageReference Include="Guardrails" Version="{project.Feed.Version}" PrivateAssets="all" /></ItemGroup>
            </Project>
            """);
        project.WriteFile("App/Ledger.cs", AnnotatedCode);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        BuildAssert.Single(build, "GR2004", "Ledger.cs", 11, "warning");
    }

    [Fact]
    public void CodeThatDoesNotCompile_GetsCompilerErrorsButNoGuardrailsCrash()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        project.WriteFile("App/Broken.cs", """
            namespace App;

            [MissingAttribute, System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = )]
            public partial class Broken : UnknownBase
            {
                public UnknownType Method( => 
            }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        Assert.Contains(build.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal));
    }
}
