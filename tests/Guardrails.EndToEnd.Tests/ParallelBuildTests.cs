using System.Text.RegularExpressions;
using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// A solution of four projects that share one policy, each with findings of its own (analyzer and task rules, and a
/// policy problem every project reports): built with `-m` it gives exactly the diagnostics of a serial build, and a
/// build writes nothing outside the projects' obj/ and bin/ folders.
/// </summary>
public partial class ParallelBuildTests
{
    private const string Policy = """
        {
          "rules": {
            "GR9999": "warning",
            "GR4001": { "severity": "warning", "locked": true }
          },
          "apis": { "banned": [ "T:System.Console;log through ILogger<T>" ] },
          "projects": [ { "from": "Shop.Domain", "mustNotReference": [ "Shop.Web" ] } ]
        }
        """;

    [Fact]
    public void ParallelBuild_GivesExactlyTheDiagnosticsOfASerialBuild()
    {
        using var project = CreateSolution();

        var serial = project.RunOn("Shop.sln", "build", null, "-m:1");
        DeleteBuildOutput(project.Root);
        var parallel = project.RunOn("Shop.sln", "build", null, "-m:2");

        BuildAssert.NoCrashes(serial);
        BuildAssert.NoCrashes(parallel);
        Assert.Equal(serial.ExitCode, parallel.ExitCode);
        var expected = GuardrailsLines(serial);
        // Every project reports the policy problem; each of its own findings once.
        Assert.True(expected.Count(l => l.Contains("GR0002", StringComparison.Ordinal)) == 4, string.Join("\n", expected));
        Assert.Equal(["GR0002", "GR1004", "GR1101", "GR2004", "GR4004"], expected.Select(Id).Distinct().Order());
        Assert.Equal(expected, GuardrailsLines(parallel));
    }

    [Fact]
    public void Build_WritesNothingOutsideObjAndBin()
    {
        using var project = CreateSolution();
        var before = Snapshot(project.Root);

        var build = project.RunOn("Shop.sln", "build", null, "-m:2");

        BuildAssert.NoCrashes(build);
        Assert.NotEmpty(build.Guardrails);
        Assert.True(Directory.Exists(Path.Combine(project.Root, "Shop.Domain", "obj", "Debug", "net10.0", "guardrails")), build.Explain());
        var after = Snapshot(project.Root);
        Assert.Equal(before, after);
    }

    private static ConsumerProject CreateSolution([System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        var project = ConsumerProject.Create(testName);
        project.WriteFile("guardrails.json", Policy);
        WriteProject(project, "Shop.Domain", "<ProjectReference Include=\"../Shop.Web/Shop.Web.csproj\" />", """
            namespace Shop.Domain;

            [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            public class Order { }
            """);
        WriteProject(project, "Shop.Web", string.Empty, """
            namespace Shop.Web;

            public static class Page
            {
                public static void Render() => System.Console.WriteLine("page");
            }
            """);
        WriteProject(project, "Shop.Billing", "<ProjectReference Include=\"../Shop.Domain/Shop.Domain.csproj\" />", """
            namespace Shop.Billing;

            public static class Invoice
            {
                public static void Print() => System.Console.WriteLine("invoice");
            }
            """, "<NoWarn>$(NoWarn);GR4001</NoWarn>");
        WriteProject(project, "App", "<ProjectReference Include=\"../Shop.Billing/Shop.Billing.csproj\" />", """
            namespace App;

            public static class Calculator
            {
                public static int Add(int a, int b) => a + b;
            }
            """);
        project.WriteSolution("Shop", "Shop.Domain/Shop.Domain.csproj", "Shop.Web/Shop.Web.csproj", "Shop.Billing/Shop.Billing.csproj", "App/App.csproj");
        return project;
    }

    private static void WriteProject(ConsumerProject project, string name, string items, string code, string properties = "")
    {
        project.WriteProject(properties, items, name);
        project.WriteFile($"{name}/Code.cs", code);
    }

    /// <summary>
    /// The Guardrails diagnostic lines, without MSBuild's node prefix, distinct (a solution build prints a diagnostic more than
    /// once) and sorted. Each line ends with the project that reported it.
    /// </summary>
    private static List<string> GuardrailsLines(BuildResult build) =>
        build.Output.Split('\n')
            .Select(l => NodePrefix().Replace(l.TrimEnd('\r'), string.Empty))
            .Where(l => GuardrailsDiagnostic().IsMatch(l))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Id(string line) => GuardrailsDiagnostic().Match(line).Groups["id"].Value;

    private static void DeleteBuildOutput(string root)
    {
        foreach (var directory in Directory.GetDirectories(root))
        {
            foreach (var output in new[] { "obj", "bin" }.Select(o => Path.Combine(directory, o)).Where(Directory.Exists))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>Every file outside obj/ and bin/ (and the test's own binlogs), with its size and last write time.</summary>
    private static List<string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Where(f => !f.EndsWith(".binlog", StringComparison.Ordinal))
            .Select(f => new FileInfo(f))
            .Select(f => $"{Path.GetRelativePath(root, f.FullName)} {f.Length} {f.LastWriteTimeUtc:O}")
            .Order(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"^\s*\d+>")]
    private static partial Regex NodePrefix();

    [GeneratedRegex(@":\s*(?:warning|error)\s+(?<id>GR\d{4})\s*:")]
    private static partial Regex GuardrailsDiagnostic();
}
