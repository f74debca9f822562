using Guardrails.Checks.Coverage;
using Guardrails.Rules;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public class ChangedLineCheckTests
{
    private static readonly CoverageData Coverage = Read(Report(
        ("Contoso.Payments", "src/A.cs", ["10:1", "12:0", "13:0", "14:0", "15:3", "20:0", "21:1:1/4"]),
        ("Contoso.Payments", "src/B.cs", ["3:0", "4:1"]),
        ("Contoso.Payments", "src/Generated/G.cs", ["1:0", "2:0"])));

    [Fact]
    public void ChangedLinesBelowTheThreshold_ListsTheUncoveredRanges_AtTheFirstOne()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80 }, \"exclude\": [ \"src/Generated/**\" ] } }");
        var changed = Changes(("src/A.cs", [12, 13, 14, 15, 20, 30]), ("src/B.cs", [3, 4]), ("src/Generated/G.cs", [1, 2]), ("README.md", [1]));

        var diagnostic = Assert.Single(ChangedLineCheck.Evaluate(policy, settings, Coverage, changed));

        Assert.Equal(RuleIds.GR2002, diagnostic.RuleId);
        Assert.Equal(RepoPath("src/A.cs"), diagnostic.File);
        Assert.Equal((12, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("line:changed", diagnostic.Symbol);
        Assert.StartsWith(
            "Coverage of changed lines is 28.57% (2 of 7 lines), below the threshold of 80% (coverage.newCode.line); uncovered: src/A.cs:12-14, 20; src/B.cs:3 (changes since test base). Add tests",
            diagnostic.Message);
    }

    [Fact]
    public void FewerChangedCoverableLinesThanMinLines_AreNotJudged()
    {
        var changed = Changes(("src/A.cs", [12, 13, 14, 30, 31, 32]));

        var (atMinimum, atMinimumSettings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80, \"minLines\": 3 } } }");
        Assert.Single(ChangedLineCheck.Evaluate(atMinimum, atMinimumSettings, Coverage, changed));

        var (above, aboveSettings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 80, \"minLines\": 4 } } }");
        Assert.Empty(ChangedLineCheck.Evaluate(above, aboveSettings, Coverage, changed));
    }

    [Fact]
    public void BranchThreshold_CountsTheBranchesOnChangedLines()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 50, \"branch\": 50 } } }");

        var diagnostic = Assert.Single(ChangedLineCheck.Evaluate(policy, settings, Coverage, Changes(("src/A.cs", [15, 21]))));

        Assert.Equal("branch:changed", diagnostic.Symbol);
        Assert.Equal(21, diagnostic.Line);
        Assert.StartsWith("Coverage of changed lines is 25% (1 of 4 branches), below the threshold of 50% (coverage.newCode.branch); uncovered: src/A.cs:21 (", diagnostic.Message);
    }

    [Fact]
    public void FileGitDoesNotTrackYet_CountsAsChangedAsAWhole()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 60 } } }");
        var changed = new ChangedLines("test base");
        changed.AddWholeFile(RepoPath("src/B.cs"));

        var diagnostic = Assert.Single(ChangedLineCheck.Evaluate(policy, settings, Coverage, changed));

        Assert.StartsWith("Coverage of changed lines is 50% (1 of 2 lines)", diagnostic.Message);
    }

    [Fact]
    public void CoveredOrUncoverableChanges_Pass()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 100 } } }");

        Assert.Empty(ChangedLineCheck.Evaluate(policy, settings, Coverage, Changes(("src/A.cs", [10, 11, 15]))));
        Assert.Empty(ChangedLineCheck.Evaluate(policy, settings, Coverage, Changes(("docs/x.md", [1]))));
    }

    [Fact]
    public void WithoutANewCodeThreshold_NothingIsCheckedAndGitIsNotRun()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"base\": \"origin/develop\" } } }");

        Assert.Empty(ChangedLineCheck.Evaluate(policy, settings, Coverage, "/no/such/directory", new GitRunner("/no/such/git")));
    }

    [Fact]
    public void MSBuildOverrides_BeatTheNewCodeSettings()
    {
        var overrides = new CoverageOverrides { NewCodeLine = 10, Base = "release/2.0" };
        var (_, settings) = LoadPolicy("{ \"coverage\": { \"newCode\": { \"line\": 90, \"base\": \"origin/main\" } } }", overrides);

        Assert.Equal(10m, settings.NewCode.Line!.Percent);
        Assert.Equal("release/2.0", settings.NewCode.Base);
        Assert.Equal("$(GuardrailsCoverageBase)", settings.NewCode.BaseOrigin);
    }

    [Fact]
    public void GitFailing_IsGR0002AtTheNewCodeKey_NeverAPass()
    {
        var (policy, settings) = LoadPolicy("{\n  \"coverage\": {\n    \"newCode\": { \"line\": 80 }\n  }\n}");
        using var notARepository = new TemporaryDirectory("guardrails-not-a-repo-");

        var diagnostic = Assert.Single(ChangedLineCheck.Evaluate(policy, settings, Coverage, notARepository.Path, new GitRunner(GitChangesTests.Git, TimeSpan.FromSeconds(60))));

        Assert.Equal(RuleIds.GR0002, diagnostic.RuleId);
        Assert.Equal(PolicyText.FileName, diagnostic.File);
        Assert.Equal((3, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("git rev-parse --show-toplevel failed", diagnostic.Message);
    }

    private static ChangedLines Changes(params (string File, int[] Lines)[] files)
    {
        var changed = new ChangedLines("changes since test base");
        foreach (var (file, lines) in files)
        {
            foreach (var line in lines)
            {
                changed.Add(RepoPath(file), line);
            }
        }

        return changed;
    }
}
