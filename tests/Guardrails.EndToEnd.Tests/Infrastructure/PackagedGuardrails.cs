namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>Packs the real Guardrails package once per test run, with `dotnet pack` into nupkg/ as a user would.</summary>
internal static class PackagedGuardrails
{
    private static readonly Lazy<PackedFeed> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PackedFeed Feed => Packed.Value;

    private static PackedFeed Pack()
    {
        var started = DateTime.UtcNow.AddSeconds(-2);
        var feed = RepoPaths.Combine("nupkg");
        var result = ProcessRunner.Run(
            "dotnet",
            ["pack", RepoPaths.Combine("src", "Guardrails.Package", "Guardrails.Package.csproj"), "-c", "Release", "-nologo", "-tl:off", "-nodeReuse:false"],
            RepoPaths.Root,
            new Dictionary<string, string?>(),
            TimeSpan.FromMinutes(8));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + result.Output);
        }

        var package = new DirectoryInfo(feed).GetFiles("Guardrails.*.nupkg").OrderByDescending(f => f.LastWriteTimeUtc).First();
        if (package.LastWriteTimeUtc < started)
        {
            throw new InvalidOperationException($"dotnet pack did not write a fresh package: {package.FullName} is from {package.LastWriteTimeUtc:O}.");
        }

        var version = Path.GetFileNameWithoutExtension(package.Name)["Guardrails.".Length..];
        var runDirectory = Path.Combine(Path.GetTempPath(), "guardrails-e2e", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(runDirectory);
        return new PackedFeed(feed, package.FullName, version, runDirectory, Path.Combine(runDirectory, "packages"));
    }
}

/// <param name="PackagesFolder">An isolated NUGET_PACKAGES, so a stale extraction of the same version is never used.</param>
internal sealed record PackedFeed(string FeedDirectory, string PackagePath, string Version, string RunDirectory, string PackagesFolder);
