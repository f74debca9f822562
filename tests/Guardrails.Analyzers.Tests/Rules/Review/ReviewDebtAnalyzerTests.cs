using Guardrails.Analyzers.Rules.Review;
using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.ReviewDebtAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

public class ReviewDebtAnalyzerTests
{
    private const string Sla = "is_global = true\nguardrails.review.sla_days = 5\nguardrails.today = 2026-11-22\n";

    [Fact]
    public Task EachAiGeneratedMember_IsCountedInOneState_WithItsLines_OverdueOverlapping()
    {
        var fresh = FingerprintOfMember("int A() => 1;");
        var source = "using Guardrails;\n" + $$"""
            [AiGenerated("agent", Date = "2026-11-01")]
            class Fees
            {
                [Reviewed("alice", "2026-11-20", Fingerprint = "{{fresh}}")] int A() => 1;
                [Reviewed("alice", "2026-11-20", Fingerprint = "000000000000")] int B() => 2;
                [ReviewPending("2026-11-01")] int C() => 3;
                int D()
                {
                    return 4;
                }
                private int field;
            }
            class Human { void M() { } }
            """;

        return Run(source, Sla, Debt("4 AI-generated members (7 lines): 1 reviewed (1 lines), 1 stale (1 lines), 1 pending (1 lines), 1 unreviewed (4 lines); 2 overdue (5 lines)"));
    }

    [Fact]
    public Task AStaleTypeReview_MakesItsMembersStale_AFreshOneReviewsThem()
    {
        var type = "[AiGenerated] class Fees { int A() => 1; int B => 2; }";
        var fresh = FingerprintOf<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(type);
        var source = "using Guardrails;\n"
            + "[Reviewed(\"alice\", \"2026-11-20\", Fingerprint = \"" + fresh + "\")] " + type + "\n"
            + "[Reviewed(\"alice\", \"2026-11-20\", Fingerprint = \"" + fresh + "\")] [AiGenerated] class Other { int A() => 1; }";

        return Run(source, null, Debt("3 AI-generated members (3 lines): 2 reviewed (2 lines), 1 stale (1 lines), 0 pending (0 lines), 0 unreviewed (0 lines); 0 overdue (0 lines)"));
    }

    [Fact]
    public Task WithoutSlaOptions_NothingIsOverdue_AndPathProvenanceCounts()
    {
        var test = CreateTest(
            "class Generated { void M() { } [Guardrails.ReviewPending(\"2020-01-01\")] void N() { } }",
            "is_global = true\n[/0/Test0.cs]\nguardrails.review.ai_generated = true\n",
            Debt("2 AI-generated members (2 lines): 0 reviewed (0 lines), 0 stale (0 lines), 1 pending (1 lines), 1 unreviewed (1 lines); 0 overdue (0 lines)"));
        return test.RunAsync();
    }

    [Fact]
    public Task NoAiGeneratedCode_ReportsNothing() =>
        Run("using Guardrails;\nclass C { [Reviewed(\"alice\", \"2026-11-20\", Fingerprint = \"000000000000\")] void M() { } }", Sla);

    [Fact]
    public Task PartialTypes_Records_LocalFunctions_Lambdas_AreCountedOncePerDeclaration() =>
        Run(
            "using Guardrails;\n"
            + "[AiGenerated] partial class P { void A() { void Local() { } System.Action f = () => { }; } }\n"
            + "partial class P { void B() { } }\n"
            + "[AiGenerated] record R(int X) { public int Y => X; }",
            null,
            // A (its local function and lambda are part of it), B (the type is AI-generated whichever part carries the attribute) and Y.
            Debt("3 AI-generated members (3 lines): 0 reviewed (0 lines), 0 stale (0 lines), 0 pending (0 lines), 3 unreviewed (3 lines); 0 overdue (0 lines)"));

    [Fact]
    public Task FieldsCount_OnlyWithTheirOwnAnnotation_OncePerDeclaration() =>
        Run(
            "using Guardrails;\nclass C { [AiGenerated] int a, b; int c; }",
            null,
            Debt("1 AI-generated members (1 lines): 0 reviewed (0 lines), 0 stale (0 lines), 0 pending (0 lines), 1 unreviewed (1 lines); 0 overdue (0 lines)"));

    [Fact]
    public void Properties_CarryEveryCount_ForTheSummaryFile()
    {
        var debt = new ReviewDebt();
        debt.Add(ReviewState.Stale, overdue: false, lines: 3);
        debt.Add(ReviewState.Pending, overdue: true, lines: 4);

        var properties = debt.ToProperties();

        Assert.Equal(12, properties.Count);
        Assert.Equal("2", properties["aiGenerated.members"]);
        Assert.Equal("7", properties["aiGenerated.lines"]);
        Assert.Equal("3", properties["stale.lines"]);
        Assert.Equal("4", properties["overdue.lines"]);
        Assert.Equal("0", properties["reviewed.members"]);
    }

    private static DiagnosticResult Debt(string text) =>
        new DiagnosticResult(Descriptors.GR3007).WithArguments("TestProject", text);

    private static Task Run(string source, string? options, params DiagnosticResult[] expected) =>
        CreateTest(source, options, expected).RunAsync();

    private static Verify.Test CreateTest(string source, string? options, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        AddAnnotations(test.TestState);
        if (options is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", options));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
