using System.IO.Compression;
using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

public class PackageLayoutTests
{
    [Fact]
    public void Package_HasTheContractLayout()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/Guardrails.Analyzers.dll",
            "analyzers/dotnet/cs/Guardrails.CodeFixes.dll",
            "build/Guardrails.props",
            "build/Guardrails.targets",
            "tasks/net8.0/Guardrails.Tasks.dll",
            "tasks/net8.0/Guardrails.Policy.dll",
            "tasks/net472/Guardrails.Tasks.dll",
            "tasks/net472/Guardrails.Policy.dll",
            "lib/netstandard2.0/Guardrails.Annotations.dll",
            "schema/guardrails.schema.json",
            "README.md",
            "LICENSE",
        })
        {
            Assert.Contains(expected, entries);
        }

        // MSBuild provides these; shipping them would load a second copy.
        Assert.DoesNotContain(entries, e => e.StartsWith("tasks/", StringComparison.Ordinal)
            && (e.Contains("Microsoft.Build", StringComparison.Ordinal) || e.Contains("System.Text.Json", StringComparison.Ordinal) || e.Contains("NuGet.", StringComparison.Ordinal)));
        // The analyzers folder holds only Guardrails' own assemblies: the compiler host loads them all.
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/Guardrails.", e));
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependencyWithoutDependencies()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("Guardrails.nuspec")!.Open());
        var nuspec = reader.ReadToEnd();

        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.Contains("<id>Guardrails</id>", nuspec);
        Assert.DoesNotContain("<dependency ", nuspec);
    }

    [Fact]
    public void Props_CarryThePackageVersion()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("build/Guardrails.props")!.Open());

        Assert.Contains($"<GuardrailsPackageVersion>{PackagedGuardrails.Feed.Version}</GuardrailsPackageVersion>", reader.ReadToEnd());
    }
}
