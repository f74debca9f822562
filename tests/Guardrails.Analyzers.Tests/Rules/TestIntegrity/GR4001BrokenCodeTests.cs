using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>GR4001 on code that does not compile: no crash (AD0001 would fail these tests), no guess that it asserts nothing.</summary>
public class GR4001BrokenCodeTests
{
    [Fact]
    public Task CallToAnUnknownMethod_MightBeAnAssertionAndDoesNotReport() =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { {|#0:ExpectValid|}(1); } }",
            DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("ExpectValid"));

    [Fact]
    public Task CallOnAnUnknownType_DoesNotReport() =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { {|#0:Should|}.Equal(1, 1); } }",
            DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("Should"));

    [Fact]
    public Task HelperThatDoesNotCompile_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Check(); }

                private static void Check() { {|#0:Missing|}.Assert(); }
            }
            """,
            DiagnosticResult.CompilerError("CS0103").WithLocation(0).WithArguments("Missing"));

    [Fact]
    public Task UnresolvedTestAttribute_IsNotATest() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [{|#0:Fact|}]
                public void Create_Works() { }
            }
            """,
            DiagnosticResult.CompilerError("CS0246").WithLocation(0).WithArguments("FactAttribute"),
            DiagnosticResult.CompilerError("CS0246").WithLocation(0).WithArguments("Fact"));

    [Fact]
    public Task IncompleteTestMethod_DoesNotCrash() =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { Xunit.Assert.Equal(1, {|#0:)|}; } }",
            DiagnosticResult.CompilerError("CS1525").WithLocation(0).WithArguments(")"));

    [Fact]
    public Task DynamicCall_MightBeAnAssertionAndDoesNotReport() =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { dynamic checker = new object(); checker.Verify(1); } }");

    [Fact]
    public Task DeeplyNestedExpression_DoesNotOverflow()
    {
        var sum = string.Join(" + ", Enumerable.Repeat("x", 3000));
        return VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Sum_Works|}() { var x = System.Environment.ProcessorCount; var total = " + sum + "; } }",
            Gr4001(0, "OrderTests.Sum_Works"));
    }
}
