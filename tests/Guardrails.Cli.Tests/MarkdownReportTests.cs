using Guardrails.Cli.Tests.Infrastructure;

namespace Guardrails.Cli.Tests;

public class MarkdownReportTests
{
    [Fact]
    public void Total_CountsViolationsByRuleAndSeverity_WithTitlesAndLinks()
    {
        using var repository = FakeRepository.CreateRealistic();
        var markdown = ReportRun.Of(repository.Root).Markdown;

        Assert.StartsWith("# Guardrails report\n\n**1 error, 8 warnings, 0 notes (1 suppressed) in 2 projects** · built as `Debug/net10.0`\n", markdown);
        Assert.Contains("| [GR2001](https://github.com/guardrails-dotnet/guardrails/blob/main/docs/rules/GR2001.md) | Coverage below threshold | coverage | 1 | 0 | 0 |", markdown);
        Assert.Contains("| [GR0002](https://github.com/guardrails-dotnet/guardrails/blob/main/docs/rules/GR0002.md) | The policy names something that does not exist, or an input a check needs is missing | policy | 0 | 2 | 0 |", markdown);
        Assert.Contains("| **Total** | | | **1** | **8** | **0** |", markdown);
    }

    [Fact]
    public void PerProject_TablesAndFindings()
    {
        using var repository = FakeRepository.CreateRealistic();
        var markdown = ReportRun.Of(repository.Root).Markdown;

        Assert.Contains("| Contoso.Payments | 0 | 5 | 0 | 0 | Debug/net10.0 |", markdown);
        Assert.Contains("| Contoso.Payments.Tests | 1 | 4 | 0 | 1 | Debug/net10.0 |", markdown);
        Assert.Contains("<details><summary><b>Contoso.Payments.Tests</b>: 1 error, 4 warnings, 0 notes (1 suppressed)</summary>", markdown);
        Assert.Contains("| error | GR2001 | `src/Contoso.Payments/FeeCalculator.cs:10` | Line coverage of file src/Contoso.Payments/FeeCalculator.cs is 0% (0 of 2 lines), below the threshold of 50% |", markdown);
        Assert.Contains("| suppressed | GR1101 | `tests/Contoso.Payments.Tests/AuditTrailTests.cs:39` |", markdown);
    }

    [Fact]
    public void MessageText_IsEscaped_SoItCannotBecomeMarkup()
    {
        using var repository = FakeRepository.CreateRealistic();
        var markdown = ReportRun.Of(repository.Root).Markdown;

        Assert.Contains("log through ILogger\\<T\\>", markdown);
        Assert.DoesNotContain("ILogger<T>", markdown);
        Assert.Contains("Test 'AuditTrailTests.Record\\_DoesNotThrow' asserts nothing", markdown);
    }

    [Fact]
    public void Coverage_PerAssembly_AgainstThresholds()
    {
        using var repository = FakeRepository.CreateRealistic();
        var markdown = ReportRun.Of(repository.Root).Markdown;

        Assert.Contains("| Measured by | Assembly | Line | Branch | Method |", markdown);
        Assert.Contains("| Contoso.Payments.Tests | **total** | ✅ 87.8% (36/41) — meets 80% | ❌ 50% (5/10) — below 60% | 75% (3/4) |", markdown);
        Assert.Contains("|  | Contoso.Payments | 87.8% (36/41) | no code | 100% (1/1) |", markdown);
        Assert.Contains("|  | Contoso.Payments.Infrastructure | no code | no code | 100% (1/1) |", markdown);
    }

    [Fact]
    public void ReviewDebt_OfProjectsWithAiGeneratedCode()
    {
        using var repository = FakeRepository.CreateRealistic();
        var markdown = ReportRun.Of(repository.Root).Markdown;

        Assert.Contains("| Project | AI-generated | Reviewed | Stale | Pending | Unreviewed | Overdue |", markdown);
        Assert.Contains("| Contoso.Payments | 3 (18 lines) | 2 (12 lines) | 1 (6 lines) | 0 | 0 | 0 |", markdown);
        Assert.DoesNotContain("| Contoso.Payments.Tests | 0 |", markdown);
    }

    [Fact]
    public void NoCoverageAndNoAiCode_SayWhy()
    {
        using var repository = new FakeRepository();
        repository.AddProject("src/Lib", "Lib").WithCompilerLog(new CompilerLog()).WithReviewDebt(0, 0, 0);

        var report = ReportRun.Of(repository.Root);

        Assert.Equal(0, report.Run.ExitCode);
        Assert.Contains("No violations.", report.Markdown);
        Assert.Contains("No coverage figures: they are written by `dotnet test --collect \"XPlat Code Coverage\"`", report.Markdown);
        Assert.Contains("No AI-generated code in these projects.", report.Markdown);
        Assert.Contains("- **Lib**: no findings", report.Markdown);
    }

    [Fact]
    public void OnGitHubActions_LocationsLinkToTheCommit()
    {
        using var repository = FakeRepository.CreateRealistic();
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "contoso/payments",
            ["GITHUB_SHA"] = "0123abc",
            ["GITHUB_WORKSPACE"] = repository.Root,
        };

        var markdown = ReportRun.Of(repository.Root, environment).Markdown;

        Assert.Contains("[`src/Contoso.Payments/Legacy Fees/LegacyFeeTable.cs:6`](https://github.com/contoso/payments/blob/0123abc/src/Contoso.Payments/Legacy%20Fees/LegacyFeeTable.cs#L6)", markdown);
    }
}
