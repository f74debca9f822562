using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

public class PackageLayoutTests
{
    /// <summary>
    /// `dotnet pack` at the repository root (the solution) writes both packages — Guardrails and Guardrails.Tool — and
    /// nothing else: no test project, benchmark or library packs. Checked with --no-build over the Release outputs the two
    /// packages' own fixtures built, into a scratch folder (so the packages the other tests consume are not rewritten while
    /// they read them); both projects' own PackageOutputPath is nupkg/, which the fixtures already depend on.
    /// </summary>
    [Fact]
    public void PackingTheSolution_WritesBothPackages_AndNothingElse()
    {
        _ = PackagedGuardrails.Feed.PackagePath;
        _ = PackagedTool.PackagePath;
        var output = Directory.CreateTempSubdirectory("guardrails-solution-pack-").FullName;
        try
        {
            var result = ProcessRunner.Run(
                "dotnet",
                ["pack", RepoPaths.Combine("Guardrails.sln"), "-c", "Release", "--no-build", "-p:PackageOutputPath=" + output + Path.DirectorySeparatorChar, "-nologo", "-tl:off", "-nodeReuse:false"],
                RepoPaths.Root,
                new Dictionary<string, string?>(),
                TimeSpan.FromMinutes(5));

            Assert.True(result.ExitCode == 0, "dotnet pack Guardrails.sln failed:\n" + result.Output);
            var version = PackagedGuardrails.Feed.Version;
            Assert.Equal(
                ["Guardrails." + version + ".nupkg", "Guardrails.Tool." + version + ".nupkg"],
                Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

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
            "build/Guardrails.Policy.targets",
            "build/Guardrails.Dependencies.targets",
            "build/Guardrails.CompilerLog.targets",
            "build/Guardrails.Coverage.targets",
            "build/Guardrails.Annotations.targets",
            "buildMultiTargeting/Guardrails.props",
            "buildMultiTargeting/Guardrails.targets",
            "tasks/net8.0/Guardrails.Tasks.dll",
            "tasks/net8.0/Guardrails.Checks.dll",
            "tasks/net8.0/Guardrails.Policy.dll",
            "tasks/net472/Guardrails.Tasks.dll",
            "tasks/net472/Guardrails.Checks.dll",
            "tasks/net472/Guardrails.Policy.dll",
            "lib/netstandard2.0/Guardrails.Annotations.dll",
            "schema/guardrails.schema.json",
            "README.md",
            "LICENSE",
        })
        {
            Assert.Contains(expected, entries);
        }

        // MSBuild provides its own assemblies; a second copy of them would make the task types unloadable.
        Assert.DoesNotContain(entries, e => e.StartsWith("tasks/", StringComparison.Ordinal) && e.Contains("Microsoft.Build", StringComparison.Ordinal));
        // The analyzers folder holds only Guardrails' own assemblies: the compiler host loads them all.
        Assert.All(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)), e => Assert.StartsWith("analyzers/dotnet/cs/Guardrails.", e));
    }

    /// <summary>
    /// build/Guardrails.targets imports one file per concern from its own folder (and buildMultiTargeting/ imports
    /// build/): every such import names a file the package ships, or NuGet's import of the package fails.
    /// </summary>
    [Fact]
    public void PackagedTargets_ImportOnlyFilesThePackageShips()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        var imports = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".targets", StringComparison.Ordinal) || e.FullName.EndsWith(".props", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var folder = entry.FullName[..(entry.FullName.LastIndexOf('/') + 1)];
            foreach (var import in System.Xml.Linq.XDocument.Load(stream).Descendants("Import"))
            {
                var project = import.Attribute("Project")!.Value.Replace("$(MSBuildThisFileDirectory)", string.Empty, StringComparison.Ordinal).Replace('\\', '/');
                var resolved = Path.GetRelativePath("/", Path.GetFullPath(Path.Combine("/", folder, project))).Replace('\\', '/');
                imports.Add(resolved);
                Assert.True(entries.Contains(resolved), entry.FullName + " imports " + project + ", which the package does not ship");
            }
        }

        Assert.Contains("build/Guardrails.Coverage.targets", imports);
        Assert.Contains("build/Guardrails.targets", imports);
    }

    /// <summary>
    /// Adoption (`guardrails init`) is the command-line tool's: no assembly in the build package defines a type of it.
    /// </summary>
    [Fact]
    public void ShippedAssemblies_HoldNoAdoptionCode()
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        var namespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal) && e.Name.StartsWith("Guardrails.", StringComparison.Ordinal)))
        {
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                namespaces.Add(metadata.GetString(metadata.GetTypeDefinition(handle).Namespace));
            }
        }

        Assert.Contains("Guardrails.Checks.Coverage", namespaces);
        Assert.Contains("Guardrails.Policy", namespaces);
        Assert.DoesNotContain(namespaces, n => n.Contains("Adoption", StringComparison.Ordinal));
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

    /// <summary>
    /// No test here can load the net472 tasks (there is no .NET Framework on Linux), so their loadability is checked from
    /// metadata: every assembly a shipped task assembly references is MSBuild's, the target framework's (the .NET
    /// Framework 4.7.2 reference set, or the running .NET's shared framework for net8.0), or shipped beside it at a version
    /// at least the one referenced. Where two shipped assemblies ask for different versions of a third (System.Buffers,
    /// System.Runtime.CompilerServices.Unsafe), .NET Framework relies on MSBuild.exe.config's binding redirects for those
    /// assemblies, which this test cannot see; it was not verified on Windows.
    /// </summary>
    [Theory]
    [InlineData("net8.0")]
    [InlineData("net472")]
    public void TaskAssemblies_ShipEveryDependency(string framework)
    {
        using var zip = ZipFile.OpenRead(PackagedGuardrails.Feed.PackagePath);
        var folder = "tasks/" + framework + "/";
        var shipped = new Dictionary<string, Version>(StringComparer.OrdinalIgnoreCase);
        var references = new List<(string From, string Name, Version Version)>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var metadata = ReadMetadata(entry, out var pe);
            using (pe)
            {
                var definition = metadata.GetAssemblyDefinition();
                shipped[metadata.GetString(definition.Name)] = definition.Version;
                references.AddRange(metadata.AssemblyReferences
                    .Select(metadata.GetAssemblyReference)
                    .Select(r => (entry.Name, metadata.GetString(r.Name), r.Version)));
            }
        }

        var frameworkAssemblies = FrameworkAssemblyNames(framework);
        var unresolved = references
            .Where(r => !r.Name.StartsWith("Microsoft.Build", StringComparison.Ordinal) && !frameworkAssemblies.Contains(r.Name))
            .Where(r => !shipped.TryGetValue(r.Name, out var version) || version < r.Version)
            .Select(r => r.From + " -> " + r.Name + " " + r.Version + (shipped.TryGetValue(r.Name, out var version) ? " (ships " + version + ")" : " (not shipped)"))
            .Distinct()
            .ToList();

        Assert.Contains("Guardrails.Tasks", shipped.Keys);
        Assert.Contains(references, r => r.Name == "NuGet.Versioning");
        Assert.True(frameworkAssemblies.Count > 100, framework + ": only " + frameworkAssemblies.Count + " framework assemblies found");
        Assert.True(unresolved.Count == 0, framework + " task dependencies that nothing provides:\n" + string.Join("\n", unresolved));
    }

    private static MetadataReader ReadMetadata(ZipArchiveEntry entry, out PEReader pe)
    {
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        pe = new PEReader(buffer);
        return pe.GetMetadataReader();
    }

    private static HashSet<string> FrameworkAssemblyNames(string framework)
    {
        var folders = framework == "net472"
            ? NetFramework472ReferenceFolders()
            : [System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()];
        return folders
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.dll"))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static string[] NetFramework472ReferenceFolders()
    {
        var package = typeof(PackageLayoutTests).Assembly.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NetFramework472ReferenceAssemblies").Value!;
        var root = Path.Combine(package, "build", ".NETFramework", "v4.7.2");
        return [root, Path.Combine(root, "Facades")];
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
