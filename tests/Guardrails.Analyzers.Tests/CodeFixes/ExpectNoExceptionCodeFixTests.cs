using Guardrails.Analyzers.Rules.TestIntegrity;
using Guardrails.Analyzers.Tests.Rules.TestIntegrity;
using Guardrails.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Guardrails.Analyzers.Rules.TestWithoutAssertionAnalyzer,
    Guardrails.CodeFixes.ExpectNoExceptionCodeFix>;

namespace Guardrails.Analyzers.Tests.CodeFixes;

/// <summary>
/// GR4001's fix for a test that only calls code: the expectation "does not throw", in the project's framework or
/// assertion library. The fixed code is compiled against the same stubs and must be free of GR4001, so each test also
/// checks that the rule accepts what the fix writes. The verifier runs Fix All (document, project, solution) too.
/// </summary>
public class ExpectNoExceptionCodeFixTests
{
    private const string Sut = """

        public class AuditTrail
        {
            public void Record(string entry) { }
            public System.Threading.Tasks.Task FlushAsync() => System.Threading.Tasks.Task.CompletedTask;
            public System.Threading.Tasks.ValueTask CloseAsync() => default;
        }
        """;

    private static readonly string[] Xunit = { TestFrameworkStubs.Xunit };
    private static readonly string[] NUnit = { TestFrameworkStubs.NUnit };
    private static readonly string[] MSTest = { TestFrameworkStubs.MSTest };
    private static readonly string[] XunitWithFluentAssertions = { TestFrameworkStubs.Xunit, GR4001Stubs.FluentAssertions };
    private static readonly string[] NUnitWithShouldly = { TestFrameworkStubs.NUnit, GR4001Stubs.Shouldly };

    // ---- xUnit ----

