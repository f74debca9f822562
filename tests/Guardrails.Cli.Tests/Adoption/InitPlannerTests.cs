using System.Text;
using Guardrails.Cli.Adoption;
using Guardrails.Checks.Dependencies;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests.Adoption;

public sealed partial class InitPlannerTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ThreeProjectsWithoutCpmOrRestore_CreatesDirectoryBuildProps_AndAValidPolicyWithoutCoverage()
    {
        _repo.ThreeProjects();

        var plan = _repo.Plan();
        var result = plan.Apply();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["guardrails.json", "guardrails.baseline.json", "Directory.Build.props"], result.Written.Select(f => f.RelativePath));
        Assert.Equal(
            "<Project>\n  <!-- " + PackageSetupProposal.Comment + " -->\n  <ItemGroup>\n    <PackageReference Include=\"Guardrails\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>\n",
            _repo.Read("Directory.Build.props"));
        var policy = LoadWritten();
        Assert.Null(policy.Section("coverage"));
        Assert.Equal("guardrails.baseline.json", policy.Section("baseline")!["file"]!.Text);
        Assert.Equal(LicenseSelection.CommonPermissive, Texts(policy.Section("packages")!["licenses"]!["allowed"]!));
        Assert.Contains(plan.Summary, l => l.StartsWith("coverage: no reports found — collect coverage (dotnet test --collect \"XPlat Code Coverage\")", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, l => l.StartsWith("licences: no project has been restored", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, l => l.StartsWith("projects: 3 found — 2 production (App, Lib), 1 test (App.Tests: references Microsoft.NET.Test.Sdk)", StringComparison.Ordinal));
    }

    [Fact]
    public void GeneratedPolicy_StartsLenient_AndTheCiProfileRaisesTheRulesThatMatter()
    {
        _repo.ThreeProjects();

        var text = _repo.Plan().Policy.Text;
        var local = Load(text, profile: null).Policy;
        var ci = Load(text, profile: "ci").Policy;

        Assert.Equal(RuleSeverity.Error, local.SeverityOf(RuleCatalog.GR0001));
        Assert.All(new[] { RuleCatalog.GR0002, RuleCatalog.GR1001, RuleCatalog.GR1003, RuleCatalog.GR1004, RuleCatalog.GR1101, RuleCatalog.GR2001, RuleCatalog.GR3002, RuleCatalog.GR4001 },
            rule => Assert.Equal(RuleSeverity.Warning, local.SeverityOf(rule)));
        Assert.Equal(RuleSeverity.Suggestion, local.SeverityOf(RuleCatalog.GR3007));
        Assert.All(new[] { RuleCatalog.GR0002, RuleCatalog.GR1001, RuleCatalog.GR1003, RuleCatalog.GR1004, RuleCatalog.GR1101, RuleCatalog.GR2001, RuleCatalog.GR2004, RuleCatalog.GR4001, RuleCatalog.GR4002 },
            rule => Assert.Equal(RuleSeverity.Error, ci.SeverityOf(rule)));
        Assert.Equal(RuleSeverity.Warning, ci.SeverityOf(RuleCatalog.GR3001));
        Assert.Equal(5, int.Parse(local.Section("review")!["slaDays"]!.Text!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(local.Section("packages")!["banned"]!.Items);
        Assert.Equal(Guardrails.Options.PolicyOptions.DefaultSkipReference, local.Section("tests")!["skipReference"]!.Text);
        Assert.StartsWith("// Guardrails policy for this repository", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CentralPackageManagement_AddsOneGlobalPackageReference_KeepsTheFileAsItWas_AndIsIdempotent()
    {
        _repo.ThreeProjects(centralVersions: true);
        const string original =
            "<Project>\r\n" +
            "\t<PropertyGroup>\r\n" +
            "\t\t<ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>\r\n" +
            "\t</PropertyGroup>\r\n" +
            "\r\n" +
            "\t<!-- versions, alphabetically -->\r\n" +
            "\t<ItemGroup>\r\n" +
            "\t\t<PackageVersion Include='Microsoft.NET.Test.Sdk' Version='17.12.0'/>\r\n" +
            "\t\t<PackageVersion   Include=\"xunit\" Version=\"2.9.3\" />\r\n" +
            "\t</ItemGroup>\r\n" +
            "</Project>\r\n";
        _repo.Write("Directory.Packages.props", original);

        Assert.True(_repo.Plan().Apply().Succeeded);
        var once = _repo.Read("Directory.Packages.props");
        var second = _repo.Plan(force: true);
        Assert.True(second.Apply().Succeeded);

        const string added =
            "\r\n" +
            "\t<!-- " + PackageSetupProposal.Comment + " -->\r\n" +
            "\t<ItemGroup>\r\n" +
            "\t\t<GlobalPackageReference Include=\"Guardrails\" Version=\"0.1.0\" />\r\n" +
            "\t</ItemGroup>\r\n";
        Assert.Equal(original.Insert(original.IndexOf("</Project>", StringComparison.Ordinal), added), once);
        Assert.Equal(once, _repo.Read("Directory.Packages.props"));
        Assert.DoesNotContain(second.Files, f => f.RelativePath == "Directory.Packages.props");
        Assert.Contains(second.Summary, l => l.StartsWith("package: Guardrails is already referenced repo-wide (GlobalPackageReference in Directory.Packages.props (version 0.1.0))", StringComparison.Ordinal));
        Assert.False(_repo.Exists("Directory.Build.props"));
    }

    [Fact]
    public void RestoredProjects_AllowExactlyTheLicencesFound_SoNoPackageFailsTheLicenceCheck()
    {
        _repo.ThreeProjects();
        _repo.Restore("src/Lib/Lib.csproj", ("Newtonsoft.Json", "13.0.3", "MIT"), ("Serilog", "4.0.0", "Apache-2.0"), ("Humanizer", "2.14.1", "MIT"));
        _repo.Restore("src/App/App.csproj", ("Newtonsoft.Json", "13.0.3", "MIT"), ("Dual", "1.0.0", "MIT OR GPL-3.0-only"), ("Odd", "2.0.0", "MPL-2.0 OR GPL-2.0-only"), ("Guardrails", "0.1.0", "Proprietary"));
        _repo.Restore("tests/App.Tests/App.Tests.csproj", ("xunit", "2.9.3", "Apache-2.0"), ("Microsoft.NET.Test.Sdk", "17.12.0", "MIT"), ("Old", "1.0.0", "https://example.com/license.txt"));

        var plan = _repo.Plan();
        var policy = Load(plan.Policy.Text).Policy;
        var allowed = Texts(policy.Section("packages")!["licenses"]!["allowed"]!);

        Assert.Equal(["MIT", "Apache-2.0", "MPL-2.0"], allowed);
        var scanned = RepositoryScanner.Scan(_repo.Root).Projects.SelectMany(p => p.Restored!.Packages).Where(p => p.License is not null);
        Assert.All(scanned, p => Assert.True(SpdxExpression.IsSatisfiedBy(p.License!, allowed), p + " " + p.License));
        Assert.Contains("licences found: MIT (3 packages), Apache-2.0 (2), MIT OR GPL-3.0-only (1), MPL-2.0 OR GPL-2.0-only (1) — allowed as they are", plan.Summary[2], StringComparison.Ordinal);
        Assert.Contains(plan.Summary, l => l.StartsWith("licences unknown for 1 package — GR1003 warnings", StringComparison.Ordinal));
        Assert.Contains("  Old 1.0.0: licence URL https://example.com/license.txt", plan.Summary);
        Assert.Equal("warning", policy.Section("packages")!["licenses"]!["unknown"]!.Text);
    }

    [Fact]
    public void ExistingCoberturaReport_SetsThresholdsRoundedDown()
    {
        _repo.ThreeProjects();
        _repo.CoverageReport("tests/App.Tests/App.Tests.csproj", coveredLines: 837, totalLines: 1000, coveredBranches: 599, totalBranches: 1000);

        var plan = _repo.Plan();
        var coverage = Load(plan.Policy.Text).Policy.Section("coverage")!;

        Assert.Equal("83", coverage["line"]!.Text);
        Assert.Equal("59", coverage["branch"]!.Text);
        Assert.Contains(plan.Summary, l => l.StartsWith("coverage: thresholds line 83%, branch 59% — from the latest report, rounded down (App.Tests: 83.7% of lines, 59.9% of branches", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralReports_TheNewestPerTestProject_AndTheLowestProjectSetsTheThreshold()
    {
        _repo.ThreeProjects();
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["xunit"], references: ["src/Lib/Lib.csproj"]);
        _repo.CoverageReport("tests/App.Tests/App.Tests.csproj", 500, 1000, run: "old", written: DateTime.UtcNow.AddDays(-2));
        _repo.CoverageReport("tests/App.Tests/App.Tests.csproj", 910, 1000, run: "new", written: DateTime.UtcNow.AddDays(-1));
        _repo.CoverageReport("tests/Lib.Tests/Lib.Tests.csproj", 755, 1000);

        var coverage = Load(_repo.Plan().Policy.Text).Policy.Section("coverage")!;

        Assert.Equal("75", coverage["line"]!.Text);
        Assert.Null(coverage["branch"]);
    }

    [Fact]
    public void ReportForOnlySomeTestProjects_LeavesCoverageCommentedOut()
    {
        _repo.ThreeProjects();
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["xunit"]);
        _repo.CoverageReport("tests/App.Tests/App.Tests.csproj", 900, 1000);

        var plan = _repo.Plan();

        Assert.Null(Load(plan.Policy.Text).Policy.Section("coverage"));
        Assert.Contains("// \"coverage\": { \"line\": 90 },", plan.Policy.Text, StringComparison.Ordinal);
        Assert.Contains(plan.Summary, l => l.StartsWith("coverage: not enabled — reports for App.Tests", StringComparison.Ordinal) && l.Contains("none usable for Lib.Tests", StringComparison.Ordinal));
    }

    [Fact]
    public void ExistingPolicy_IsRefusedWithoutForce_AndReplacedWithForce()
    {
        _repo.ThreeProjects();
        const string existing = "{\n  \"rules\": { \"GR2004\": \"error\" },\n  \"coverage\": { \"line\": 95 },\n}\n";
        _repo.Write("guardrails.json", existing);

        var refused = _repo.Plan();
        var refusedResult = refused.Apply();

        Assert.False(refused.CanApply);
        Assert.False(refusedResult.Succeeded);
        Assert.Empty(refusedResult.Written);
        Assert.Equal("guardrails.json already exists (4 lines; sections rules, coverage); init does not overwrite it. Use --force to replace it.", refusedResult.Error);
        Assert.Equal(existing, _repo.Read("guardrails.json"));
        Assert.False(_repo.Exists("Directory.Build.props"));
        Assert.False(_repo.Exists("guardrails.baseline.json"));

        var forced = _repo.Plan(force: true);
        Assert.True(forced.Apply().Succeeded);
        Assert.Equal(PlannedFileAction.Replace, forced.Policy.Action);
        Assert.Equal("policy: replaces guardrails.json, the existing policy (4 lines; sections rules, coverage); nothing of it is kept", forced.Summary[0]);
        Assert.Equal(forced.Policy.Text, _repo.Read("guardrails.json"));
    }

    [Fact]
    public void ExistingDirectoryBuildProps_KeepsItsByteOrderMark_AndGetsThePackageReference()
    {
        _repo.ThreeProjects();
        var path = _repo.PathOf("Directory.Build.props");
        const string original = "<Project>\n  <PropertyGroup>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n";
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(original)]);

        Assert.True(_repo.Plan().Apply().Succeeded);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(
            original.Replace("</Project>", "  <!-- " + PackageSetupProposal.Comment + " -->\n  <ItemGroup>\n    <PackageReference Include=\"Guardrails\" Version=\"0.1.0\" PrivateAssets=\"all\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal),
            Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void FileChangedAfterPlanning_ApplyWritesNothing()
    {
        _repo.ThreeProjects();
        _repo.Write("Directory.Build.props", "<Project>\n</Project>\n");
        var plan = _repo.Plan();
        _repo.Write("Directory.Build.props", "<Project>\n  <PropertyGroup />\n</Project>\n");

        var result = plan.Apply();

        Assert.Equal("Directory.Build.props changed since the scan. Nothing was written; run guardrails init again.", result.Error);
        Assert.False(_repo.Exists("guardrails.json"));
    }

    [Fact]
    public void ProductionCodeReferencingATestProject_LeavesTheLayeringRuleCommentedOut_AndSaysWhy()
    {
        _repo.Project("src/Lib/Lib.csproj", references: ["tests/Lib.Tests/Lib.Tests.csproj"]);
        _repo.Project("src/App/App.csproj", references: ["src/Lib/Lib.csproj"]);
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["xunit"]);

        var plan = _repo.Plan();
        var policy = Load(plan.Policy.Text).Policy;

        Assert.Empty(policy.Section("projects")!.Items);
        Assert.Contains(
            "layering: the rule '* must not reference *.Tests' is written commented out, not enabled, because production code references a test project today: App -> Lib -> Lib.Tests; Lib -> Lib.Tests. Remove the reference, then uncomment the rule",
            plan.Summary);
        Assert.Contains("    // { \"from\": \"*\", \"mustNotReference\": [ \"*.Tests\" ], \"reason\": ", plan.Policy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoProjectReferencingATestProject_EnablesTheLayeringRule()
    {
        _repo.ThreeProjects();
        _repo.Project("tests/Lib.IntegrationTests/Lib.IntegrationTests.csproj", properties: "<IsTestProject>true</IsTestProject>", references: ["src/Lib/Lib.csproj"]);

        var plan = _repo.Plan();
        var rule = Assert.Single(Load(plan.Policy.Text).Policy.Section("projects")!.Items);

        Assert.Equal("*", rule["from"]!.Text);
        Assert.Equal(["*.IntegrationTests", "*.Tests"], Texts(rule["mustNotReference"]!));
        Assert.Contains("layering: enabled '* must not reference *.IntegrationTests, *.Tests' (GR1004) — no project references a test project today", plan.Summary);
    }

    [Fact]
    public void TestProjectsReferencingEachOther_RuleCoversTheProductionFolderOnly()
    {
        _repo.ThreeProjects();
        _repo.Project("tests/Shared.Tests/Shared.Tests.csproj", packages: ["xunit"]);
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["xunit"], references: ["tests/Shared.Tests/Shared.Tests.csproj"]);

        var rule = Assert.Single(Load(_repo.Plan().Policy.Text).Policy.Section("projects")!.Items);

        Assert.Equal("src/**", rule["from"]!.Text);
    }

    [Fact]
    public void EveryGeneratedVariant_LoadsWithoutProblems_WithAndWithoutTheCiProfile()
    {
        _repo.ThreeProjects();
        _repo.Restore("src/Lib/Lib.csproj", ("Bad", "1.0.0", "MIT OR"));
        _repo.Write("eng/BannedSymbols.txt", "T:System.Console\n");
        _repo.Write("legacy/guardrails.json", "{}");
        _repo.CoverageReport("tests/App.Tests/App.Tests.csproj", 1, 3, 1, 2);

        var plan = _repo.Plan();

        Assert.Empty(Load(plan.Policy.Text, profile: null).Problems);
        Assert.Empty(Load(plan.Policy.Text, profile: "ci").Problems);
        Assert.Contains("// \"files\": [ \"eng/BannedSymbols.txt\" ],", plan.Policy.Text, StringComparison.Ordinal);
        Assert.Contains(plan.Summary, l => l.StartsWith("note: legacy/guardrails.json exists", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, l => l.StartsWith("licences that are not valid SPDX expressions: Bad 1.0.0 ('MIT OR')", StringComparison.Ordinal));
    }

    [Fact]
    public void GuardrailsReferencedByOneProject_PackageSetupIsLeftAlone()
    {
        _repo.ThreeProjects();
        _repo.Project("src/Other/Other.csproj", packages: ["Guardrails"]);

        var plan = _repo.Plan();

        Assert.DoesNotContain(plan.Files, f => f.RelativePath.StartsWith("Directory.", StringComparison.Ordinal));
        Assert.Contains(plan.Summary, l => l.StartsWith("package: Guardrails is referenced by 1 of 4 projects (src/Other/Other.csproj); left as it is", StringComparison.Ordinal));
        Assert.Equal(["src/App/App.csproj", "src/Lib/Lib.csproj", "tests/App.Tests/App.Tests.csproj"], plan.Uncovered.Select(u => u.Substring(0, u.IndexOf(' ', StringComparison.Ordinal))));
    }

    [Fact]
    public void ExistingBaseline_IsKept()
    {
        _repo.ThreeProjects();
        _repo.Write("guardrails.baseline.json", "{ \"version\": 1, \"entries\": [] }\n");

        var plan = _repo.Plan();

        Assert.DoesNotContain(plan.Files, f => f.RelativePath == "guardrails.baseline.json");
        Assert.Contains("baseline: guardrails.baseline.json exists and is kept; run guardrails baseline to refresh it", plan.Summary);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryCommentedOutExample_IsValidWhenUncommented(bool measured)
    {
        _repo.Project("src/Lib/Lib.csproj", references: ["tests/Lib.Tests/Lib.Tests.csproj"]);
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["xunit"]);
        _repo.Project("tests/Other.Tests/Other.Tests.csproj", packages: ["xunit"]);
        var longNames = new[] { "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot" }.Select(n => (n + "PackageWithALongName", "1.0.0", (string?)"MIT"));
        _repo.Restore("src/Lib/Lib.csproj", [("Old", "1.0.0", "https://example.com/eula"), ("Many.One", "1.0.0", "MIT"), ("Many.Two", "1.0.0", "MIT"), .. longNames]);
        _repo.Write("eng/BannedSymbols.txt", "T:System.Console\n");
        _repo.CoverageReport("tests/Lib.Tests/Lib.Tests.csproj", 80, 100, 1, 2);
        if (measured)
        {
            _repo.CoverageReport("tests/Other.Tests/Other.Tests.csproj", 70, 100);
        }

        var text = _repo.Plan().Policy.Text;
        var uncommented = CommentedOutSetting().Replace(text, "$1$2");

        Assert.Contains("    // \"allowed\": [\n    //   \"AlphaPackageWithALongName\", ", text, StringComparison.Ordinal);
        Assert.Equal(measured, text.Contains("\"coverage\": {\n", StringComparison.Ordinal));
        Assert.Empty(Load(uncommented, profile: "ci").Problems);
        var policy = Load(uncommented).Policy;
        Assert.Single(policy.Section("packages")!["banned"]!.Items);
        Assert.Equal(9, policy.Section("packages")!["allowed"]!.Items.Count); // six long names, Many.*, Old, and xunit from the test projects
        Assert.Equal(2, policy.Section("projects")!.Items.Count);
        Assert.NotNull(policy.Section("coverage")!["line"]);
    }

    private GuardrailsPolicy LoadWritten()
    {
        var result = PolicyLoader.Load(_repo.PathOf("guardrails.json"), pathIsExplicit: true, PolicyLoader.CiProfile, profileIsExplicit: true);
        Assert.Empty(result.Problems);
        return result.Policy;
    }

    private PolicyLoadResult Load(string text, string? profile = null)
    {
        var result = PolicyLoader.Parse(Encoding.UTF8.GetBytes(text), _repo.PathOf("guardrails.json"), profile, profileIsExplicit: profile is not null);
        Assert.Empty(result.Problems);
        return result;
    }

    private static List<string> Texts(PolicyNode array) => array.Items.Select(i => i.Text!).ToList();

    /// <summary>A commented-out setting (not prose): <c>// "key": ...</c>, <c>// { ... },</c>, <c>// "value",</c>, or a wrapped array's lines.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?m)^( *)// (\"[^\"]+\": .*|\\{ .*|\\],|  \".*|\"[^\"]*\",)$")]
    private static partial System.Text.RegularExpressions.Regex CommentedOutSetting();
}
