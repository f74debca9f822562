namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>Packs the real Guardrails package once per test run, with `dotnet pack` into nupkg/ as a user would.</summary>
internal static class PackagedGuardrails
{
    private static readonly Lazy<PackedFeed> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PackedFeed Feed => Packed.Value;

    /// <summary>Guardrails.0.1.0.nupkg, not Guardrails.Tool.0.1.0.nupkg (the command-line tool's package shares the folder).</summary>
    private static bool IsMainPackage(string path) =>
        Path.GetFileName(path) is var name && name.Length > "Guardrails.".Length && char.IsDigit(name["Guardrails.".Length]);

    private static PackedFeed Pack()
    {
        var feed = RepoPaths.Combine("nupkg");

        // Pack skips writing when nothing changed; delete the old package so the one tested is certainly this build's.
        foreach (var old in Directory.Exists(feed) ? Directory.GetFiles(feed, "Guardrails.*.nupkg").Where(IsMainPackage) : [])
        {
            File.Delete(old);
        }

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

        var package = new DirectoryInfo(feed).GetFiles("Guardrails.*.nupkg").Where(f => IsMainPackage(f.FullName)).SingleOrDefault()
            ?? throw new InvalidOperationException("dotnet pack succeeded but wrote no Guardrails package to " + feed + ":\n" + result.Output);

        var version = Path.GetFileNameWithoutExtension(package.Name)["Guardrails.".Length..];
        var runDirectory = Path.Combine(Path.GetTempPath(), "guardrails-e2e", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(runDirectory);
        return new PackedFeed(feed, package.FullName, version, runDirectory, Path.Combine(runDirectory, "packages"));
    }
}

/// <param name="PackagesFolder">An isolated NUGET_PACKAGES, so a stale extraction of the same version is never used.</param>
internal sealed record PackedFeed(string FeedDirectory, string PackagePath, string Version, string RunDirectory, string PackagesFolder);
