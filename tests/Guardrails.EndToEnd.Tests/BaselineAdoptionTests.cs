using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// The README's quick start on a repository shaped like the well-known ones where it went red: a multi-targeting project
/// (net10.0;net8.0) with a package referenced for one framework only and code under <c>#if</c>, source files linked from
/// outside the project folder, and a BannedSymbols.txt shared from outside it. `guardrails baseline` (the packed tool),
/// then a build with TreatWarningsAsErrors is green; one new violation fails alone; a fixed one is reported stale once.
/// </summary>
public class BaselineAdoptionTests
{
    private const string Legacy = """
        namespace App;

        public static class Legacy
        {
        #if NET8_0
            public static void Old() => System.Console.WriteLine("net8.0 only");
        #endif
            public static int Answer => 42;
        }
        """;

    private const string Polyfill = """
        namespace Shared;

        public static class Polyfill
        {
            public static void Trace(string text) => System.Console.WriteLine(text);
        }
        """;

    [Fact]
    public void MultiTargetingRepository_WithLinkedAndSharedFiles_IsGreenAfterTheBaseline_AndRedOnExactlyOneNewViolation()
    {
        using var project = ConsumerProject.CreateWithRegistry();
        FakePackages.Write(project.TestFeed, "Contoso.HttpLegacy", "3.1.0", license: "MIT");
        project.WriteFile("App/App.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guardrails" Version="{{project.Feed.Version}}" />
                <Compile Include="$(MSBuildThisFileDirectory)..\Shared\*.cs" LinkBase="Shared" />
                <AdditionalFiles Include="$(MSBuildThisFileDirectory)..\Shared\BannedSymbols.txt" />
              </ItemGroup>
              <ItemGroup Condition="'$(TargetFramework)' == 'net8.0'">
                <PackageReference Include="Contoso.HttpLegacy" Version="3.1.0" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("App/Legacy.cs", Legacy);
        project.WriteFile("Shared/Polyfill.cs", Polyfill);
        project.WriteFile("Shared/BannedSymbols.txt", "T:Legacy.Removed.Gone;removed long ago\n");
        project.WriteFile("guardrails.json", """
            {
              "packages": { "banned": [ { "id": "Contoso.HttpLegacy", "severity": "warning" } ] },
              "apis": { "banned": [ "T:System.Console;log through ILogger<T>" ] },
              "baseline": { "file": "guardrails.baseline.json" }
            }
            """);
        // As `guardrails init` leaves it.
        project.WriteFile("guardrails.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");
        var guardrails = PackagedTool.Install(project);
        var strict = "-p:TreatWarningsAsErrors=true";

        var before = project.Build(null, strict);
        var recorded = ProcessRunner.Run(guardrails, ["baseline", "App/App.csproj"], project.Root,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = project.Feed.PackagesFolder }, TimeSpan.FromMinutes(5));
        // In CI, where the compiler's log is written and stale entries are judged (a local build skips both).
        var inCi = new Dictionary<string, string?> { ["CI"] = "true" };
        var green = project.Build(inCi, strict);

        BuildAssert.Failed(before);
        Assert.Equal(["GR1001", "GR1101", "GR1102"], before.Guardrails.Select(d => d.Id).Distinct().Order());
        Assert.True(recorded.ExitCode == 0, recorded.Output);
        var baseline = File.ReadAllText(Path.Combine(project.Root, "guardrails.baseline.json"));
        // Keyed relative to the repository root, also for the linked file and the shared additional file: nothing machine-specific.
        Assert.Contains("\"file\": \"Shared/Polyfill.cs\"", baseline);
        Assert.Contains("\"file\": \"Shared/BannedSymbols.txt\"", baseline);
        Assert.Contains("\"file\": \"App/Legacy.cs\"", baseline);
        Assert.DoesNotContain(project.Root, baseline);
        Assert.DoesNotContain("..", baseline);
        BuildAssert.Succeeded(green);
        BuildAssert.NoCrashes(green);
        BuildAssert.NoGuardrailsDiagnostics(green);

        project.WriteFile("Shared/Polyfill.cs", Polyfill.Replace("WriteLine(text);\n}", "WriteLine(text);\n\n    public static void Warn(string text) => System.Console.Error.WriteLine(text);\n}", StringComparison.Ordinal));
        var oneNew = project.Build(null, strict);

        BuildAssert.Failed(oneNew);
        // Reported by each target framework's compilation, at the same place.
        var fresh = Assert.Single(oneNew.Guardrails.Select(d => (d.Id, d.FileName, d.Line, d.Severity)).Distinct());
        Assert.Equal(("GR1101", "Polyfill.cs", 7, "error"), fresh);

        project.WriteFile("Shared/Polyfill.cs", Polyfill);
        project.WriteFile("App/Legacy.cs", Legacy.Replace("    public static void Old() => System.Console.WriteLine(\"net8.0 only\");\n", string.Empty, StringComparison.Ordinal));
        var fixedOne = project.Build(inCi, strict);
        var oneFramework = project.Build(inCi, strict, "-f", "net10.0");

        BuildAssert.Failed(fixedOne);
        BuildAssert.NoCrashes(fixedOne);
        var stale = Assert.Single(fixedOne.Guardrails);
        Assert.Equal(("GR0003", "guardrails.baseline.json"), (stale.Id, stale.FileName));
        Assert.Contains("App/Legacy.cs", stale.Message);
        // One framework alone cannot tell whether an entry is stale: it says nothing rather than something wrong.
        BuildAssert.Succeeded(oneFramework);
        BuildAssert.NoGuardrailsDiagnostics(oneFramework);
    }
}
