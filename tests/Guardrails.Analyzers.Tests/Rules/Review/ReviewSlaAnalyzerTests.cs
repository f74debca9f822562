using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.ReviewSlaAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

public class ReviewSlaAnalyzerTests
{
    private const string Usings = "using Guardrails;\n";
    private const string Options = "is_global = true\nguardrails.review.sla_days = 5\nguardrails.today = 2026-11-22\n";

    // ---- [ReviewPending(since)] ----

    [Fact]
    public Task OverduePendingReview_Reports() =>
        VerifyAsync(
            Usings + "class C { [{|#0:ReviewPending(\"2026-11-10\")|}] void M() { } }",
            Gr3005(0, "C.M()", "2026-11-10", "[ReviewPending]", 12));

    [Fact]
    public Task PendingReviewWithinTheSla_DoesNotReport() =>
        VerifyAsync(Usings + "class C { [ReviewPending(\"2026-11-20\", Reviewer = \"bob\")] void M() { } }");

    [Fact]
    public Task PendingExactlySlaDays_DoesNotReport_OneDayMore_Does() =>
        VerifyAsync(
            Usings + "class C { [ReviewPending(since: \"2026-11-17\")] void M() { } [{|#0:ReviewPending(\"2026-11-16\")|}] void N() { } }",
            Gr3005(0, "C.N()", "2026-11-16", "[ReviewPending]", 6));

    [Fact]
    public Task PendingDateInTheFuture_DoesNotReport() =>
        VerifyAsync(Usings + "class C { [ReviewPending(\"2027-01-01\")] void M() { } }");

    [Fact]
    public Task OverduePendingButReviewed_DoesNotReport() =>
        VerifyAsync(
            Usings + "[Reviewed(\"alice\", \"2026-11-21\", Fingerprint = \"000000000000\")] class C { [ReviewPending(\"2026-01-01\")] void M() { } }"
            + "\nclass D { [ReviewPending(\"2026-01-01\"), Reviewed(\"alice\", \"2026-11-21\", Fingerprint = \"000000000000\")] int P => 1; }");

    [Fact]
    public Task OverduePendingOnTypesAndFields_ReportsOncePerAnnotation() =>
        VerifyAsync(
            Usings + "[{|#0:ReviewPending(\"2026-11-01\")|}] class C { [{|#1:ReviewPending(\"2026-11-01\")|}] int a, b; }",
            Gr3005(0, "C", "2026-11-01", "[ReviewPending]", 21),
            Gr3005(1, "C.a", "2026-11-01", "[ReviewPending]", 21));

    [Fact]
    public Task MalformedSinceDate_IsLeftToGr3006() =>
        VerifyAsync(Usings + "class C { [ReviewPending(\"2026-02-30\")] void M() { } [ReviewPending(\"long ago\")] void N() { } }");

    // ---- [AiGenerated(Date = ...)] without a review ----

    [Fact]
    public Task OldAiGeneratedDateWithoutReview_Reports() =>
        VerifyAsync(
            Usings + "class C { [AiGenerated(\"copilot\", Date = \"2026-11-01\")] void {|#0:M|}() { } [AiGenerated(Date = \"2026-11-20\")] void N() { } }",
            Gr3005(0, "C.M()", "2026-11-01", "[AiGenerated] Date", 21));

    [Fact]
    public Task AiGeneratedDateOnTheContainingType_CoversItsMembers() =>
        VerifyAsync(
            Usings + """
            [AiGenerated(Date = "2026-11-01")]
            class {|#0:C|}
            {
                private int field;
                void {|#1:M|}() { }
                [AiGenerated(Date = "2026-11-21")] void N() { }
                [Reviewed("alice", "2026-11-21", Fingerprint = "000000000000")] void O() { }
                [ReviewPending("2026-11-20")] void P() { }
            }
            """,
            Gr3005(0, "C", "2026-11-01", "[AiGenerated] Date", 21),
            Gr3005(1, "C.M()", "2026-11-01", "[AiGenerated] Date", 21));

    [Fact]
    public Task AiGeneratedWithoutDate_DoesNotReport() =>
        VerifyAsync(Usings + "[AiGenerated(\"copilot\")] class C { void M() { } }");

    [Fact]
    public Task MalformedAiGeneratedDate_IsLeftToGr3006() =>
        VerifyAsync(Usings + "class C { [AiGenerated(Date = \"yesterday\")] void M() { } }");

    // ---- options ----

    [Fact]
    public Task WithoutOptions_NothingIsReported()
    {
        var test = CreateTest(Usings + "class C { [ReviewPending(\"2020-01-01\")] [AiGenerated(Date = \"2020-01-01\")] void M() { } }", options: null);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("is_global = true\nguardrails.review.sla_days = 5\n")]
    [InlineData("is_global = true\nguardrails.today = 2026-11-22\n")]
    [InlineData("is_global = true\nguardrails.review.sla_days = 5\nguardrails.today = 22/11/2026\n")]
    [InlineData("is_global = true\nguardrails.review.sla_days = -1\nguardrails.today = 2026-11-22\n")]
    [InlineData("is_global = true\nguardrails.review.sla_days = five\nguardrails.today = 2026-11-22\n")]
    public Task MissingOrMalformedOptions_NothingIsReported(string options)
    {
        var test = CreateTest(Usings + "class C { [ReviewPending(\"2020-01-01\")] [AiGenerated(Date = \"2020-01-01\")] void M() { } }", options);
        return test.RunAsync();
    }

    [Fact]
    public Task ZeroDaySla_ReportsFromTheNextDay() =>
        CreateTest(
            Usings + "class C { [ReviewPending(\"2026-11-22\")] void M() { } [{|#0:ReviewPending(\"2026-11-21\")|}] void N() { } }",
            "is_global = true\nguardrails.review.sla_days = 0\nguardrails.today = 2026-11-22\n",
            Verify.Diagnostic(Descriptors.GR3005).WithLocation(0).WithArguments("C.N()", "2026-11-21", "[ReviewPending]", 1, 0)).RunAsync();

    private static DiagnosticResult Gr3005(int location, string name, string since, string source, int age) =>
        Verify.Diagnostic(Descriptors.GR3005).WithLocation(location).WithArguments(name, since, source, age, 5);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => CreateTest(source, Options, expected).RunAsync();

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
