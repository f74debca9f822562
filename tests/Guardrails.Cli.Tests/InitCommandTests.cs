using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Checks.Baseline;

namespace Guardrails.Cli.Tests;

/// <summary>
/// `guardrails init` and the baseline: under TreatWarningsAsErrors the next build fails on today's findings until they
/// are recorded, so init says so, records them with --baseline, asks at a terminal, and never asks in CI or unattended.
/// (Recording itself builds the repository: AdoptionTests covers it end to end.)
/// </summary>
public class InitCommandTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
        </Project>
        """;

    [Fact]
    public void Unattended_WithTreatWarningsAsErrors_DoesNotAskOrBuild_AndSaysToRecordTheBaselineFirst()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("App/App.csproj", Project);

        var run = CliRun.Of(repo.Path, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("TreatWarningsAsErrors: on in App/App.csproj", run.Error);
        Assert.Contains("Next: 'guardrails baseline' before anything else — TreatWarningsAsErrors is on (App/App.csproj)", run.Output);
        Assert.Contains("'guardrails init --baseline' does both steps in one", run.Output);
        Assert.DoesNotContain("[y/N]", run.Error);
        Assert.Empty(BaselineFile.Read(repo.Combine("guardrails.baseline.json")).Entries);
    }

    [Fact]
    public void WithoutTreatWarningsAsErrors_NextStepsMentionTheOneCommandAdoption()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("App/App.csproj", Project.Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", string.Empty, StringComparison.Ordinal));

        var run = CliRun.Of(repo.Path, "init");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("TreatWarningsAsErrors", run.Output + run.Error);
        Assert.Contains("('guardrails init --baseline' records them right away.)", run.Output);
    }

    [Fact]
    public void ProjectThatDoesNotGetThePackage_IsNamed_AndInitExitsOne_NeverFailsOpen()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("src/App/App.csproj", Project.Replace("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>", "<ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>", StringComparison.Ordinal));

        var run = CliRun.Of(repo.Path, "init", "--no-baseline");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("1 project(s) do not get the Guardrails package and would build without the policy: src/App/App.csproj (it sets ManagePackageVersionsCentrally, but no Directory.Packages.props is found above it)", run.Error);
        Assert.True(File.Exists(repo.Combine("guardrails.json")));
    }

    [Fact]
    public void NestedPropsThatImportsNothingAbove_GetsTheReference_AndInitExitsZero()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("src/Directory.Build.props", "<Project>\n</Project>\n");
        repo.WriteFile("src/App/App.csproj", Project);

        var run = CliRun.Of(repo.Path, "init", "--no-baseline");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(File.Exists(repo.Combine("Directory.Build.props")));
        Assert.Contains("<PackageReference Include=\"Guardrails\"", File.ReadAllText(repo.Combine("src/Directory.Build.props")), StringComparison.Ordinal);
        Assert.DoesNotContain("every project below", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineWithDryRun_IsAUsageError_AndWritesNothing()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("App/App.csproj", Project);

        var run = CliRun.Of(repo.Path, "init", "--baseline", "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be combined with --dry-run", run.Error);
        Assert.False(File.Exists(repo.Combine("guardrails.json")));
    }

    [Theory]
    [InlineData("n", null, true)]
    [InlineData("", null, true)]
    [InlineData("y", "true", false)]
    public void AtATerminal_InitAsks_ButNeverInCI(string answer, string? ci, bool expectPrompt)
    {
        using var repo = new TempDirectory();
        repo.WriteFile("App/App.csproj", Project);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var asked = 0;
        var environment = new CliEnvironment(output, error, repo.Path, name => name == "CI" ? ci : null)
        {
            ReadAnswer = () =>
            {
                asked++;
                return answer;
            },
        };

        var exitCode = GuardrailsCli.Run(["init"], environment);

        Assert.True(exitCode == 0, output + "\n" + error);
        Assert.Equal(expectPrompt ? 1 : 0, asked);
        Assert.Equal(expectPrompt, error.ToString().Contains("Record today's findings as the baseline now", StringComparison.Ordinal));
        Assert.Equal(expectPrompt, error.ToString().Contains("(TreatWarningsAsErrors is on: without a baseline the next build fails)", StringComparison.Ordinal));
        Assert.Contains("Next: 'guardrails baseline' before anything else", output.ToString());
    }
}
