using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>
/// Runs real git in a temporary repository (never in this one). Git must be installed: without it these tests fail,
/// they do not skip.
/// </summary>
public class GitChangesTests
{
    public const string Git = "git";

    private static readonly string[] Identity = ["-c", "user.email=tests@example.com", "-c", "user.name=Guardrails Tests", "-c", "commit.gpgsign=false"];

    [Fact]
    public void ChangesSinceTheMergeBase_IncludeCommittedStagedUnstagedAndUntrackedWork()
    {
        using var temporary = CreateRepository();
        var repository = temporary.Path;
        var runner = new GitRunner(Git);
        Write(repository, "src/Fees.cs", Enumerable.Range(1, 10).Select(i => "line " + i));
        Write(repository, "src/Old.cs", ["a", "b", "c"]);
        Write(repository, "src/Gone.cs", ["x"]);
        Write(repository, ".gitignore", ["bin/"]);
        Run(runner, repository, "add", "-A");
        Run(runner, repository, [.. Identity, "commit", "-q", "-m", "base"]);
        Run(runner, repository, "checkout", "-q", "-b", "feature");

        Write(repository, "src/Fees.cs", Enumerable.Range(1, 10).Select(i => i == 3 ? "LINE 3" : "line " + i).Append("line 11"));
        Run(runner, repository, "add", "-A");
        Run(runner, repository, [.. Identity, "commit", "-q", "-m", "feature work"]);
        Run(runner, repository, "checkout", "-q", "main");
        Write(repository, "src/Main.cs", ["main moved on"]);
        Run(runner, repository, "add", "-A");
        Run(runner, repository, [.. Identity, "commit", "-q", "-m", "main work"]);
        Run(runner, repository, "checkout", "-q", "feature");

        Write(repository, "src/Fees.cs", Enumerable.Range(1, 10).Select(i => i == 3 ? "LINE 3" : i == 7 ? "LINE 7" : "line " + i).Append("line 11"));
        Write(repository, "src/Old.cs", ["a", "B", "c"]);
        Run(runner, repository, "add", "src/Old.cs");
        Run(runner, repository, "rm", "-q", "src/Gone.cs");
        Write(repository, "src/New File.cs", ["class New {}"]);
        Write(repository, "bin/Ignored.cs", ["ignored"]);

        var result = GitChanges.Collect(Path.Combine(repository, "src"), LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80, \"base\": \"main\" } } }").Settings.NewCode, runner);

        Assert.Null(result.Error);
        var changed = result.Lines!;
        Assert.Equal([3, 7, 11], changed.LinesOf(Path.Combine(repository, "src", "Fees.cs"))!.Order());
        Assert.Equal([2], changed.LinesOf(Path.Combine(repository, "src", "Old.cs"))!.Order());
        Assert.True(changed.IsWholeFile(Path.Combine(repository, "src", "New File.cs")));
        Assert.Empty(changed.LinesOf(Path.Combine(repository, "src", "Gone.cs"))!);
        Assert.Empty(changed.LinesOf(Path.Combine(repository, "src", "Main.cs"))!);
        Assert.Empty(changed.LinesOf(Path.Combine(repository, "bin", "Ignored.cs"))!);
        var mergeBase = Run(runner, repository, "merge-base", "main", "feature").Trim();
        Assert.Contains("changes since " + mergeBase.Substring(0, 10) + ", the merge base of main and HEAD", changed.Description);
    }

    [Fact]
    public void MissingDefaultBase_IsAProblemThatSaysHowToSetTheBase()
    {
        using var temporary = CreateRepository();
        var repository = temporary.Path;
        var runner = new GitRunner(Git);
        Write(repository, "a.txt", ["a"]);
        Run(runner, repository, "add", "-A");
        Run(runner, repository, [.. Identity, "commit", "-q", "-m", "base"]);

        var result = GitChanges.Collect(repository, LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80 } } }").Settings.NewCode, runner);

        Assert.Null(result.Lines);
        Assert.StartsWith("git merge-base origin/main HEAD failed: ", result.Error);
        Assert.Contains("set coverage.newCode.base or -p:GuardrailsCoverageBase=", result.Error);
    }

    [Fact]
    public void BaseThatLooksLikeAnOption_IsRefusedBeforeGitRuns()
    {
        var result = GitChanges.Collect("/no/such/directory", LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80, \"base\": \"--output=/tmp/x\" } } }").Settings.NewCode, new GitRunner("/no/such/git"));

        Assert.Contains("is not a revision name", result.Error);
    }

    [Fact]
    public void MissingGit_IsAProblem_NotAnException()
    {
        var result = GitChanges.Collect(Path.GetTempPath(), LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80 } } }").Settings.NewCode, new GitRunner("/no/such/git-" + Guid.NewGuid().ToString("N")));

        Assert.Null(result.Lines);
        Assert.Contains("git rev-parse --show-toplevel could not be started", result.Error);
        Assert.Contains("install git", result.Error);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("with space", "\"with space\"")]
    [InlineData("quote\"inside", "\"quote\\\"inside\"")]
    [InlineData("trailing\\", "trailing\\")]
    [InlineData("trailing \\", "\"trailing \\\\\"")]
    [InlineData("", "\"\"")]
    public void Quote_FollowsTheCommandLineRules(string argument, string expected) =>
        Assert.Equal(expected, GitRunner.Quote(argument));

    private static TemporaryDirectory CreateRepository()
    {
        var directory = new TemporaryDirectory("guardrails-git-");
        Run(new GitRunner(Git), directory.Path, "-c", "init.defaultBranch=main", "init", "-q");
        return directory;
    }

    private static void Write(string repository, string relative, IEnumerable<string> lines)
    {
        var path = Path.Combine(repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
    }

    private static string Run(GitRunner runner, string directory, params string[] arguments)
    {
        var result = runner.Run(directory, arguments);
        Assert.True(result.Succeeded, result.Failure());
        return result.Output;
    }
}
