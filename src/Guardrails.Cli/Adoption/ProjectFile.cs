using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>What a project file says for itself: its name, test markers, project and package references.</summary>
internal sealed class ProjectFile
{
    /// <summary>Packages that make a project a test project (test frameworks and the test SDK).</summary>
    public static readonly string[] TestPackages =
    {
        "Microsoft.NET.Test.Sdk", "xunit", "xunit.v3", "xunit.core", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit",
    };

    /// <summary>Packages that let a test run write a Cobertura report.</summary>
    public static readonly string[] CoverageCollectors =
    {
        "coverlet.collector", "coverlet.msbuild", "Microsoft.Testing.Extensions.CodeCoverage",
    };

    /// <summary>Folders whose projects are samples, examples or demos (a path segment, or one starting with "demo").</summary>
    public static readonly string[] SampleFolders = { "samples", "sample", "examples", "example" };

    /// <summary>Folders and name endings of benchmark projects.</summary>
    public static readonly string[] BenchmarkNames = { "benchmarks", "benchmark", "perf" };

    /// <summary>The package that makes a project a benchmark.</summary>
    public const string BenchmarkPackage = "BenchmarkDotNet";

    /// <summary>The MSBuild-integrated coverlet: Cobertura with /p:CollectCoverage=true /p:CoverletOutputFormat=cobertura.</summary>
    public const string CoverletMSBuild = "coverlet.msbuild";

    private ProjectFile(string path, XDocument? document, string? problem)
    {
        Path = path;
        Document = document;
        Problem = problem;
        var fileName = System.IO.Path.GetFileNameWithoutExtension(path);
        DeclaredName = document is null ? fileName : MSBuildXml.LiteralProperty(document, "PackageId") ?? MSBuildXml.LiteralProperty(document, "AssemblyName") ?? fileName;
    }

    public string Path { get; }

    public XDocument? Document { get; }

    public string? Problem { get; }

    /// <summary>PackageId or AssemblyName when the file sets them literally; else the file name (what restore calls it).</summary>
    public string DeclaredName { get; }

    public static ProjectFile Read(string path)
    {
        var document = MSBuildXml.TryLoad(path, out var problem);
        return new ProjectFile(path, document, problem);
    }

    public IReadOnlyList<string> PackageReferences =>
        Document is null
            ? Array.Empty<string>()
            : MSBuildXml.Items(Document, "PackageReference").SelectMany(MSBuildXml.Includes).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Full paths of referenced projects; entries with MSBuild expressions are left out (they cannot be resolved here).</summary>
    public IReadOnlyList<string> ProjectReferences
    {
        get
        {
            if (Document is null)
            {
                return Array.Empty<string>();
            }

            var directory = System.IO.Path.GetDirectoryName(Path) ?? string.Empty;
            return MSBuildXml.Items(Document, "ProjectReference")
                .SelectMany(MSBuildXml.Includes)
                .Where(include => include.IndexOf("$(", StringComparison.Ordinal) < 0 && include.IndexOfAny(new[] { '*', '?' }) < 0)
                .Select(include => System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, include.Replace('\\', System.IO.Path.DirectorySeparatorChar))))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
        }
    }

    /// <summary>
    /// Why this is a test project, or null: IsTestProject (which also says "no" when false), the MSTest SDK, a test
    /// framework package (here or among the restored direct packages), or a name ending in Tests / .Test.
    /// </summary>
    public string? TestProjectReason(string name, IEnumerable<string> restoredDirectPackages)
    {
        if (Document is not null)
        {
            var isTestProject = MSBuildXml.Property(Document, "IsTestProject");
            if (isTestProject is not null && isTestProject.IndexOf("$(", StringComparison.Ordinal) < 0)
            {
                return MSBuildXml.IsTrue(isTestProject) ? "IsTestProject is true" : null;
            }

            if (UsesSdk(Document, "MSTest.Sdk"))
            {
                return "uses MSTest.Sdk";
            }
        }

        var package = PackageReferences.Concat(restoredDirectPackages)
            .FirstOrDefault(p => TestPackages.Contains(p, StringComparer.OrdinalIgnoreCase));
        if (package is not null)
        {
            return "references " + package;
        }

        var lastSegment = name.Substring(name.LastIndexOf('.') + 1);
        if (lastSegment.EndsWith("Tests", StringComparison.Ordinal) || string.Equals(lastSegment, "Test", StringComparison.OrdinalIgnoreCase)
            || string.Equals(lastSegment, "Tests", StringComparison.OrdinalIgnoreCase))
        {
            return "its name ends with " + (name.IndexOf('.') >= 0 ? "." : string.Empty) + lastSegment;
        }

        return null;
    }

    /// <summary>
    /// Why this is a sample, example, demo or benchmark project, or null: a folder of its path relative to the
    /// repository root (samples/, examples/, demo*/, benchmarks/), a name ending in .Sample(s), .Example(s), .Demo or
    /// .Benchmark(s), or a BenchmarkDotNet reference.
    /// </summary>
    public string? SampleOrBenchmarkReason(string name, string relativePath, IEnumerable<string> restoredDirectPackages)
    {
        var folders = relativePath.Split('/');
        for (var i = 0; i < folders.Length - 1; i++)
        {
            var folder = folders[i];
            if (SampleFolders.Contains(folder, StringComparer.OrdinalIgnoreCase) || folder.StartsWith("demo", StringComparison.OrdinalIgnoreCase))
            {
                return "under " + string.Join("/", folders, 0, i + 1) + "/";
            }

            if (BenchmarkNames.Contains(folder, StringComparer.OrdinalIgnoreCase))
            {
                return "under " + string.Join("/", folders, 0, i + 1) + "/";
            }
        }

        if (PackageReferences.Concat(restoredDirectPackages).Any(p => string.Equals(p, BenchmarkPackage, StringComparison.OrdinalIgnoreCase)))
        {
            return "references " + BenchmarkPackage;
        }

        var lastSegment = name.Substring(name.LastIndexOf('.') + 1);
        foreach (var ending in new[] { "Sample", "Samples", "Example", "Examples", "Demo", "Benchmark", "Benchmarks" })
        {
            if (name.IndexOf('.') >= 0 && string.Equals(lastSegment, ending, StringComparison.OrdinalIgnoreCase))
            {
                return "its name ends with ." + lastSegment;
            }
        }

        return null;
    }

    /// <summary>The Include of every AdditionalFiles item, as written.</summary>
    public static IEnumerable<string> AdditionalFiles(XDocument? document) =>
        document is null ? Enumerable.Empty<string>() : MSBuildXml.Items(document, "AdditionalFiles").SelectMany(MSBuildXml.Includes);

    private static bool UsesSdk(XDocument document, string sdk)
    {
        bool Named(string? value) => (value ?? string.Empty).Split(';').Any(s => s.Split('/')[0].Trim().Equals(sdk, StringComparison.OrdinalIgnoreCase));
        var root = document.Root;
        return root is not null
            && (Named((string?)root.Attribute("Sdk"))
                || root.Elements().Any(e => e.Name.LocalName == "Sdk" && Named((string?)e.Attribute("Name")))
                || root.Elements().Any(e => e.Name.LocalName == "Import" && Named((string?)e.Attribute("Sdk"))));
    }
}
