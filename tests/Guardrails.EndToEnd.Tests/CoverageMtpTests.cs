using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// GR2001 and missing coverage (GR0002) with Microsoft.Testing.Platform: an MSTest runner project (App) with
/// Microsoft.Testing.Extensions.CodeCoverage writing Cobertura, testing a library (Lib). MSBuild's MTP test target
/// (`dotnet build -t:Test`) is checked in the same command; the .NET 10 SDK's own MTP `dotnet test` runs the tests after
/// MSBuild has finished, so there the check is the follow-up `dotnet msbuild -t:GuardrailsCheckCoverageReports`.
/// </summary>
public class CoverageMtpTests
{
    // Lib/Calc.cs: 8 coverable lines (Add 1, Abs 6, Unused 1); the tests below cover 6 of them (75%).
    private const string Calc = """
        namespace Lib;

        public static class Calc
        {
            public static int Add(int a, int b) => a + b;

            public static int Abs(int a)
            {
                if (a < 0)
                {
                    return -a;
                }

                return a;
            }

            public static int Unused(int a) => a * 2;
        }
        """;

    private const string Tests = """
        using Microsoft.VisualStudio.TestTools.UnitTesting;

        [TestClass]
        public class CalcTests
        {
            [TestMethod]
            public void Adds() => Assert.AreEqual(3, Lib.Calc.Add(1, 2));

            [TestMethod]
            public void Abs() => Assert.AreEqual(1, Lib.Calc.Abs(-1));
        }
        """;

    private const string WithCoverage = "-p:TestingPlatformCommandLineArguments=--coverage --coverage-output-format cobertura";

    private static readonly string[] Coverage = ["--coverage", "--coverage-output-format", "cobertura"];

    [Fact]
    public void TestTarget_LineThresholdAboveTheMeasuredCoverage_FailsWithGR2001_AtOrBelowItPasses()
    {
        using var project = Create("""{ "coverage": { "line": 76 } }""");

        var below = project.Run("build", null, "-t:Test", WithCoverage);
        var atThreshold = project.Run("build", null, "-t:Test", WithCoverage, "-p:GuardrailsCoverageLine=75");

        BuildAssert.Failed(below);
        BuildAssert.NoCrashes(below);
        Assert.Contains("Passed!", below.Output);
        var total = BuildAssert.Single(below, "GR2001", "guardrails.json", 1, "error");
        Assert.Contains("75%", total.Message);
        Assert.Contains("6 of 8", total.Message);
        Assert.Contains("76%", total.Message);
        BuildAssert.Succeeded(atThreshold);
        BuildAssert.None(atThreshold, "GR2001");
        BuildAssert.None(atThreshold, "GR0002");
    }

    [Fact]
    public void TestTarget_WithoutCoverage_InCI_IsGR0002_AnError_NotAPass()
    {
        using var project = Create("""{ "coverage": { "line": 10 } }""");

        var ci = project.Run("build", new Dictionary<string, string?> { ["CI"] = "true" }, "-t:Test");

        BuildAssert.Failed(ci);
        BuildAssert.None(ci, "GR2001");
        Assert.Contains(ci.WithId("GR0002"), d => d.Severity == "error" && d.FileName == "guardrails.json" && d.Message.Contains("No coverage report", StringComparison.Ordinal));
    }

    [Fact]
    public void DotnetTestInMtpMode_IsCheckedByTheFollowUpTarget_WhichIgnoresReportsOfEarlierRuns()
    {
        using var project = Create("""{ "coverage": { "line": 76 } }""");
        project.WriteFile("global.json", """{ "test": { "runner": "Microsoft.Testing.Platform" } }""");

        var withCoverage = DotNetTest(project, Coverage);
        var withoutCoverage = DotNetTest(project, []);
        var ci = CheckCoverage(project, new Dictionary<string, string?> { ["CI"] = "true" });
        var again = DotNetTest(project, Coverage);
        var below = CheckCoverage(project, null);
        var atThreshold = CheckCoverage(project, null, "-p:GuardrailsCoverageLine=75");

        // `dotnet test` in this mode cannot run the check: MSBuild has finished before the tests start.
        BuildAssert.Succeeded(withCoverage);
        Assert.Contains("Test run summary: Passed!", withCoverage.Output);
        BuildAssert.None(withCoverage, "GR2001");
        // ... so it says how to check coverage instead of passing silently.
        Assert.Contains(withCoverage.WithId("GR0002"), d => d.Severity == "warning" && d.Message.Contains("-t:GuardrailsCheckCoverageReports", StringComparison.Ordinal));
        BuildAssert.Succeeded(withoutCoverage);
        // The first run's report is still in TestResults, but older than the latest `dotnet test`: not that run's data.
        BuildAssert.Failed(ci);
        BuildAssert.None(ci, "GR2001");
        Assert.Contains(ci.WithId("GR0002"), d => d.Severity == "error" && d.FileName == "guardrails.json");
        BuildAssert.Succeeded(again);
        BuildAssert.Failed(below);
        BuildAssert.NoCrashes(below);
        Assert.Contains("6 of 8", BuildAssert.Single(below, "GR2001", "guardrails.json", 1, "error").Message);
        BuildAssert.Succeeded(atThreshold);
        BuildAssert.None(atThreshold, "GR0002");
    }

    /// <summary>The .NET 10 SDK's MTP `dotnet test` (opted in by global.json): it takes --project, and passes unknown options to the test app.</summary>
    private static BuildResult DotNetTest(ConsumerProject project, string[] arguments) =>
        DotNet(project, ["test", "--project", project.ProjectFile, "--no-ansi", "--no-progress", .. arguments], null);

    /// <summary>The follow-up check, run from the folder `dotnet test` ran in (it wrote its reports under TestResults there).</summary>
    private static BuildResult CheckCoverage(ConsumerProject project, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        DotNet(project, ["msbuild", project.ProjectFile, "-t:GuardrailsCheckCoverageReports", "-nologo", "-tl:off", "-nodeReuse:false", .. arguments], environment);

    private static BuildResult DotNet(ConsumerProject project, string[] arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var env = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
        {
            ["NUGET_PACKAGES"] = project.Feed.PackagesFolder,
        };
        var result = ProcessRunner.Run("dotnet", arguments, project.Root, env, TimeSpan.FromMinutes(5));
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output));
    }

    private static ConsumerProject Create(string policy, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        // MSTest and the coverage extension come from the configured package sources: the machine's folder has only VSTest packages.
        var project = ConsumerProject.CreateTestProject(testName, needsRegistry: true);
        project.WriteProject(
            extraProperties: """
                <OutputType>Exe</OutputType>
                    <EnableMSTestRunner>true</EnableMSTestRunner>
                """,
            extraItems: """
                <PackageReference Include="MSTest" Version="4.5.2" />
                    <PackageReference Include="Microsoft.Testing.Extensions.CodeCoverage" Version="18.12.0" />
                    <ProjectReference Include="../Lib/Lib.csproj" />
                """);
        project.WriteFile("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        project.WriteFile("Lib/Calc.cs", Calc);
        project.WriteFile("App/CalcTests.cs", Tests);
        project.WriteFile("guardrails.json", policy);
        return project;
    }
}
