using Guardrails.Cli.Baselines;
using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Checks.Baseline;

namespace Guardrails.Cli.Tests;

/// <summary>`guardrails baseline --no-build`: collecting findings.json files into the policy's baseline file.</summary>
public class BaselineCommandTests
{
    private const string Policy = """{ "baseline": { "file": "guardrails.baseline.json" } }""";

    [Fact]
    public void FindingsOfAllProjectsAndFrameworks_AreMergedIntoTheBaseline_TheLargestCountPerFramework()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("guardrails.json", Policy);
        Findings(repo, "src/App/obj/Debug/net8.0/guardrails", ("GR1101", "src/App/A.cs", "Console", 1, "src/App/App.csproj"));
        Findings(repo, "src/App/obj/Debug/net10.0/guardrails", ("GR1101", "src/App/A.cs", "Console", 2, "src/App/App.csproj"));
        Findings(repo, "tests/T/obj/Debug/net10.0/guardrails", ("GR4001", "tests/T/T.cs", "Test 'T.M' asserts nothing", 1, "tests/T/T.csproj"));
        // Not build outputs: skipped.
        Findings(repo, "node_modules/x/obj/guardrails", ("GR1101", "x.cs", "x", 9, "x.csproj"));

        var run = CliRun.Of(repo.Path, "baseline", "--no-build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("3 findings", run.Output);
        var baseline = BaselineFile.Read(repo.Combine("guardrails.baseline.json"));
        Assert.Equal(
            [("GR1101", "src/App/A.cs", 2), ("GR4001", "tests/T/T.cs", 1)],
            baseline.Entries.Select(e => (e.Rule, e.File, e.Count)));
    }

    [Theory]
    [InlineData("-p:TargetFrameworks=net8.0", "-p:TargetFrameworks=net8.0")]
    [InlineData("--property:Configuration=Release", "-p:Configuration=Release")]
    [InlineData("-p:DefineConstants=A;B", "-p:DefineConstants=A;B")]
    public void APropertyOption_IsPassedToTheRecordingBuild(string option, string argument)
    {
        var parsed = new Guardrails.Cli.Commands.BaselineCommand().Create(new Guardrails.Cli.CliEnvironment(TextWriter.Null, TextWriter.Null, Path.GetTempPath(), _ => null))
            .Parse(["App.csproj", option]);

        Assert.Empty(parsed.Errors);
        var value = Assert.Single(parsed.GetValue<string[]>("--property")!);
        Assert.Equal(argument, RecordingBuild.PropertyArgument(value));
    }

    [Fact]
    public void AMalformedProperty_OrAPropertyWithNoBuild_IsAUsageError()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("guardrails.json", Policy);

        var malformed = CliRun.Of(repo.Path, "baseline", "-p:=x");
        var noBuild = CliRun.Of(repo.Path, "baseline", "--no-build", "-p:TargetFrameworks=net8.0");

        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("is not an MSBuild property", malformed.Error);
        Assert.Equal(2, noBuild.ExitCode);
        Assert.Contains("--no-build", noBuild.Error);
        Assert.False(File.Exists(repo.Combine("guardrails.baseline.json")));
    }

    [Fact]
    public void FromASubfolder_ThePolicyAboveIsFound()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("guardrails.json", Policy);
        Findings(repo, "src/App/obj/Debug/net10.0/guardrails", ("GR2004", "src/App/A.cs", "'A' is excluded", 1, "src/App/App.csproj"));
        Directory.CreateDirectory(repo.Combine("src", "App"));

        var run = CliRun.Of(repo.Combine("src", "App"), "baseline", "--no-build");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(repo.Combine("guardrails.baseline.json")));
    }

    [Fact]
    public void WithoutAPolicy_OrWithoutBaselineFile_OrWithoutFindings_IsAnInputError_ThatSaysWhatToDo()
    {
        using var empty = new TempDirectory();
        using var noBaseline = new TempDirectory();
        noBaseline.WriteFile("guardrails.json", "{ }");
        using var noFindings = new TempDirectory();
        noFindings.WriteFile("guardrails.json", Policy);

        var withoutPolicy = CliRun.Of(empty.Path, "baseline", "--no-build");
        var withoutBaselineFile = CliRun.Of(noBaseline.Path, "baseline", "--no-build");
        var withoutFindings = CliRun.Of(noFindings.Path, "baseline", "--no-build");

        Assert.Equal(3, withoutPolicy.ExitCode);
        Assert.Contains("init", withoutPolicy.Error);
        Assert.Equal(3, withoutBaselineFile.ExitCode);
        Assert.Contains("\"baseline\": { \"file\": \"guardrails.baseline.json\" }", withoutBaselineFile.Error);
        Assert.Equal(3, withoutFindings.ExitCode);
        Assert.Contains("no findings.json", withoutFindings.Error);
        Assert.False(File.Exists(noFindings.Combine("guardrails.baseline.json")));
    }

    [Fact]
    public void ABrokenPolicy_IsReportedWithItsPosition()
    {
        using var repo = new TempDirectory();
        repo.WriteFile("guardrails.json", "{ \"baseline\": { \"fiel\": \"b.json\" } }");

        var run = CliRun.Of(repo.Path, "baseline", "--no-build");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("guardrails.json(1,", run.Error);
        Assert.Contains("GR0001", run.Error);
    }

    [Fact]
    public void Collector_TakesOnlyFilesWrittenSinceTheBuildStarted()
    {
        using var repo = new TempDirectory();
        var old = Findings(repo, "a/obj/guardrails", ("GR1101", "a.cs", "k", 1, "a.csproj"));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-1));
        Findings(repo, "b/obj/guardrails", ("GR1101", "b.cs", "k", 1, "b.csproj"));

        var (baseline, files) = FindingsCollector.Collect(repo.Path, DateTime.UtcNow.AddMinutes(-1));

        Assert.Single(files);
        Assert.Equal("b.cs", Assert.Single(baseline.Entries).File);
    }

    private static string Findings(TempDirectory repo, string folder, params (string Rule, string File, string Key, int Count, string Project)[] entries) =>
        repo.WriteFile(folder + "/findings.json", new BaselineFile(entries.Select(e => new BaselineEntry(e.Rule, e.File, e.Key, e.Count, e.Project)).ToList()).Serialize());
}