    [Fact]
    public Task Xunit_WrapsTheActInRecordException_AndKeepsTheArrangeOutside() =>
        VerifyFixAsync(
            Xunit,
            """
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void {|#0:Record_DoesNotThrow|}()
                {
                    var trail = new AuditTrail();
                    trail.Record("created");
                }
            }
            """,
            """
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void Record_DoesNotThrow()
                {
                    var trail = new AuditTrail();
                    Assert.Null(Record.Exception(() => trail.Record("created")));
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.Xunit));

    [Fact]
    public Task Xunit_AsyncTest_AwaitsRecordExceptionAsync() =>
        VerifyFixAsync(
            Xunit,
            """
            using System.Threading.Tasks;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public async Task {|#0:Flush_DoesNotThrow|}()
                {
                    var trail = new AuditTrail();
                    trail.Record("created");
                    await trail.FlushAsync();
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public async Task Flush_DoesNotThrow()
                {
                    var trail = new AuditTrail();
                    Assert.Null(await Record.ExceptionAsync(async () =>
                    {
                        trail.Record("created");
                        await trail.FlushAsync();
                    }));
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Flush_DoesNotThrow", NoExceptionStyle.Xunit, isAsync: true));

    [Fact]
    public Task Xunit_ExpressionBodiedTest_StaysExpressionBodied() =>
        VerifyFixAsync(
            Xunit,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_DoesNotThrow|}() => new AuditTrail().Record("created");
            }
            """,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void Record_DoesNotThrow() => Xunit.Assert.Null(Xunit.Record.Exception(() => new AuditTrail().Record("created")));
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.Xunit));

    [Fact]
    public Task Xunit_ExpressionBodiedTaskTest_BecomesAsync() =>
        VerifyFixAsync(
            Xunit,
            """
            using System.Threading.Tasks;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public Task {|#0:Flush_DoesNotThrow|}() => new AuditTrail().FlushAsync();
            }
            """,
            """
            using System.Threading.Tasks;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public async Task Flush_DoesNotThrow() => Assert.Null(await Record.ExceptionAsync(() => new AuditTrail().FlushAsync()));
            }
            """,
            Diagnostic(0, "AuditTrailTests.Flush_DoesNotThrow", NoExceptionStyle.Xunit, isAsync: true));

    [Fact]
    public Task Xunit_ConstructorOnlyTest_WrapsTheConstruction() =>
        VerifyFixAsync(
            Xunit,
            """
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void {|#0:Create_Works|}()
                {
                    var trail = new AuditTrail();
                }
            }
            """,
            """
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void Create_Works()
                {
                    Assert.Null(Record.Exception(() => new AuditTrail()));
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Create_Works", NoExceptionStyle.Xunit));

    // ---- NUnit ----

    [Fact]
    public Task NUnit_WrapsTheActInDoesNotThrow() =>
        VerifyFixAsync(
            NUnit,
            """
            using NUnit.Framework;

            public class AuditTrailTests
            {
                [Test]
                public void {|#0:Record_DoesNotThrow|}()
                {
                    var trail = new AuditTrail();
                    trail.Record("created");
                    trail.Record("updated");
                }
            }
            """,
            """
            using NUnit.Framework;

            public class AuditTrailTests
            {
                [Test]
                public void Record_DoesNotThrow()
                {
                    var trail = new AuditTrail();
                    Assert.DoesNotThrow(() =>
                    {
                        trail.Record("created");
                        trail.Record("updated");
                    });
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.NUnit));

    [Fact]
    public Task NUnit_AsyncTest_UsesDoesNotThrowAsyncAndBecomesVoid() =>
        VerifyFixAsync(
            NUnit,
            """
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class AuditTrailTests
            {
                [Test]
                public async Task {|#0:Close_DoesNotThrow|}()
                {
                    await new AuditTrail().CloseAsync();
                }
            }
            """,
            """
            using System.Threading.Tasks;
            using NUnit.Framework;

            public class AuditTrailTests
            {
                [Test]
                public void Close_DoesNotThrow()
                {
                    Assert.DoesNotThrowAsync(async () => await new AuditTrail().CloseAsync());
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Close_DoesNotThrow", NoExceptionStyle.NUnit, isAsync: true));

    // ---- MSTest ----

    [Fact]
    public Task MSTest_WrapsTheActInTryCatchWithAssertFail() =>
        VerifyFixAsync(
            MSTest,
            """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class AuditTrailTests
            {
                [TestMethod]
                public void {|#0:Record_DoesNotThrow|}()
                {
                    var trail = new AuditTrail();
                    trail.Record("created");
                }
            }
            """,
            """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class AuditTrailTests
            {
                [TestMethod]
                public void Record_DoesNotThrow()
                {
                    var trail = new AuditTrail();
                    try
                    {
                        trail.Record("created");
                    }
                    catch (System.Exception exception)
                    {
                        Assert.Fail($"Expected no exception, but got {exception}");
                    }
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.MSTest));

    [Fact]
    public Task MSTest_ExpressionBodiedTaskTest_BecomesAnAsyncBlock() =>
        VerifyFixAsync(
            MSTest,
            """
            using System;
            using System.Threading.Tasks;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class AuditTrailTests
            {
                [TestMethod]
                public Task {|#0:Flush_DoesNotThrow|}() => new AuditTrail().FlushAsync();
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class AuditTrailTests
            {
                [TestMethod]
                public async Task Flush_DoesNotThrow()
                {
                    try
                    {
                        await new AuditTrail().FlushAsync();
                    }
                    catch (Exception exception)
                    {
                        Assert.Fail($"Expected no exception, but got {exception}");
                    }
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Flush_DoesNotThrow", NoExceptionStyle.MSTest, isAsync: true));

    // ---- Assertion libraries are preferred ----

    [Fact]
    public Task FluentAssertions_IsPreferredOverXunit_AndItsUsingIsAdded() =>
        VerifyFixAsync(
            XunitWithFluentAssertions,
            """
            using System;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void {|#0:Record_DoesNotThrow|}()
                {
                    var trail = new AuditTrail();
                    trail.Record("created");
                }
            }
            """,
            """
            using System;
            using FluentAssertions;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public void Record_DoesNotThrow()
                {
                    var trail = new AuditTrail();
                    Action act = () => trail.Record("created");
                    act.Should().NotThrow();
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.FluentAssertions));

    [Fact]
    public Task FluentAssertions_AsyncTest_AwaitsNotThrowAsync() =>
        VerifyFixAsync(
            XunitWithFluentAssertions,
            """
            using System;
            using System.Threading.Tasks;
            using FluentAssertions;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public async Task {|#0:Flush_DoesNotThrow|}()
                {
                    await new AuditTrail().FlushAsync();
                }
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using FluentAssertions;
            using Xunit;

            public class AuditTrailTests
            {
                [Fact]
                public async Task Flush_DoesNotThrow()
                {
                    Func<Task> act = () => new AuditTrail().FlushAsync();
                    await act.Should().NotThrowAsync();
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Flush_DoesNotThrow", NoExceptionStyle.FluentAssertions, isAsync: true));

    [Fact]
    public Task Shouldly_IsPreferredOverNUnit() =>
        VerifyFixAsync(
            NUnitWithShouldly,
            """
            using System.Threading.Tasks;
            using NUnit.Framework;
            using Shouldly;

            public class AuditTrailTests
            {
                [Test]
                public void {|#0:Record_DoesNotThrow|}() => new AuditTrail().Record("created");

                [Test]
                public async Task {|#1:Flush_DoesNotThrow|}() => await new AuditTrail().FlushAsync();
            }
            """,
            """
            using System.Threading.Tasks;
            using NUnit.Framework;
            using Shouldly;

            public class AuditTrailTests
            {
                [Test]
                public void Record_DoesNotThrow() => Should.NotThrow(() => new AuditTrail().Record("created"));

                [Test]
                public async Task Flush_DoesNotThrow() => await Should.NotThrowAsync(() => new AuditTrail().FlushAsync());
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.Shouldly),
            Diagnostic(1, "AuditTrailTests.Flush_DoesNotThrow", NoExceptionStyle.Shouldly, isAsync: true));

    // ---- Fix All ----

    /// <summary>The verifier applies the fix one diagnostic at a time and with Fix All in document, project and solution; all must agree.</summary>
    [Fact]
    public Task FixAll_FixesEveryTestInTheDocument_AndAddsTheUsingOnce() =>
        VerifyFixAsync(
            XunitWithFluentAssertions,
            """
            using System;

            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_DoesNotThrow|}() => new AuditTrail().Record("created");

                [Xunit.Fact]
                public void {|#1:Create_Works|}()
                {
                    var trail = new AuditTrail();
                }
            }
            """,
            """
            using System;
            using FluentAssertions;

            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void Record_DoesNotThrow()
                {
                    Action act = () => new AuditTrail().Record("created");
                    act.Should().NotThrow();
                }

                [Xunit.Fact]
                public void Create_Works()
                {
                    Action act = () => new AuditTrail();
                    act.Should().NotThrow();
                }
            }
            """,
            Diagnostic(0, "AuditTrailTests.Record_DoesNotThrow", NoExceptionStyle.FluentAssertions),
            Diagnostic(1, "AuditTrailTests.Create_Works", NoExceptionStyle.FluentAssertions));

    // ---- No fix ----

    [Fact]
    public Task EmptyTest_IsReportedWithoutAFix() =>
        VerifyFixAsync(
            Xunit,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_Works|}() { }
            }
            """,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_Works|}() { }
            }
            """,
            Verify.Diagnostic(Descriptors.GR4001).WithLocation(0).WithArguments("AuditTrailTests.Record_Works", NoExceptionExpectation.AssertsNothing));

    [Fact]
    public Task TestWithATautology_IsNotWrappedInDoesNotThrow() =>
        VerifyFixAsync(
            Xunit,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_Works|}() { new AuditTrail().Record("x"); Xunit.Assert.True(true); }
            }
            """,
            """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_Works|}() { new AuditTrail().Record("x"); Xunit.Assert.True(true); }
            }
            """,
            Verify.Diagnostic(Descriptors.GR4001).WithLocation(0).WithArguments("AuditTrailTests.Record_Works", NoExceptionExpectation.AssertsNothing));

    [Fact]
    public Task FrameworkWithoutADoesNotThrowForm_GetsTheMessageWithoutAFix()
    {
        // An xUnit without Record (not a real one, but the shape of an unknown framework version): no style, no fix.
        var xunitWithoutRecord = TestFrameworkStubs.Xunit.Replace("public static class Record", "internal static class RecordHidden");
        var source = """
            public class AuditTrailTests
            {
                [Xunit.Fact]
                public void {|#0:Record_DoesNotThrow|}() => new AuditTrail().Record("created");
            }
            """;
        return VerifyFixAsync(
            [xunitWithoutRecord],
            source,
            source,
            Verify.Diagnostic(Descriptors.GR4001).WithLocation(0).WithArguments("AuditTrailTests.Record_DoesNotThrow", NoExceptionExpectation.OnlyCallsCodeMessage(null, false)));
    }

    [Fact]
    public void EquivalenceKey_IsAConstant() =>
        Assert.Equal("Guardrails.ExpectNoException", ExpectNoExceptionCodeFix.EquivalenceKey);

    private static DiagnosticResult Diagnostic(int markupKey, string testName, NoExceptionStyle style, bool isAsync = false) =>
        Verify.Diagnostic(Descriptors.GR4001).WithLocation(markupKey).WithArguments(testName, NoExceptionExpectation.OnlyCallsCodeMessage(style, isAsync));

    private static Task VerifyFixAsync(string[] stubs, string source, string fixedSource, params DiagnosticResult[] expected) =>
        CreateTest(stubs, source, fixedSource, expected).RunAsync();

    private static Verify.Test CreateTest(string[] stubs, string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test
        {
            TestCode = source + Sut,
            FixedCode = fixedSource + Sut,
            CodeActionEquivalenceKey = ExpectNoExceptionCodeFix.EquivalenceKey,
        };
        for (var i = 0; i < stubs.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Stub{i}.cs", stubs[i]));
            test.FixedState.Sources.Add(($"/0/Stub{i}.cs", stubs[i]));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        if (source == fixedSource)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(expected);
        }

        return test;
    }
}
