using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// The SDK's artifacts output layout (<c>&lt;UseArtifactsOutput&gt;true&lt;/UseArtifactsOutput&gt;</c> in
/// Directory.Build.props, .NET 8+): obj/ and bin/ move to artifacts/obj/&lt;project&gt;/&lt;configuration&gt;/. Guardrails
/// writes and reads its per-project files there, finds a referenced project's restore result there, and the tool's
/// `baseline` and `report` find them by what the build recorded.
/// </summary>
public class ArtifactsOutputTests
{
    [Fact]
    public void ArtifactsLayout_BuildBaselineStrictBuildAndReport_AllWork()
    {
        using var project = ConsumerProject.CreateWithRegistry();
        FakePackages.Write(project.TestFeed, "Contoso.ArtifactsBanned", "1.0.0", license: "MIT");
        project.WriteFile("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <UseArtifactsOutput>true</UseArtifactsOutput>
              </PropertyGroup>
            </Project>
            """);
        project.WriteFile("Core/Core.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guardrails" Version="{{project.Feed.Version}}" />
                <PackageReference Include="Contoso.ArtifactsBanned" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("Core/Clock.cs", "namespace Core;\n\npublic static class Clock\n{\n    public static System.DateTime Now => System.DateTime.UtcNow;\n}\n");
        project.WriteProject(extraItems: "<ProjectReference Include=\"../Core/Core.csproj\" />");
        project.WriteFile("App/Greeter.cs", "namespace App;\n\npublic static class Greeter\n{\n    public static void Greet() => System.Console.WriteLine(\"hello\");\n}\n");
        project.WriteFile("guardrails.json", """
            {
              "packages": { "banned": [ { "id": "Contoso.ArtifactsBanned", "severity": "warning" } ] },
              "apis": { "banned": [ "T:System.Console;log through ILogger<T>" ] },
              "baseline": { "file": "guardrails.baseline.json" }
            }
            """);
        project.WriteFile("guardrails.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");
        var guardrails = PackagedTool.Install(project);
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = project.Feed.PackagesFolder };
        const string Strict = "-p:TreatWarningsAsErrors=true";

        // The compiler's log (CI builds, or asked for) is what leaves findings.json and the report's analyzer findings.
        const string WithLog = "-p:GuardrailsCompilerLog=true";

        var before = project.Build(null, Strict, WithLog);
        var recorded = ProcessRunner.Run(guardrails, ["baseline", "App/App.csproj"], project.Root, environment, TimeSpan.FromMinutes(5));
        var green = project.Build(null, Strict, WithLog);
        var report = ProcessRunner.Run(guardrails, ["report", "--format", "markdown"], project.Root, environment, TimeSpan.FromMinutes(2));

        BuildAssert.Failed(before);
        BuildAssert.NoCrashes(before);
        // The banned package once, in the project that references it: App finds Core's restore result under artifacts/.
        var banned = Assert.Single(before.WithId("GR1001"));
        Assert.Equal("Core.csproj", banned.FileName);
        Assert.Single(before.WithId("GR1101"));
        Assert.True(File.Exists(Path.Combine(project.Root, "artifacts", "obj", "App", "debug", "guardrails", "findings.json")), before.Explain());
        Assert.False(Directory.Exists(Path.Combine(project.ProjectDirectory, "obj")), "the artifacts layout leaves no obj/ next to the project");

        Assert.True(recorded.ExitCode == 0, recorded.Output);
        var baseline = File.ReadAllText(Path.Combine(project.Root, "guardrails.baseline.json"));
        Assert.Contains("\"rule\": \"GR1001\"", baseline);
        Assert.Contains("\"file\": \"App/Greeter.cs\"", baseline);
        BuildAssert.Succeeded(green);
        BuildAssert.NoGuardrailsDiagnostics(green);

        Assert.True(report.ExitCode == 0, report.Output);
        Assert.Contains("Reading 2 build output folders", report.Output);
        var markdown = File.ReadAllText(Path.Combine(project.Root, "artifacts", "guardrails", "guardrails-summary.md"));
        Assert.Contains("| App |", markdown);
        Assert.Contains("| Core |", markdown);
        Assert.Contains("Debug/net10.0", markdown);
    }
}
