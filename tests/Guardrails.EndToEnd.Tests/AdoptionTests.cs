using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// Adopting Guardrails on an existing repository with the packed package and the installed `guardrails` tool:
/// init, then baseline, then a green build; one new violation fails alone; a fixed one is reported as stale.
/// </summary>
public class AdoptionTests
{
    [Fact]
    public void InitThenBaseline_MakesAnExistingRepositoryGreen_ThenOnlyNewViolationsFail()
    {
        using var project = ConsumerProject.CreateTestProject();
        WriteExistingRepository(project);
        var guardrails = PackagedTool.Install(project);

        // The two-step path (init, then baseline); --no-baseline: never a prompt, whatever the test host's input is.
        var init = Run(project, guardrails, "init", "--no-baseline");
        var before = Dotnet(project, ["build", "Repo.sln"]);
        var baseline = Run(project, guardrails, "baseline");
        var green = Dotnet(project, ["build", "Repo.sln"]);
        var greenInCi = Dotnet(project, ["build", "Repo.sln"], ci: true);

        Assert.True(init.ExitCode == 0, init.Output);
        Assert.Contains("<PackageReference Include=\"Guardrails\" Version=\"" + project.Feed.Version + "\"", File.ReadAllText(Path.Combine(project.Root, "Directory.Build.props")));
        Assert.True(File.Exists(Path.Combine(project.Root, "guardrails.json")), init.Output);
        // The existing code has violations of several families.
        Assert.True(before.Guardrails.Select(d => d.Id).Distinct().Count() >= 3, before.Explain());
        Assert.True(baseline.ExitCode == 0, baseline.Output);
        BuildAssert.Succeeded(green);
        BuildAssert.NoGuardrailsDiagnostics(green);
        BuildAssert.Succeeded(greenInCi);
        BuildAssert.NoGuardrailsDiagnostics(greenInCi);

        project.WriteFile("Lib/Fees.cs", Fees + "\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]\npublic class NewOne { }\n");
        var oneNew = Dotnet(project, ["build", "Repo.sln"], ci: true);

        BuildAssert.Failed(oneNew);
        var fresh = Assert.Single(oneNew.Guardrails);
        Assert.Equal(("GR2004", "Fees.cs", "error"), (fresh.Id, fresh.FileName, fresh.Severity));
        Assert.Contains("NewOne", fresh.Message);

        project.WriteFile("Lib/Fees.cs", Fees.Replace("[ExcludeFromCodeCoverage]\npublic class LegacyFees", "public class LegacyFees", StringComparison.Ordinal));
        // Stale entries are judged in CI, from the compiler's log (a local build skips it).
        var fixedOne = Dotnet(project, ["build", "Repo.sln"], ci: true);

        var stale = Assert.Single(fixedOne.Guardrails);
        Assert.Equal(("GR0003", "guardrails.baseline.json"), (stale.Id, stale.FileName));
        Assert.Contains("LegacyFees", stale.Message);
    }

