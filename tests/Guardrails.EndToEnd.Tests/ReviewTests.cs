using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR3001/GR3003 with the packed package: provenance by attribute and by policy path, fingerprints that go stale.</summary>
public class ReviewTests
{
    // Fingerprint of "public int Add(int a, int b) => a + b;" (docs/rules/GR3003.md works it through).
    private const string AddFingerprint = "69ff17473738";

    [Fact]
    public void AiGeneratedWithoutReview_GivesGR3001_AndAFreshReviewPasses()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Pricing.cs", $$"""
            using Guardrails;

            namespace App;

            public sealed class Pricing
            {
                [AiGenerated("copilot")]
                public int Discount(int total) => total / 10;

                [AiGenerated("copilot")]
                [Reviewed("alice", "2026-11-20", Fingerprint = "{{AddFingerprint}}")]
                public int Add(int a, int b) => a + b;
            }
            """);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR3001", "Pricing.cs", 8, "warning");
        Assert.Contains("Discount", diagnostic.Message);
        BuildAssert.None(build, "GR3003");
    }

    [Fact]
    public void ChangingOneToken_MakesTheReviewStale_ReformattingDoesNot()
    {
        using var project = ConsumerProject.Create();
        const string Reformatted = """
            using Guardrails;

            namespace App;

            public sealed class Pricing
            {
                [Reviewed("alice", "2026-11-20", Fingerprint = "69ff17473738")]
                public int Add(
                    int a,   // first
                    int b)
                    => a + b;
            }
            """;
        project.WriteFile("App/Pricing.cs", Reformatted);
        var reformatted = project.Build();

        project.WriteFile("App/Pricing.cs", Reformatted.Replace("=> a + b;", "=> a - b;", StringComparison.Ordinal));
        var changed = project.Build();

        BuildAssert.None(reformatted, "GR3003");
        var stale = BuildAssert.Single(changed, "GR3003", "Pricing.cs", 7, "warning");
        Assert.Contains(AddFingerprint, stale.Message);
    }

    [Fact]
    public void PolicyPathMarksAFolderAsAiGenerated()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Agents/Planner.cs", """
            namespace App.Agents;

            public static class Planner
            {
                public static int Plan(int steps) => steps * 2;
            }
            """);
        project.WriteFile("guardrails.json", "{ \"review\": { \"aiGenerated\": { \"paths\": [ \"App/Agents/**\" ] } }, \"rules\": { \"GR3001\": \"error\" } }");

        var build = project.Build();

        BuildAssert.Failed(build);
        Assert.Contains(build.WithId("GR3001"), d => d.FileName == "Planner.cs" && d.Line == 5 && d.Severity == "error");
    }

    [Fact]
    public void PendingReviewOlderThanTheSla_GivesGR3005_WithTheBuildsDate()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Ledger.cs", """
            using Guardrails;

            namespace App;

            public static class Ledger
            {
                [ReviewPending("2020-01-06")]
                public static int Post(int amount) => amount;
            }
            """);
        project.WriteFile("guardrails.json", "{ \"review\": { \"slaDays\": 5 } }");

        // Written from the compiler's log: CI builds, and local builds that ask for it.
        var build = project.Build(null, "-p:GuardrailsCompilerLog=true");

        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR3005", "Ledger.cs", 7, "warning");
        Assert.Contains("2020-01-06", diagnostic.Message);
        Assert.Contains("SLA of 5 days", diagnostic.Message);
    }

    [Fact]
    public void ReviewerOutsideTheAreasGroup_GivesGR3004_ByNamespaceAndByPath()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Payments/Ledger.cs", $$"""
            using Guardrails;

            namespace App.Payments;

            public static class Ledger
            {
                [Reviewed("bob", "2026-11-20", Fingerprint = "000000000000")]
                public static int Post(int amount) => amount;

                [Reviewed("Carol", "2026-11-20", Fingerprint = "000000000000")]
                public static int Reverse(int amount) => -amount;
            }
            """);
        project.WriteFile("App/Auth/Login.cs", """
            using Guardrails;

            namespace App.Identity;

