using System.IO.Compression;
using Guardrails.Cli.Tests.Infrastructure;

namespace Guardrails.Cli.Tests;

/// <summary>
/// The tool as users get it: packed (from this test project's build, without compiling again), installed with
/// `dotnet tool install` from a local feed, and run. It targets net8.0 and rolls forward, so it must run on whatever
/// runtime this machine has.
/// </summary>
public class ToolPackageTests
{
    [Fact]
    public void PackedTool_InstallsAndRuns_AsGuardrails()
    {
        using var work = new TempDirectory("guardrails-tool");
        var feed = work.Combine("feed");
        var pack = ProcessRunner.Run(
            "dotnet",
            ["pack", RepoPaths.Combine("src", "Guardrails.Cli", "Guardrails.Cli.csproj"), "-c", "Debug", "--no-build", "-o", feed, "-nologo", "-tl:off", "-nodeReuse:false"],
            RepoPaths.Root,
            TimeSpan.FromMinutes(5));
        Assert.True(pack.ExitCode == 0, pack.Output);
        var package = Assert.Single(Directory.GetFiles(feed, "Guardrails.Tool.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var settings = new StreamReader(zip.GetEntry("tools/net8.0/any/DotnetToolSettings.xml")!.Open()).ReadToEnd();
            Assert.Contains("<Command Name=\"guardrails\" EntryPoint=\"Guardrails.Cli.dll\"", settings);
            var runtimeConfig = new StreamReader(zip.GetEntry("tools/net8.0/any/Guardrails.Cli.runtimeconfig.json")!.Open()).ReadToEnd();
            Assert.Contains("\"rollForward\": \"Major\"", runtimeConfig);
        }

        work.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="tool-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var isolated = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = work.Combine("packages") };
        var install = ProcessRunner.Run(
            "dotnet",
            ["tool", "install", "Guardrails.Tool", "--tool-path", work.Combine("tools"), "--configfile", work.Combine("nuget.config"), "--version", Path.GetFileNameWithoutExtension(package)["Guardrails.Tool.".Length..]],
            work.Path,
            TimeSpan.FromMinutes(3),
            isolated);
        Assert.True(install.ExitCode == 0, install.Output);

        var version = ProcessRunner.Run(work.Combine("tools", "guardrails"), ["--version"], work.Path, TimeSpan.FromMinutes(1));
        var explain = ProcessRunner.Run(work.Combine("tools", "guardrails"), ["explain", "GR4001"], work.Path, TimeSpan.FromMinutes(1));
        var noOutputs = ProcessRunner.Run(work.Combine("tools", "guardrails"), ["report"], work.Path, TimeSpan.FromMinutes(1));

        Assert.True(version.ExitCode == 0, version.Output);
        Assert.StartsWith(typeof(GuardrailsCli).Assembly.GetName().Version!.ToString(3), version.Output.Trim());
        Assert.True(explain.ExitCode == 0 && explain.Output.StartsWith("# GR4001: Test method asserts nothing", StringComparison.Ordinal), explain.Output);
        Assert.True(noOutputs.ExitCode == 3, noOutputs.Output);
    }
}
