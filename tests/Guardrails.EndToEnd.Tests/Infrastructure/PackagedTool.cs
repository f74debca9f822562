namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>The `guardrails` tool, packed once per test run into nupkg/ (Guardrails.Tool.&lt;version&gt;.nupkg) next to the package.</summary>
internal static class PackagedTool
{
    private static readonly Lazy<string> Package = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>nupkg/Guardrails.Tool.&lt;version&gt;.nupkg, packed (in Release) on first use.</summary>
    public static string PackagePath => Package.Value;

    /// <summary>Installs the freshly packed tool into <paramref name="toolPath"/> from the consumer's feeds; returns the command's path.</summary>
    public static string Install(ConsumerProject project)
    {
        _ = Package.Value;
        var toolPath = Path.Combine(project.Root, ".tools");
        var result = ProcessRunner.Run(
            "dotnet",
            ["tool", "install", "Guardrails.Tool", "--tool-path", toolPath, "--version", project.Feed.Version, "--configfile", Path.Combine(project.Root, "nuget.config")],
            project.Root,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = project.Feed.PackagesFolder },
            TimeSpan.FromMinutes(3));
        Assert.True(result.ExitCode == 0, "dotnet tool install failed:\n" + result.Output);
        return Path.Combine(toolPath, OperatingSystem.IsWindows() ? "guardrails.exe" : "guardrails");
    }

    private static string Pack()
    {
        var feed = RepoPaths.Combine("nupkg");
        foreach (var old in Directory.Exists(feed) ? Directory.GetFiles(feed, "Guardrails.Tool.*.nupkg") : [])
        {
            File.Delete(old);
        }

        var result = ProcessRunner.Run(
            "dotnet",
            ["pack", RepoPaths.Combine("src", "Guardrails.Cli", "Guardrails.Cli.csproj"), "-c", "Release", "-nologo", "-tl:off", "-nodeReuse:false"],
            RepoPaths.Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(8));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack of the tool failed:\n" + result.Output);
        }

        return Directory.GetFiles(feed, "Guardrails.Tool.*.nupkg").SingleOrDefault()
            ?? throw new InvalidOperationException("dotnet pack succeeded but wrote no Guardrails.Tool package to " + feed + ":\n" + result.Output);
    }
}