            public static class Login
            {
                [Reviewed("carol", "2026-11-20", Fingerprint = "000000000000")]
                public static bool Check(string user) => user.Length > 0;
            }
            """);
        project.WriteFile("guardrails.json", """
            {
              "rules": { "GR3003": "none", "GR3004": "error" },
              "review": {
                "reviewers": { "payments": [ "carol" ], "security": [ "alice" ] },
                "areas": [
                  { "namespaces": [ "App.Payments.*" ], "requires": [ "payments" ] },
                  { "paths": [ "App/Auth/**" ], "requires": [ "security" ] }
                ]
              }
            }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var found = build.WithId("GR3004");
        Assert.True(found.Count == 2, build.Explain());
        var byNamespace = Assert.Single(found, d => d.FileName == "Ledger.cs");
        Assert.Equal((7, "error"), (byNamespace.Line, byNamespace.Severity));
        Assert.Contains("'bob' may not approve 'Ledger.Post(int)'", byNamespace.Message);
        Assert.Contains("'payments' (carol)", byNamespace.Message);
        var byPath = Assert.Single(found, d => d.FileName == "Login.cs");
        Assert.Equal((7, "error"), (byPath.Line, byPath.Severity));
        Assert.Contains("'carol' may not approve", byPath.Message);
        Assert.Contains("'security' (alice)", byPath.Message);
    }

    [Fact]
    public void ReviewDebt_IsWrittenPerProject_FromTheAnalyzersSummary()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Pricing.cs", $$"""
            using Guardrails;

            namespace App;

            [AiGenerated("copilot", Date = "2020-01-01")]
            public sealed class Pricing
            {
                [Reviewed("alice", "2026-11-20", Fingerprint = "{{AddFingerprint}}")]
                public int Add(int a, int b) => a + b;

                [Reviewed("alice", "2026-11-20", Fingerprint = "000000000000")]
                public int Sub(int a, int b) => a - b;

                [ReviewPending("2026-11-01")]
                public int Mul(int a, int b) => a * b;

                public int Div(int a, int b)
                {
                    return a / b;
                }
            }
            """);
        project.WriteFile("guardrails.json", "{ \"review\": { \"slaDays\": 5 } }");

        // Written from the compiler's log: CI builds, and local builds that ask for it.
        var build = project.Build(null, "-p:GuardrailsCompilerLog=true");

        BuildAssert.Succeeded(build);
        var file = Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "review-debt.json", SearchOption.AllDirectories);
        using var debt = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Assert.Single(file)));
        var root = debt.RootElement;
        Assert.Equal("App", root.GetProperty("project").GetString());
        Assert.Equal(4, root.GetProperty("aiGenerated").GetProperty("members").GetInt32());
        Assert.Equal(1, root.GetProperty("reviewed").GetProperty("members").GetInt32());
        Assert.Equal(1, root.GetProperty("stale").GetProperty("members").GetInt32());
        Assert.Equal(1, root.GetProperty("pending").GetProperty("members").GetInt32());
        Assert.Equal(1, root.GetProperty("unreviewed").GetProperty("members").GetInt32());
        Assert.Equal(4, root.GetProperty("unreviewed").GetProperty("lines").GetInt32());
        // Div's [AiGenerated] date and Mul's pending date are both beyond the 5-day SLA (today is the build's date).
        Assert.Equal(2, root.GetProperty("overdue").GetProperty("members").GetInt32());
    }

    [Fact]
    public void ProcessStartInAnUnannotatedMethod_GivesGR3002_AReviewedOneDoesNot()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Launcher.cs", """
            using System.Diagnostics;
            using Guardrails;

            namespace App;

            public static class Launcher
            {
                public static void Open(string url) => Process.Start("xdg-open", url);

                [Reviewed("alice", "2026-11-20", Fingerprint = "000000000000")]
                public static void OpenReviewed(string url) => Process.Start("xdg-open", url);
            }
            """);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR3002\": \"error\", \"GR3003\": \"none\" } }");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR3002", "Launcher.cs", 8, "error");
        Assert.Contains("'Launcher.Open(string)' uses sensitive APIs without a [Reviewed] annotation: process start (1 use: Process.Start(string, string))", diagnostic.Message);
    }
}