    /// <summary>
    /// On a repository whose project files set TreatWarningsAsErrors, adoption is three commands: `guardrails init
    /// --baseline` (which records today's findings, task rules such as the dependency checks included), a green
    /// `dotnet build`, and then one new violation fails the build alone, at its file and line. Severities stay warnings
    /// (no "everything is info" start): the baseline is what makes day one green.
    /// </summary>
    [Fact]
    public void InitWithBaseline_OnATreatWarningsAsErrorsRepository_IsGreen_ThenOneNewViolationFailsAlone()
    {
        using var project = ConsumerProject.CreateTestProject();
        WriteExistingRepository(project);
        // NU1603: this machine's package folder lacks xunit's exact minimum of xunit.analyzers (a later one resolves), a
        // restore warning a real repository does not have; everything else is TreatWarningsAsErrors as users set it.
        foreach (var file in new[] { "Lib/Lib.csproj", "Web/Web.csproj", "App/App.csproj" })
        {
            var path = Path.Combine(project.Root, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace(
                "<TargetFramework>net10.0</TargetFramework>",
                "<TargetFramework>net10.0</TargetFramework><TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);NU1603</NoWarn>",
                StringComparison.Ordinal));
        }

        var guardrails = PackagedTool.Install(project);

        var init = Run(project, guardrails, "init", "--baseline");
        var green = Dotnet(project, ["build", "Repo.sln"]);

        Assert.True(init.ExitCode == 0, init.Output);
        Assert.Contains("TreatWarningsAsErrors: on in App/App.csproj, Lib/Lib.csproj, Web/Web.csproj", init.Output);
        using var baseline = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(project.Root, "guardrails.baseline.json")));
        var rules = baseline.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("rule").GetString()).Distinct().ToList();
        Assert.True(rules.Count >= 3, string.Join(", ", rules) + "\n" + init.Output);
        BuildAssert.Succeeded(green);
        BuildAssert.NoGuardrailsDiagnostics(green);

        var withNewOne = Fees + "\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]\npublic class NewOne { }\n";
        project.WriteFile("Lib/Fees.cs", withNewOne);
        var oneNew = Dotnet(project, ["build", "Repo.sln"]);

        BuildAssert.Failed(oneNew);
        var fresh = Assert.Single(oneNew.Guardrails);
        var line = withNewOne.Split('\n').ToList().FindIndex(l => l.Contains("ExcludeFromCodeCoverage]", StringComparison.Ordinal) && l.StartsWith("[System.", StringComparison.Ordinal)) + 1;
        Assert.Equal(("GR2004", "Fees.cs", line, "error"), (fresh.Id, fresh.FileName, fresh.Line, fresh.Severity));
        Assert.Contains("NewOne", fresh.Message);
    }

    private const string Fees = """
        using System.Diagnostics.CodeAnalysis;
        using Guardrails;

        namespace Lib;

        [ExcludeFromCodeCoverage]
        public class LegacyFees { public decimal Flat => 1m; }

        [ExcludeFromCodeCoverage]
        public class LegacyRates { public decimal Rate => 2m; }

        public static class Exports
        {
            public static void Purge(string path) => System.IO.File.Delete(path);

            [AiGenerated("copilot")]
            public static int Double(int x) => x * 2;
        }
        """;

    /// <summary>Three projects (a library, an app, its xunit tests) with a solution and existing violations, no Guardrails yet.</summary>
    private static void WriteExistingRepository(ConsumerProject project)
    {
        project.WriteFile("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
            </Project>
            """);
        project.WriteFile("Lib/Fees.cs", Fees);
        project.WriteFile("Web/Web.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Lib/Lib.csproj" /></ItemGroup>
            </Project>
            """);
        project.WriteFile("Web/Program.cs", "System.Diagnostics.Process.Start(\"open\", \"https://example.com\");\n");
        project.WriteFile("App/App.csproj", $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><IsPackable>false</IsPackable></PropertyGroup>
              <ItemGroup>
                {{ConsumerProject.TestFrameworkItems}}
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        project.WriteFile("App/FeesTests.cs", """
            using Xunit;

            public class FeesTests
            {
                [Fact]
                public void Flat_DoesNotThrow() { _ = new Lib.LegacyFees().Flat; }
            }
            """);
        File.Delete(Path.Combine(project.ProjectDirectory, "Calculator.cs"));
        project.WriteSolution("Repo", "Lib/Lib.csproj", "Web/Web.csproj", "App/App.csproj");
    }

    private static ProcessResult Run(ConsumerProject project, string guardrails, params string[] arguments) =>
        ProcessRunner.Run(guardrails, arguments, project.Root, Environment(project, ci: false), TimeSpan.FromMinutes(5));

    private static BuildResult Dotnet(ConsumerProject project, string[] arguments, bool ci = false)
    {
        var result = ProcessRunner.Run("dotnet", [.. arguments, .. arguments[0] == "build" ? new[] { "-nologo", "-tl:off", "-nodeReuse:false", "-clp:NoSummary" } : []],
            project.Root, Environment(project, ci), TimeSpan.FromMinutes(5));
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output));
    }

    private static Dictionary<string, string?> Environment(ConsumerProject project, bool ci)
    {
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = project.Feed.PackagesFolder };
        if (ci)
        {
            environment["CI"] = "true";
        }

        return environment;
    }
}
