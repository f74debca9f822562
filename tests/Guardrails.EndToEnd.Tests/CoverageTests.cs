using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// GR2001-GR2003 and missing coverage (GR0002) at the end of a real `dotnet test --collect "XPlat Code Coverage"` with
/// coverlet.collector: a library (Lib) and an xunit test project (App) that consumes the packed package.
/// </summary>
public class CoverageTests
{
    // Lib/Calc.cs: 8 coverable lines (Add 1, Abs 6, Unused 1); the tests below cover 6 of them (75%), 1 of Abs' 2 branches.
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
        using Xunit;

        public class CalcTests
        {
            [Fact]
            public void Adds() => Assert.Equal(3, Lib.Calc.Add(1, 2));

            [Fact]
            public void Abs() => Assert.Equal(1, Lib.Calc.Abs(-1));
        }
        """;

    private static readonly string[] Collect = ["--collect", "XPlat Code Coverage"];

    [Fact]
    public void LineThresholdAboveTheMeasuredCoverage_FailsWithTheFigures_AtOrBelowItPasses()
    {
        using var project = Create("""{ "coverage": { "line": 76 } }""");

        var below = project.Run("test", null, Collect);
        var atThreshold = project.Run("test", null, [.. Collect, "-p:GuardrailsCoverageLine=75"]);

        BuildAssert.Failed(below);
        BuildAssert.NoCrashes(below);
        var total = BuildAssert.Single(below, "GR2001", "guardrails.json", 1, "error");
        Assert.Contains("75%", total.Message);
        Assert.Contains("6 of 8", total.Message);
        Assert.Contains("76%", total.Message);
        BuildAssert.Succeeded(atThreshold);
        BuildAssert.None(atThreshold, "GR2001");
        BuildAssert.None(atThreshold, "GR0002");
    }

    [Fact]
    public void PerFileThreshold_PointsAtTheFirstUncoveredLineOfThatFile()
    {
        using var project = Create("""{ "coverage": { "line": 50, "files": { "Lib/**": { "line": 90 } } } }""");

        var run = project.Run("test", null, Collect);

        BuildAssert.Failed(run);
        var file = BuildAssert.Single(run, "GR2001", "Calc.cs", 14, "error");
        Assert.Contains("Lib/Calc.cs", file.Message);
        Assert.Contains("90%", file.Message);
    }

    [Fact]
    public void ChangedLines_AreCheckedAgainstTheGitBase_AndListedWhenUncovered()
    {
        using var project = Create("""{ "coverage": { "newCode": { "line": 80, "base": "HEAD" } } }""");
        Git(project, "init", "-q", "-b", "main");
        Git(project, "add", "-A");
        Git(project, "-c", "user.email=e2e@example.com", "-c", "user.name=e2e", "commit", "-q", "-m", "base");
        project.WriteFile("Lib/Calc.cs", Calc.Replace(
            "    public static int Unused(int a) => a * 2;",
            "    public static int Unused(int a) => a * 2;\n\n    public static int Triple(int a) => a * 3;\n\n    public static int Twice(int a)\n    {\n        return a + a;\n    }",
            StringComparison.Ordinal));

        var run = project.Run("test", null, Collect);

        BuildAssert.Failed(run);
        BuildAssert.NoCrashes(run);
        var changed = BuildAssert.Single(run, "GR2002", "Calc.cs", 19, "error");
        Assert.Contains("0%", changed.Message);
        Assert.Contains("Lib/Calc.cs:19", changed.Message);
    }

    [Fact]
    public void Ratchet_FailsAfterATestIsDeleted_AndTheBaselineIsWrittenOnRequest()
    {
        using var project = Create("""{ "coverage": { "ratchet": { "baseline": "coverage-baseline.json" } } }""");

        var record = project.Run("test", null, [.. Collect, "-p:GuardrailsUpdateCoverageBaseline=true"]);
        var baseline = Path.Combine(project.Root, "coverage-baseline.json");
        project.WriteFile("App/CalcTests.cs", Tests.Replace("[Fact]\n    public void Abs()", "public void Abs()", StringComparison.Ordinal));
        var afterDeletion = project.Run("test", null, Collect);

        BuildAssert.Succeeded(record);
        Assert.True(File.Exists(baseline), record.Explain());
        Assert.Contains("\"Lib\"", File.ReadAllText(baseline));
        BuildAssert.Failed(afterDeletion);
        var dropped = afterDeletion.WithId("GR2003");
        Assert.True(dropped.Count > 0, afterDeletion.Explain());
        Assert.Contains(dropped, d => d.Message.Contains("GuardrailsUpdateCoverageBaseline=true", StringComparison.Ordinal));
    }

    [Fact]
    public void TestsRunWithoutACollector_InCI_AreGR0002_AnError_NotAPass()
    {
        using var project = Create("""{ "coverage": { "line": 10 } }""");

        var local = project.Run("test", null);
        var ci = project.Run("test", new Dictionary<string, string?> { ["CI"] = "true" });

        BuildAssert.Succeeded(local);
        Assert.Contains(local.WithId("GR0002"), d => d.Severity == "warning" && d.Message.Contains("No coverage report", StringComparison.Ordinal));
        BuildAssert.Failed(ci);
        Assert.Contains(ci.WithId("GR0002"), d => d.Severity == "error" && d.FileName == "guardrails.json");
    }

    [Fact]
    public void SolutionWide_ReportsOfTwoTestProjects_AreMergedAndJudgedOnce()
    {
        // App tests Add only (1 of 8 lines), App2 tests Abs only (5 of 8): each alone is far below 70%, together 6 of 8.
        using var project = Create("""{ "coverage": { "line": 70 } }""");
        project.WriteFile("App/CalcTests.cs", "using Xunit;\npublic class AddTests { [Fact] public void Adds() => Assert.Equal(3, Lib.Calc.Add(1, 2)); }\n");
        project.WriteFile("App2/App2.csproj", File.ReadAllText(project.ProjectFile).Replace("<Nullable>", "<IsPackable>false</IsPackable><Nullable>", StringComparison.Ordinal));
        project.WriteFile("App2/AbsTests.cs", "using Xunit;\npublic class AbsTests { [Fact] public void Abs() => Assert.Equal(1, Lib.Calc.Abs(-1)); }\n");

        var first = project.Run("test", null, [.. Collect, "-p:GuardrailsCheckCoverage=false"]);
        var second = DotNet(project, "test", Path.Combine(project.Root, "App2", "App2.csproj"), [.. Collect, "-p:GuardrailsCheckCoverage=false"]);
        var merged = DotNet(project, "msbuild", project.ProjectFile, ["-t:GuardrailsCheckCoverageReports", "-p:GuardrailsCoverageReports=**/TestResults/**/*.cobertura.xml"]);
        var stricter = DotNet(project, "msbuild", project.ProjectFile, ["-t:GuardrailsCheckCoverageReports", "-p:GuardrailsCoverageReports=**/TestResults/**/*.cobertura.xml", "-p:GuardrailsCoverageLine=80"]);

        BuildAssert.Succeeded(first);
        BuildAssert.Succeeded(second);
        BuildAssert.Succeeded(merged);
        BuildAssert.None(merged, "GR2001");
        BuildAssert.Failed(stricter);
        // A threshold from a property is reported at the project that was given it.
        Assert.Contains("6 of 8", BuildAssert.Single(stricter, "GR2001", "App.csproj", 0, "error").Message);
    }

    private static BuildResult DotNet(ConsumerProject project, string verb, string projectFile, string[] arguments)
    {
        var result = ProcessRunner.Run(
            "dotnet",
            [verb, projectFile, "-nologo", "-tl:off", "-nodeReuse:false", .. arguments],
            project.Root,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = project.Feed.PackagesFolder },
            TimeSpan.FromMinutes(5));
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output));
    }

    private static ConsumerProject Create(string policy, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var project = ConsumerProject.CreateTestProject(testName);
        project.WriteProject(extraItems: ConsumerProject.TestFrameworkItems + """

                <PackageReference Include="coverlet.collector" Version="6.0.4" />
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

    private static void Git(ConsumerProject project, params string[] arguments)
    {
        var result = ProcessRunner.Run("git", arguments, project.Root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(1));
        Assert.True(result.ExitCode == 0, "git " + string.Join(' ', arguments) + ":\n" + result.Output);
    }
}
