using System.Globalization;
using Guardrails.Analyzers.Tests.Rules.Review;
using Guardrails.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Guardrails.Analyzers.Rules.Review.ReviewAnnotationAnalyzer,
    Guardrails.CodeFixes.MarkAsReviewedCodeFix>;

namespace Guardrails.Analyzers.Tests.CodeFixes;

public class MarkAsReviewedCodeFixTests
{
    private const string Reviewer = "is_global = true\nguardrails.reviewer = alice\n";

    private static readonly string Today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public Task UnreviewedMember_GetsAReviewWithTheConfiguredReviewerTodayAndItsFingerprint()
    {
        var fingerprint = ReviewStubs.FingerprintOfMember("[AiGenerated] int M() => 1;");
        return VerifyFixAsync(
            """
            using Guardrails;

            class C
            {
                /// <summary>One.</summary>
                [AiGenerated]
                int {|#0:M|}() => 1;
            }
            """,
            $$"""
            using Guardrails;

            class C
            {
                /// <summary>One.</summary>
                [Reviewed("alice", "{{Today}}", Fingerprint = "{{fingerprint}}")]
                [AiGenerated]
                int M() => 1;
            }
            """,
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C.M()"));
    }

    [Fact]
    public Task WithoutUsing_WritesTheQualifiedName()
    {
        var fingerprint = ReviewStubs.FingerprintOfMember("int M() => 1;");
        return VerifyFixAsync(
            "class C\n{\n    [Guardrails.AiGenerated] int {|#0:M|}() => 1;\n}\n",
            "class C\n{\n    [Guardrails.Reviewed(\"alice\", \"" + Today + "\", Fingerprint = \"" + fingerprint + "\")]\n    [Guardrails.AiGenerated] int M() => 1;\n}\n",
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C.M()"));
    }

    [Fact]
    public Task StaleReview_IsRefreshed()
    {
        var recorded = ReviewStubs.FingerprintOfMember("int M() => 1;");
        var current = ReviewStubs.FingerprintOfMember("int M() => 2;");
        return VerifyFixAsync(
            "using Guardrails;\nclass C\n{\n    [{|#0:Reviewed(\"bob\", \"2026-01-01\", Fingerprint = \"" + recorded + "\")|}]\n    int M() => 2;\n}\n",
            "using Guardrails;\nclass C\n{\n    [Reviewed(\"alice\", \"" + Today + "\", Fingerprint = \"" + current + "\")]\n    int M() => 2;\n}\n",
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3003).WithLocation(0).WithArguments("C.M()", recorded, current));
    }

    [Fact]
    public Task ReviewWithoutFingerprint_GetsOne()
    {
        var current = ReviewStubs.FingerprintOfMember("int M() => 2;");
        return VerifyFixAsync(
            "using Guardrails;\nclass C\n{\n    [{|#0:Reviewed(\"bob\", \"2026-01-01\")|}]\n    int M() => 2;\n}\n",
            "using Guardrails;\nclass C\n{\n    [Reviewed(\"alice\", \"" + Today + "\", Fingerprint = \"" + current + "\")]\n    int M() => 2;\n}\n",
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3006).WithLocation(0).WithArguments(
                "[Reviewed]", "C.M()", "it has no Fingerprint, so nothing shows whether the code changed after the review; the current fingerprint is " + current));
    }

    [Fact]
    public Task FixAll_ReviewsEachMember()
    {
        string Review(string fingerprint) => "[Reviewed(\"alice\", \"" + Today + "\", Fingerprint = \"" + fingerprint + "\")]";
        var test = CreateTest(
            "using Guardrails;\n\nclass C\n{\n    [AiGenerated]\n    void {|#0:M|}() { }\n\n    [AiGenerated]\n    int {|#1:P|} => 1;\n}\n",
            "using Guardrails;\n\nclass C\n{\n    " + Review(ReviewStubs.FingerprintOfMember("void M() { }")) + "\n    [AiGenerated]\n    void M() { }\n\n    "
                + Review(ReviewStubs.FingerprintOfMember("int P => 1;")) + "\n    [AiGenerated]\n    int P => 1;\n}\n",
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C.M()"),
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(1).WithArguments("C.P"));
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        test.CodeActionEquivalenceKey = MarkAsReviewedCodeFix.EquivalenceKey;
        return test.RunAsync();
    }

    [Fact]
    public Task ReviewOfTheType_CoversItsMembers()
    {
        const string type = "[AiGenerated]\nclass C\n{\n    void M() { }\n}\n";
        var fingerprint = ReviewStubs.FingerprintOf<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(type);
        var test = CreateTest(
            "using Guardrails;\n\n[AiGenerated]\nclass {|#0:C|}\n{\n    void {|#1:M|}() { }\n}\n",
            "using Guardrails;\n\n[Reviewed(\"alice\", \"" + Today + "\", Fingerprint = \"" + fingerprint + "\")]\n" + type,
            Reviewer,
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C"),
            Verify.Diagnostic(Descriptors.GR3001).WithLocation(1).WithArguments("C.M()"));
        test.NumberOfIncrementalIterations = 1;

        // Fixing the type first leaves nothing for the member to fix; Fix All would review both (see FixAll_ReviewsEachMember).
        test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck;
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutAConfiguredReviewer_NoFixIsOffered()
    {
        const string source = "using Guardrails;\nclass C\n{\n    [AiGenerated]\n    int {|#0:M|}() => 1;\n}\n";
        var test = CreateTest(source, source, reviewerConfig: null, Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C.M()"));
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.GR3001).WithLocation(0).WithArguments("C.M()"));
        test.NumberOfIncrementalIterations = 0;
        test.NumberOfFixAllIterations = 0;
        return test.RunAsync();
    }

    private static Task VerifyFixAsync(string source, string fixedSource, string reviewerConfig, params DiagnosticResult[] expected) =>
        CreateTest(source, fixedSource, reviewerConfig, expected).RunAsync();

    private static Verify.Test CreateTest(string source, string fixedSource, string? reviewerConfig, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        ReviewStubs.AddAnnotations(test.TestState);
        ReviewStubs.AddAnnotations(test.FixedState);
        if (reviewerConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", reviewerConfig));
            test.FixedState.AnalyzerConfigFiles.Add(("/.globalconfig", reviewerConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
