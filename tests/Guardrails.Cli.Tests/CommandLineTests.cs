using Guardrails.Cli.Tests.Infrastructure;

namespace Guardrails.Cli.Tests;

public class CommandLineTests
{
    private static readonly string AnyFolder = Path.GetTempPath();

    [Fact]
    public void Help_ListsTheCommandsAndExitCodes_AndExitsZero()
    {
        var run = CliRun.Of(AnyFolder, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("guardrails [command] [options]", run.Output);
        Assert.Contains("report", run.Output);
        Assert.Contains("explain <rule>", run.Output);
        Assert.Contains("2 usage error", run.Output);
    }

    [Fact]
    public void ReportHelp_DescribesEveryOption_AndExitsZero()
    {
        var run = CliRun.Of(AnyFolder, "report", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--root <dir>", "--out <dir>", "--format <formats>", "--configuration <name>" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Fact]
    public void Version_PrintsTheToolVersion()
    {
        var run = CliRun.Of(AnyFolder, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(typeof(GuardrailsCli).Assembly.GetName().Version!.ToString(3), run.Output.Trim());
    }

    [Fact]
    public void NoCommand_PrintsHelp_AndIsAUsageError()
    {
        var run = CliRun.Of(AnyFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Commands:", run.Output);
    }

    [Fact]
    public void MisspeltCommand_IsAUsageError_WithDidYouMean()
    {
        var run = CliRun.Of(AnyFolder, "reprot");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'reprot'", run.Error);
        Assert.Contains("Did you mean 'report'", run.Error);
        Assert.Contains("guardrails --help", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void MisspeltOption_IsAUsageError_WithDidYouMean()
    {
        var run = CliRun.Of(AnyFolder, "report", "--formt", "sarif");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Did you mean '--format'", run.Error);
        Assert.Contains("guardrails report --help", run.Error);
    }

    [Fact]
    public void UnknownReportFormat_IsAUsageError_NamingTheAcceptedOnes()
    {
        var run = CliRun.Of(AnyFolder, "report", "--format", "sarif,pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown report format 'pdf'; use sarif, markdown, html", run.Error);
    }

    [Fact]
    public void RootThatDoesNotExist_IsAUsageError()
    {
        var run = CliRun.Of(AnyFolder, "report", "--root", Path.Combine(AnyFolder, "no-such-folder-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }
}
