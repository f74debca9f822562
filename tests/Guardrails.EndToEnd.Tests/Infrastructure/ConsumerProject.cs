using System.Runtime.CompilerServices;

namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fresh consumer repository in a temp folder: nuget.config pointing at the freshly packed package, one library
/// project referencing Guardrails, and whatever policy and code the test writes. The binlog of every build is kept
/// under artifacts/e2e/ so a failing case can be inspected.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    public const string ProjectName = "App";

    private readonly string _testName;
    private int _builds;

    /// <summary>A folder of test-framework packages (xunit, Microsoft.NET.Test.Sdk) that this kind of machine ships.</summary>
    private const string MachinePackages = "/opt/nuget/packages";

    private ConsumerProject(string testName, PackedFeed feed, bool needsTestFrameworks, bool needsRegistry = false)
    {
        _testName = testName;
        Feed = feed;
        Root = Path.Combine(feed.RunDirectory, testName + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(ProjectDirectory);
        Directory.CreateDirectory(Path.Combine(Root, "test-feed"));
        // Offline by default; a test project also needs xunit, from the machine's package folder or the usual sources,
        // and one on Microsoft.Testing.Platform packages that only the usual sources (the configured registry) have.
        var machinePackages = Directory.Exists(MachinePackages) ? $"<add key=\"machine-packages\" value=\"{MachinePackages}\" />" : string.Empty;
        var sources = !needsTestFrameworks ? "<clear />"
            : needsRegistry ? machinePackages
            : machinePackages.Length > 0 ? "<clear />\n    " + machinePackages
            : string.Empty;
        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {sources}
                <add key="guardrails-local" value="{feed.FeedDirectory}" />
                <add key="test-packages" value="{Path.Combine(Root, "test-feed")}" />
              </packageSources>
            </configuration>
            """);
        // Stops MSBuild from walking further up for Directory.Build.* files.
        WriteFile("Directory.Build.props", "<Project />");
        WriteFile("Directory.Build.targets", "<Project />");
        WriteProject();
        WriteFile("App/Calculator.cs", """
            namespace App;

            public static class Calculator
            {
                public static int Add(int a, int b) => a + b;
            }
            """);
    }

    public PackedFeed Feed { get; }

    public string Root { get; }

    public string ProjectDirectory => Path.Combine(Root, ProjectName);

    public string ProjectFile => Path.Combine(ProjectDirectory, ProjectName + ".csproj");

    /// <summary>A local feed for packages the test makes with <see cref="FakePackages"/>.</summary>
    public string TestFeed => Path.Combine(Root, "test-feed");

    public static ConsumerProject Create([CallerMemberName] string testName = "") => new(testName, PackagedGuardrails.Feed, needsTestFrameworks: false);

    /// <summary>A consumer that may also restore from the configured package sources: for a targeting pack the SDK does not carry.</summary>
    public static ConsumerProject CreateWithRegistry([CallerMemberName] string testName = "") =>
        new(testName, PackagedGuardrails.Feed, needsTestFrameworks: true, needsRegistry: true);

    /// <summary>A consumer whose project is an xunit test project (xunit 2.9.3, Microsoft.NET.Test.Sdk).</summary>
    /// <param name="needsRegistry">Also restore from the configured package sources, for test packages the machine's folder lacks.</param>
    public static ConsumerProject CreateTestProject([CallerMemberName] string testName = "", bool needsRegistry = false)
    {
        var project = new ConsumerProject(testName, PackagedGuardrails.Feed, needsTestFrameworks: true, needsRegistry);
        project.WriteProject(extraItems: TestFrameworkItems);
        return project;
    }

    public const string TestFrameworkItems = """
        <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
        """;

    /// <summary>
    /// Writes a project file referencing Guardrails, <paramref name="name"/>/<paramref name="name"/>.csproj (by default the
    /// App project); <paramref name="extraProperties"/> is raw XML inside its PropertyGroup.
    /// </summary>
    public void WriteProject(string extraProperties = "", string extraItems = "", string name = ProjectName) =>
        WriteFile($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Guardrails" Version="{Feed.Version}" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);

    /// <summary>Writes <paramref name="name"/>.sln at the root with `dotnet new sln --format sln` and adds the projects (paths relative to the root).</summary>
    public void WriteSolution(string name, params string[] projects)
    {
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Feed.PackagesFolder };
        foreach (var arguments in new[] { new[] { "new", "sln", "--format", "sln", "--name", name }, ["sln", name + ".sln", "add", .. projects] })
        {
            var result = ProcessRunner.Run("dotnet", arguments, Root, environment, TimeSpan.FromMinutes(2));
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed:\n{result.Output}");
            }
        }
    }

    /// <summary>Writes a file relative to the repository root; returns its full path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public BuildResult Build(IReadOnlyDictionary<string, string?>? environment = null, params string[] extraArguments) =>
        Run("build", environment, extraArguments);

    public BuildResult Run(string verb, IReadOnlyDictionary<string, string?>? environment, params string[] extraArguments) =>
        RunOn(ProjectFile, verb, environment, extraArguments);

    /// <summary>Runs `dotnet <paramref name="verb"/>` on another project or solution of the repository (a path relative to its root).</summary>
    public BuildResult RunOn(string target, string verb, IReadOnlyDictionary<string, string?>? environment, params string[] extraArguments)
    {
        _builds++;
        var binlog = Path.Combine(Root, $"{verb}-{_builds}.binlog");
        var env = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>())
        {
            ["NUGET_PACKAGES"] = Feed.PackagesFolder,
        };
        var result = ProcessRunner.Run(
            "dotnet",
            [verb, Path.Combine(Root, target), "-nologo", "-tl:off", "-nodeReuse:false", "-clp:NoSummary", "-bl:" + binlog, .. extraArguments],
            Root,
            env,
            TimeSpan.FromMinutes(5));
        KeepBinlog(binlog);
        return new BuildResult(result.ExitCode, result.Output, BuildDiagnostic.Parse(result.Output));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the run folder is in the temp directory anyway.
        }
    }

    private void KeepBinlog(string binlog)
    {
        if (!File.Exists(binlog))
        {
            return;
        }

        var kept = RepoPaths.Combine("artifacts", "e2e", _testName + "-" + Path.GetFileName(binlog));
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.Copy(binlog, kept, overwrite: true);
    }
}

internal sealed record BuildResult(int ExitCode, string Output, IReadOnlyList<BuildDiagnostic> Diagnostics)
{
    public IReadOnlyList<BuildDiagnostic> Guardrails => Diagnostics.Where(d => d.Id.StartsWith("GR", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<BuildDiagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id).ToList();

    /// <summary>Failure text for assertions: the whole build output, so a red test explains itself.</summary>
    public string Explain() => $"exit code {ExitCode}\n{Output}";
}
