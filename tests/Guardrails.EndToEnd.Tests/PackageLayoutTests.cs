using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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

    /// <summary>
    /// A build must not touch the network: no assembly the package ships (analyzers, tasks, annotations) refers to a
    /// type in System.Net or to a networking assembly, so no code path in it can open a connection.
    /// </summary>
    [Fact]
    public void ShippedAssemblies_ReferenceNoNetworkingApi()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        var assemblies = zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        var found = new List<string>();
        var typesSeen = 0;
        foreach (var entry in assemblies)
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeReferences)
            {
                typesSeen++;
                var ns = metadata.GetString(metadata.GetTypeReference(handle).Namespace);
                if (ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal))
                {
                    found.Add(entry.FullName + ": " + ns + "." + metadata.GetString(metadata.GetTypeReference(handle).Name));
                }
            }

            foreach (var handle in metadata.AssemblyReferences)
            {
                var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
                if (name.StartsWith("System.Net", StringComparison.Ordinal))
                {
                    found.Add(entry.FullName + ": references " + name);
                }
            }
        }

        Assert.True(assemblies.Count >= 7, string.Join(", ", assemblies.Select(a => a.FullName)));
        Assert.True(typesSeen > 500, "too few type references read: " + typesSeen);
        Assert.True(found.Count == 0, string.Join("\n", found));
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
