using Guardrails.Analyzers.Tests.Rules.TestIntegrity;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.SkippedTestWithoutReferenceAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules;

public class SkippedTestWithoutReferenceAnalyzerTests
{
    private const string DefaultRequirement = "an issue number (#123), a tracker key (ABC-123) or a URL";

    private static readonly string[] Xunit = { TestFrameworkStubs.Xunit };
    private static readonly string[] XunitV3 = { TestFrameworkStubs.Xunit, TestFrameworkStubs.XunitV3Data };
    private static readonly string[] NUnit = { TestFrameworkStubs.NUnit };
    private static readonly string[] MSTest = { TestFrameworkStubs.MSTest };

    // ---- xUnit: Skip ----

    [Fact]
    public Task FactSkippedWithoutReference_ReportsOnTheSkipArgument() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"flaky\"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));

    [Theory]
    [InlineData("Flaky on CI, see #123")]
    [InlineData("#7")]
    [InlineData("PAY-42: fails across the DST change")]
    [InlineData("Waiting on https://github.com/contoso/payments/issues/9")]
    [InlineData("http://jira.contoso.local/browse/X")]
    public Task FactSkippedWithReference_DoesNotReport(string reason) =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Fact(Skip = \"" + reason + "\")] public void Refund() { } }");

    [Theory]
    [InlineData("flaky")]
    [InlineData("TODO")]
    [InlineData("see issue")]
    [InlineData("#abc")]
    [InlineData("pay-42 lower-case key")]
    [InlineData("www.example.com/issue")]
    public Task FactSkippedWithReasonThatTracksNothing_Reports(string reason) =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"" + reason + "\"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"" + reason + "\""));

    [Fact]
    public Task FactWithEmptySkip_DoesNotReport_BecauseXunitRunsIt() =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Fact(Skip = \"\")] public void Refund() { } }");

    [Fact]
    public Task FactWithNullSkip_DoesNotReport() =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Fact(Skip = null)] public void Refund() { } }");

    [Fact]
    public Task FactWithWhitespaceSkip_Reports_BecauseXunitSkipsIt() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \" \"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\" \""));

    [Fact]
    public Task FactWithoutSkip_DoesNotReport() =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Fact] public void Refund() { } }");

    [Fact]
    public Task TheorySkippedWithoutReference_Reports() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Theory({|#0:Skip = \"later\"|}), InlineData(1)] public void Refund(int amount) { } }",
            Gr4002(0, "Test 'OrderTests.Refund(int)'", "\"later\""));

    [Fact]
    public Task InlineDataSkippedWithoutReference_ReportsTheDataRow() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Theory, InlineData(1), InlineData(2, {|#0:Skip = \"flaky\"|})] public void Refund(int amount) { } }",
            Gr4002(0, "A data row of test 'OrderTests.Refund(int)'", "\"flaky\""));

    [Fact]
    public Task InlineDataSkippedWithReference_DoesNotReport() =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Theory, InlineData(2, Skip = \"#88\")] public void Refund(int amount) { } }");

    [Fact]
    public Task XunitV3DataAttributeSkipped_Reports() =>
        Run(
            XunitV3,
            "using Xunit;\nclass OrderTests { public static int[] Rows = { 1 }; [Theory, MemberData(nameof(Rows), {|#0:Skip = \"slow\"|})] public void Refund(int amount) { } }",
            Gr4002(0, "A data row of test 'OrderTests.Refund(int)'", "\"slow\""));

    [Fact]
    public Task XunitV3ExplicitFact_Reports_BecauseItNeverRunsInCi() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Explicit = true|})] public void LoadTest() { } }",
            Gr4002(0, "Explicit test 'OrderTests.LoadTest()'", "none"));

    [Fact]
    public Task XunitV3ExplicitFalse_DoesNotReport() =>
        Run(Xunit, "using Xunit;\nclass OrderTests { [Fact(Explicit = false)] public void LoadTest() { } }");

    [Fact]
    public Task XunitV3ExplicitDataRow_Reports() =>
        Run(
            XunitV3,
            "using Xunit;\nclass OrderTests { public static int[] Rows = { 1 }; [Theory, MemberData(nameof(Rows), {|#0:Explicit = true|})] public void Refund(int amount) { } }",
            Gr4002(0, "An explicit data row of test 'OrderTests.Refund(int)'", "none"));

    [Theory]
    [InlineData("SkipUnless")]
    [InlineData("SkipWhen")]
    public Task XunitV3ConditionalSkip_DoesNotReport(string condition) =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { public static bool IsWindows => true; [Fact(Skip = \"Windows only\", " + condition + " = nameof(IsWindows))] public void Registry() { } }");

    [Fact]
    public Task ConstantFieldReasonWithReference_DoesNotReport() =>
        Run(
            Xunit,
            "using Xunit;\nstatic class Known { public const string Dst = \"Fails across the DST change, \" + Issue; const string Issue = \"PAY-42\"; }\n"
            + "class OrderTests { [Fact(Skip = Known.Dst)] public void Refund() { } }");

    [Fact]
    public Task ConstantFieldReasonWithoutReference_ReportsItsValue() =>
        Run(
            Xunit,
            "using Xunit;\nstatic class Known { public const string Flaky = \"flaky\"; }\n"
            + "class OrderTests { [Fact({|#0:Skip = Known.Flaky|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));

    [Fact]
    public Task NonConstantReason_IsACompileErrorNotGR4002() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { static string Why() => \"flaky\"; [Fact(Skip = {|#0:Why()|})] public void Refund() { } }",
            Verify.CompilerError("CS0182").WithLocation(0));

    [Fact]
    public Task DerivedFactAttribute_Reports() =>
        Run(
            Xunit,
            "using Xunit;\nclass IntegrationFactAttribute : FactAttribute { }\nclass OrderTests { [IntegrationFact({|#0:Skip = \"needs a database\"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"needs a database\""));

    [Fact]
    public Task AliasedAndFullyQualifiedFact_Reports() =>
        Run(
            Xunit,
            "using Check = Xunit.FactAttribute;\nclass OrderTests { [Check({|#0:Skip = \"x\"|})] public void A() { } [Xunit.FactAttribute({|#1:Skip = \"y\"|})] public void B() { } }",
            Gr4002(0, "Test 'OrderTests.A()'", "\"x\""),
            Gr4002(1, "Test 'OrderTests.B()'", "\"y\""));

    [Fact]
    public Task ReasonWithQuotesAndNewLine_IsEscapedInTheMessage() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"the \\\"new\\\" API\\nlater\"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"the \\\"new\\\" API\\nlater\""));

    [Fact]
    public Task FactOfAnotherNamespace_DoesNotReport() =>
        Run(
            Xunit,
            "namespace Home { class FactAttribute : System.Attribute { public string Skip { get; set; } } class OrderTests { [Fact(Skip = \"flaky\")] public void Refund() { } } }");

    [Fact]
    public Task NoTestFrameworkReferenced_DoesNotReport() =>
        Run(
            Array.Empty<string>(),
            "class FactAttribute : System.Attribute { public string Skip { get; set; } }\nclass IgnoreAttribute : System.Attribute { public IgnoreAttribute(string r) { } }\n"
            + "class OrderTests { [Fact(Skip = \"flaky\"), Ignore(\"flaky\")] public void Refund() { } }");

    // ---- The policy's pattern ----

    [Fact]
    public Task CustomPattern_ReplacesTheDefault()
    {
        var test = Create(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"see #123\"|})] public void A() { } [Fact(Skip = \"JIRA-77\")] public void B() { } }",
            Gr4002(0, "Test 'OrderTests.A()'", "\"see #123\"", "a match for the tests.skipReference pattern 'JIRA-[0-9]+'"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.tests.skip_reference = JIRA-[0-9]+\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task PatternThatTimesOut_IsStillReported_AndSaysTheReasonWasNotChecked()
    {
        // Nested quantifiers over a reason that almost matches: exponential backtracking, stopped by the 200 ms timeout.
        // The reason is not accepted unchecked (no silent pass), and the message says why, not that it lacks a reference.
        const string Pattern = "^(\\w+\\s?)*$";
        var test = Create(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"waiting for the payments team to fix the refund flow first!\"|})] public void A() { } [Fact(Skip = \"tracked\")] public void B() { } }",
            Gr4002(
                0,
                "Test 'OrderTests.A()'",
                "\"waiting for the payments team to fix the refund flow first!\"",
                "a match for the tests.skipReference pattern '" + Pattern + "' (this reason could not be checked: the pattern ran longer than 200 ms on it, so simplify tests.skipReference)"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.tests.skip_reference = " + Pattern + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task InvalidPattern_FallsBackToTheDefault()
    {
        // The policy task reports the bad pattern as GR0001; the analyzer keeps enforcing the default meanwhile.
        var test = Create(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"flaky\"|})] public void A() { } [Fact(Skip = \"#1\")] public void B() { } }",
            Gr4002(0, "Test 'OrderTests.A()'", "\"flaky\""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.tests.skip_reference = ([unclosed\n"));
        return test.RunAsync();
    }

    // ---- NUnit ----

    [Fact]
    public Task NUnitIgnoreWithoutReference_ReportsOnTheAttribute() =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [Test, {|#0:Ignore(\"flaky\")|}] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));

    [Fact]
    public Task NUnitIgnoreWithReference_DoesNotReport() =>
        Run(NUnit, "using NUnit.Framework;\nclass OrderTests { [Test, Ignore(\"Blocked by PAY-12\")] public void Refund() { } }");

    [Fact]
    public Task NUnitIgnoreUntilADate_StillReports() =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [Test, {|#0:Ignore(\"after the release\", Until = \"2030-01-01\")|}] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"after the release\""));

    [Fact]
    public Task NUnitIgnoreOnTheFixture_ReportsEveryTestOnTheClassAttribute() =>
        Run(
            NUnit,
            "using NUnit.Framework;\n[TestFixture, {|#0:Ignore(\"rewrite\")|}]\nclass OrderTests { [Test] public void Refund() { } [Test] public void Pay() { } }",
            Gr4002(0, "Every test in 'OrderTests'", "\"rewrite\""));

    [Fact]
    public Task NUnitIgnoreOnTheAssembly_Reports() =>
        Run(
            NUnit,
            "[assembly: {|#0:NUnit.Framework.Ignore(\"not now\")|}]",
            Gr4002(0, "Every test in assembly 'TestProject'", "\"not now\""));

    [Fact]
    public Task NUnitExplicitWithoutReason_Reports() =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [Test, {|#0:Explicit|}] public void LoadTest() { } }",
            Gr4002(0, "Explicit test 'OrderTests.LoadTest()'", "none"));

    [Fact]
    public Task NUnitExplicitWithReference_DoesNotReport() =>
        Run(NUnit, "using NUnit.Framework;\nclass OrderTests { [Test, Explicit(\"Manual load test, runbook in OPS-7\")] public void LoadTest() { } }");

    [Fact]
    public Task NUnitExplicitFixture_Reports() =>
        Run(
            NUnit,
            "using NUnit.Framework;\n[{|#0:Explicit(\"slow\")|}]\nclass LoadTests { [Test] public void Spike() { } }",
            Gr4002(0, "Every test in explicit fixture 'LoadTests'", "\"slow\""));

    [Theory]
    [InlineData("Ignore")]
    [InlineData("IgnoreReason")]
    public Task NUnitTestCaseIgnored_ReportsTheCase(string property) =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [TestCase(1), TestCase(2, {|#0:" + property + " = \"flaky\"|})] public void Refund(int amount) { } }",
            Gr4002(0, "A data row of test 'OrderTests.Refund(int)'", "\"flaky\""));

    [Fact]
    public Task NUnitTestCaseIgnoredWithReference_DoesNotReport() =>
        Run(NUnit, "using NUnit.Framework;\nclass OrderTests { [TestCase(2, Ignore = \"#404\")] public void Refund(int amount) { } }");

    [Fact]
    public Task NUnitExplicitTestCase_ReportsWithItsReason() =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [TestCase(2, {|#0:Explicit = true|}, Reason = \"manual\")] public void Refund(int amount) { } }",
            Gr4002(0, "An explicit data row of test 'OrderTests.Refund(int)'", "\"manual\""));

    [Fact]
    public Task NUnitIgnoredFixtureArguments_ReportEveryTest() =>
        Run(
            NUnit,
            "using NUnit.Framework;\n[TestFixture(\"sql\"), TestFixture(\"mongo\", {|#0:IgnoreReason = \"no driver\"|})]\nclass StoreTests { public StoreTests(string store) { } [Test] public void Save() { } }",
            Gr4002(0, "Every test in 'StoreTests'", "\"no driver\""));

    [Fact]
    public Task NUnitIgnoreWithoutArgument_IsACompileErrorNotGR4002() =>
        Run(
            NUnit,
            "using NUnit.Framework;\nclass OrderTests { [Test, {|#0:Ignore|}] public void Refund() { } }",
            Verify.CompilerError("CS7036").WithLocation(0).WithArguments("reason", "NUnit.Framework.IgnoreAttribute.IgnoreAttribute(string)"));

    // ---- MSTest ----

    [Fact]
    public Task MSTestIgnoreWithoutMessage_Reports() =>
        Run(
            MSTest,
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n[TestClass] class OrderTests { [TestMethod, {|#0:Ignore|}] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "none"));

    [Fact]
    public Task MSTestIgnoreWithMessageWithoutReference_Reports() =>
        Run(
            MSTest,
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n[TestClass] class OrderTests { [TestMethod, {|#0:Ignore(\"flaky\")|}] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));

    [Fact]
    public Task MSTestIgnoreWithReference_DoesNotReport() =>
        Run(MSTest, "using Microsoft.VisualStudio.TestTools.UnitTesting;\n[TestClass] class OrderTests { [TestMethod, Ignore(\"#311\")] public void Refund() { } }");

    [Fact]
    public Task MSTestIgnoreOnTheClass_ReportsEveryTest() =>
        Run(
            MSTest,
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n[TestClass, {|#0:Ignore|}] class OrderTests { [TestMethod] public void Refund() { } }",
            Gr4002(0, "Every test in 'OrderTests'", "none"));

    [Fact]
    public Task MSTestDataRowIgnored_ReportsTheRow() =>
        Run(
            MSTest,
            "using Microsoft.VisualStudio.TestTools.UnitTesting;\n[TestClass] class OrderTests { [TestMethod, DataRow(1), DataRow(2, {|#0:IgnoreMessage = \"\"|})] public void Refund(int amount) { } }",
            Gr4002(0, "A data row of test 'OrderTests.Refund(int)'", "none"));

    [Fact]
    public Task MSTestAliasedIgnore_Reports() =>
        Run(
            MSTest,
            "using Off = Microsoft.VisualStudio.TestTools.UnitTesting.IgnoreAttribute;\nclass OrderTests { [{|#0:Off(\"flaky\")|}] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));

    // ---- Several frameworks, generated code, broken code ----

    [Fact]
    public Task AllThreeFrameworksInOneProject_ReportEach() =>
        Run(
            new[] { TestFrameworkStubs.Xunit, TestFrameworkStubs.NUnit, TestFrameworkStubs.MSTest },
            """
            class Mixed
            {
                [Xunit.Fact({|#0:Skip = "a"|})] public void A() { }
                [NUnit.Framework.Test, {|#1:NUnit.Framework.Ignore("b")|}] public void B() { }
                [{|#2:Microsoft.VisualStudio.TestTools.UnitTesting.Ignore("c")|}] public void C() { }
                [Xunit.Fact(Skip = "#1")] public void D() { }
            }
            """,
            Gr4002(0, "Test 'Mixed.A()'", "\"a\""),
            Gr4002(1, "Test 'Mixed.B()'", "\"b\""),
            Gr4002(2, "Test 'Mixed.C()'", "\"c\""));

    [Fact]
    public Task PartialFixtureAcrossTwoFiles_ReportsOnce()
    {
        var test = Create(NUnit, "[NUnit.Framework.TestFixture, {|#0:NUnit.Framework.Ignore(\"x\")|}] partial class OrderTests { }", Gr4002(0, "Every test in 'OrderTests'", "\"x\""));
        test.TestState.Sources.Add("partial class OrderTests { [NUnit.Framework.Test] public void Refund() { } }");
        return test.RunAsync();
    }

    [Fact]
    public Task AutoGeneratedHeader_StillReports()
    {
        var test = Create(
            Xunit,
            "// <auto-generated/>\nusing Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"flaky\"|})] public void Refund() { } }",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""));
        test.TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck;
        return test.RunAsync();
    }

    [Fact]
    public Task IncompleteCode_DoesNotCrash() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skip = \"flaky\"|})] public void {|#1:Refund|}( {|#2:}|}",
            Gr4002(0, "Test 'OrderTests.Refund()'", "\"flaky\""),
            Verify.CompilerError("CS0501").WithLocation(1).WithArguments("OrderTests.Refund()"),
            Verify.CompilerError("CS1002").WithLocation(2),
            Verify.CompilerError("CS1026").WithLocation(2));

    [Fact]
    public Task UnknownNamedArgument_DoesNotCrash() =>
        Run(
            Xunit,
            "using Xunit;\nclass OrderTests { [Fact({|#0:Skipped|} = \"flaky\")] public void Refund() { } }",
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("Skipped"));

    private static Task Run(string[] frameworks, string source, params DiagnosticResult[] expected) =>
        Create(frameworks, source, expected).RunAsync();

    private static Verify.Test Create(string[] frameworks, string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        foreach (var framework in frameworks)
        {
            test.TestState.Sources.Add(framework);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static DiagnosticResult Gr4002(int markupKey, string subject, string reason, string requirement = DefaultRequirement) =>
        Verify.Diagnostic(Descriptors.GR4002).WithLocation(markupKey).WithArguments(subject, reason, requirement);
}
