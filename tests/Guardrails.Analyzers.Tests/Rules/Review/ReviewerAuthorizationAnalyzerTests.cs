using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.ReviewerAuthorizationAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

public class ReviewerAuthorizationAnalyzerTests
{
    private const string Usings = "using Guardrails;\n";
    private const string Review = "Reviewed(\"{0}\", \"2026-11-20\", Fingerprint = \"000000000000\")";

    // review.reviewers { payments: [carol, dave], security: [alice] }; review.areas [ {namespaces [Contoso.Payments.*], requires [payments]}, {namespaces [Contoso.Auth], requires [security, payments]} ]
    private const string Options =
        "is_global = true\n"
        + "guardrails.review.reviewers = payments=carol|dave,security=alice\n"
        + "guardrails.review.areas = Contoso.Payments.*=payments,Contoso.Auth=security|payments\n";

    private const string PaymentsRequirement = "review.areas[0] requires a reviewer from 'payments' (carol, dave)";

    private static string R(string reviewer) => string.Format(Review, reviewer);

    [Fact]
    public Task ReviewerOutsideTheAreasGroup_Reports() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments { class Ledger { [{|#0:" + R("bob") + "|}] void Post() { } } }",
            Gr3004(0, "bob", "Ledger.Post()", PaymentsRequirement));

    [Fact]
    public Task ReviewerInTheGroup_IgnoringCase_DoesNotReport() =>
        VerifyAsync(Usings + "namespace Contoso.Payments { class Ledger { [" + R("Carol") + "] void Post() { } [" + R("dave") + "] int Total => 1; } }");

    [Fact]
    public Task CodeOutsideEveryArea_DoesNotReport() =>
        VerifyAsync(Usings + "namespace Contoso.Reporting { class Report { [" + R("bob") + "] void Print() { } } }\nclass Global { [" + R("bob") + "] void M() { } }");

    [Fact]
    public Task StarGlob_SpansTheNamespaceAndEverythingBelow_FileScopedNamespaceToo() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments.Internal.Fees;\nclass Fee { [{|#0:" + R("bob") + "|}] decimal Amount() => 1m; }",
            Gr3004(0, "bob", "Fee.Amount()", PaymentsRequirement));

    [Fact]
    public Task ExactGlob_SpansThatNamespaceOnly_AndAnyOfSeveralGroupsWill()
    {
        const string requirement = "review.areas[1] requires a reviewer from 'security' (alice) or 'payments' (carol, dave)";
        return VerifyAsync(
            Usings + "namespace Contoso.Auth { class Login { [{|#0:" + R("bob") + "|}] void M() { } [" + R("alice") + "] void N() { } [" + R("carol") + "] void O() { } } }"
            + "\nnamespace Contoso.Auth.Tokens { class Token { [" + R("bob") + "] void M() { } } }",
            Gr3004(0, "bob", "Login.M()", requirement));
    }

    [Fact]
    public Task TypeLevelReview_IsChecked_AndRecordsAndExpressionBodiedMembers() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments { [{|#0:" + R("bob") + "|}] record Entry(decimal Amount) { [{|#1:" + R("bob") + "|}] public decimal Twice => Amount * 2; } }",
            Gr3004(0, "bob", "Entry", PaymentsRequirement),
            Gr3004(1, "bob", "Entry.Twice", PaymentsRequirement));

    [Fact]
    public Task PartialTypes_EachPartsReviewIsChecked() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments { [{|#0:" + R("bob") + "|}] partial class Ledger { } partial class Ledger { [" + R("carol") + "] void M() { } [{|#1:" + R("bob") + "|}] void N() { } } }",
            Gr3004(0, "bob", "Ledger", PaymentsRequirement),
            Gr3004(1, "bob", "Ledger.N()", PaymentsRequirement));

    [Fact]
    public Task LocalFunctionReview_IsChecked_TopLevelStatementsAreInTheGlobalNamespace()
    {
        var options = Options.Replace("Contoso.Auth=security|payments", "*=security");
        var test = CreateTest(
            Usings + "Run();\n[{|#0:" + R("bob") + "|}] static void Run() { }",
            options,
            Gr3004(0, "bob", "Run()", "review.areas[1] requires a reviewer from 'security' (alice)"));
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    [Fact]
    public Task AreaByPath_FromThePolicyTasksFileSection()
    {
        var options = "is_global = true\nguardrails.review.reviewers = security=alice\nguardrails.review.areas = =security\n[/0/Test0.cs]\nguardrails.review.file_areas = 0\n";
        var test = CreateTest(
            Usings + "namespace Anything { class C { [{|#0:" + R("bob") + "|}] void M() { } [" + R("alice") + "] void N() { } } }",
            options,
            Gr3004(0, "bob", "C.M()", "review.areas[0] requires a reviewer from 'security' (alice)"));
        test.TestState.Sources.Add(("/0/Other.cs", "namespace Anything { class D { [Guardrails.Reviewed(\"bob\", \"2026-11-20\", Fingerprint = \"000000000000\")] void M() { } } }"));
        return test.RunAsync();
    }

    [Fact]
    public Task SeveralAreas_TheReviewerMustSatisfyEach()
    {
        var options = "is_global = true\nguardrails.review.reviewers = payments=carol,security=alice\nguardrails.review.areas = Contoso.*=payments,Contoso.Payments=security\n";
        return CreateTest(
            Usings + "namespace Contoso.Payments { class Ledger { [{|#0:" + R("carol") + "|}] void M() { } } }",
            options,
            Gr3004(0, "carol", "Ledger.M()", "review.areas[1] requires a reviewer from 'security' (alice)")).RunAsync();
    }

    [Fact]
    public Task GroupMissingFromReviewers_NobodyQualifies_AndTheMessageSaysWhy() =>
        CreateTest(
            Usings + "namespace Contoso.Payments { class Ledger { [{|#0:" + R("carol") + "|}] void M() { } } }",
            "is_global = true\nguardrails.review.areas = Contoso.Payments.*=paymnts\n",
            Gr3004(0, "carol", "Ledger.M()", "review.areas[0] requires a reviewer from 'paymnts' (not a group in review.reviewers)")).RunAsync();

    [Fact]
    public Task EscapedNames_SurviveTheFormat() =>
        CreateTest(
            Usings + "namespace Contoso.Payments { class Ledger { [" + R("Carol Smith; CFO") + "] void M() { } [{|#0:" + R("Carol Smith") + "|}] void N() { } } }",
            "is_global = true\nguardrails.review.reviewers = pay%3Dments=Carol%20Smith%3B%20CFO\nguardrails.review.areas = Contoso.Payments.*=pay%3Dments\n",
            Gr3004(0, "Carol Smith", "Ledger.N()", "review.areas[0] requires a reviewer from 'pay=ments' (Carol Smith; CFO)")).RunAsync();

    [Fact]
    public Task WithoutAreas_NothingIsChecked() =>
        CreateTest(Usings + "namespace Contoso.Payments { class Ledger { [" + R("bob") + "] void M() { } } }", "is_global = true\nguardrails.review.reviewers = payments=carol\n").RunAsync();

    [Fact]
    public Task EmptyReviewer_OtherAnnotations_AndLookalikes_AreLeftAlone() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments { class Ledger { [Reviewed(\"\", \"2026-11-20\", Fingerprint = \"000000000000\")] void M() { } [ReviewPending(\"2026-11-20\", Reviewer = \"bob\")] void N() { } [Other.Reviewed(\"bob\")] void O() { } } }"
            + "\nnamespace Other { class ReviewedAttribute : System.Attribute { public ReviewedAttribute(string r) { } } }");

    [Fact]
    public Task CodeThatDoesNotCompile_DoesNotCrash() =>
        VerifyAsync(
            Usings + "namespace Contoso.Payments { class Ledger { [{|#0:" + R("bob") + "|}] {|CS0246:Missing|} Unknown() => {|CS0103:nothing|}; } }",
            Gr3004(0, "bob", "Ledger.Unknown()", PaymentsRequirement));

    private static DiagnosticResult Gr3004(int location, string reviewer, string name, string requirement) =>
        Verify.Diagnostic(Descriptors.GR3004).WithLocation(location).WithArguments(reviewer, name, requirement);

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => CreateTest(source, Options, expected).RunAsync();

    private static Verify.Test CreateTest(string source, string options, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        AddAnnotations(test.TestState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", options));
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }
}
