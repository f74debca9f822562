using Guardrails.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Guardrails.Analyzers.Rules.ExcludeFromCodeCoverageJustificationAnalyzer,
    Guardrails.CodeFixes.AddCoverageJustificationCodeFix>;

namespace Guardrails.Analyzers.Tests.CodeFixes;

/// <summary>
/// The fix inserts a template, not a justification: GR2004 still reports on the fixed code, so a person has to write the
/// reason. Each test states that with <c>FixedState.ExpectedDiagnostics</c>.
/// </summary>
public class AddCoverageJustificationCodeFixTests
{
    private const string Template = "\"" + AddCoverageJustificationCodeFix.Template + "\"";

    [Fact]
    public Task AttributeWithoutArguments_AddsTemplateAndStillReports() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage|}]
            class C { }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            class C { }
            """,
            "C");

    [Fact]
    public Task AttributeWithEmptyParentheses_AddsTemplate() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                [{|#0:ExcludeFromCodeCoverage()|}]
                void M() { }
            }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
                void M() { }
            }
            """,
            "C.M()");

    [Fact]
    public Task EmptyJustification_IsReplacedByTemplate() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage(Justification = "")|}]
            class C { }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            class C { }
            """,
            "C");

    [Fact]
    public Task PlaceholderJustification_IsReplacedByTemplate() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                [{|#0:ExcludeFromCodeCoverage(Justification = "TODO")|}]
                int P => 1;
            }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
                int P => 1;
            }
            """,
            "C.P");

    [Fact]
    public Task OtherArguments_AreKept() =>
        VerifyFixAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute
            {
                public ExcludeFromCoverageAttribute(string area) { }
                public string? Justification { get; set; }
                public int Priority { get; set; }
            }

            [{|#0:ExcludeFromCoverage("payments", Priority = 2)|}]
            class C { }
            """,
            $$"""
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute
            {
                public ExcludeFromCoverageAttribute(string area) { }
                public string? Justification { get; set; }
                public int Priority { get; set; }
            }

            [{|#0:ExcludeFromCoverage("payments", Priority = 2, Justification = {{Template}})|}]
            class C { }
            """,
            "C");

    [Fact]
    public Task EmptyJustificationBetweenOtherArguments_IsReplacedInPlace() =>
        VerifyFixAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute
            {
                public string? Justification { get; set; }
                public int Priority { get; set; }
                public bool Strict { get; set; }
            }

            [{|#0:ExcludeFromCoverage(Priority = 1, Justification = " ", Strict = true)|}]
            class C { }
            """,
            $$"""
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute
            {
                public string? Justification { get; set; }
                public int Priority { get; set; }
                public bool Strict { get; set; }
            }

            [{|#0:ExcludeFromCoverage(Priority = 1, Justification = {{Template}}, Strict = true)|}]
            class C { }
            """,
            "C");

    [Fact]
    public Task AssemblyLevelAttribute_AddsTemplate() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|#0:ExcludeFromCodeCoverage|}]
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            """,
            "the assembly TestProject");

    [Fact]
    public Task OnlyTheReportedAttributeInTheList_IsChanged() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            [System.Obsolete("old"), {|#0:ExcludeFromCodeCoverage|}]
            class C { }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            [System.Obsolete("old"), {|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            class C { }
            """,
            "C");

    [Fact]
    public Task LocalFunction_AddsTemplate() =>
        VerifyFixAsync(
            """
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                void M()
                {
                    Local();

                    [{|#0:ExcludeFromCodeCoverage|}]
                    static void Local() { }
                }
            }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            class C
            {
                void M()
                {
                    Local();

                    [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
                    static void Local() { }
                }
            }
            """,
            "Local()");

    [Fact]
    public Task TemplateAlreadyInPlace_NoFixOffered()
    {
        var source = $$"""
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            class C { }
            """;
        var test = CreateTest(source, source, "C");
        test.NumberOfIncrementalIterations = 0;
        test.NumberOfFixAllIterations = 0;
        return test.RunAsync();
    }

    [Fact]
    public Task FixIsRegisteredUnderItsEquivalenceKey()
    {
        var test = CreateTest(
            """
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage|}]
            class C { }
            """,
            $$"""
            using System.Diagnostics.CodeAnalysis;

            [{|#0:ExcludeFromCodeCoverage(Justification = {{Template}})|}]
            class C { }
            """,
            "C");
        test.CodeActionEquivalenceKey = AddCoverageJustificationCodeFix.EquivalenceKey;
        return test.RunAsync();
    }

    private static Task VerifyFixAsync(string source, string fixedSource, string target) =>
        CreateTest(source, fixedSource, target).RunAsync();

    private static Verify.Test CreateTest(string source, string fixedSource, string target)
    {
        var test = new Verify.Test
        {
            TestCode = source,
            FixedCode = fixedSource,
            // One application; the template it writes is still a placeholder, so applying the fix again changes nothing.
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.GR2004).WithLocation(0).WithArguments(target));
        test.FixedState.ExpectedDiagnostics.Add(Verify.Diagnostic(Descriptors.GR2004).WithLocation(0).WithArguments(target));
        return test;
    }
}
