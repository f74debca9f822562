using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>GR4001: the project's own assertions, named in the policy or marked by a contract attribute.</summary>
public class GR4001PolicyTests
{
    private const string Contoso = """
        namespace Contoso
        {
            public static class Expect
            {
                public static void Valid(object value) { }
                public static void Valid(string value) { }
            }
            public static class Check
            {
                public static void That(bool condition) { }
                public static void That(bool condition, string message) { }
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class AssertionMethodAttribute : System.Attribute { }
            public static class Domain
            {
                [AssertionMethod] public static void IsBalanced(int[] ledger) { }
            }
        }
        """;

    private const string Policy =
        "guardrails.tests.assertion_methods = M:Contoso.Expect.Valid(System.Object)|Contoso.Check.That\n"
        + "guardrails.tests.assertion_attributes = Contoso.AssertionMethodAttribute";

    [Fact]
    public Task PolicyMethodByDocumentationId_DoesNotReport() =>
        VerifyWithPolicyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { Contoso.Expect.Valid(new object()); } }\n" + Contoso,
            Policy);

    [Fact]
    public Task OtherOverloadOfADocumentationIdEntry_Reports() =>
        VerifyWithPolicyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Create_Works|}() { Contoso.Expect.Valid(\"order\"); } }\n" + Contoso,
            Policy,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    [Fact]
    public Task PolicyMethodByTypeAndName_CoversEveryOverload() =>
        VerifyWithPolicyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact] public void One() { Contoso.Check.That(System.Environment.ProcessorCount > 0); }
                [Xunit.Fact] public void Two() { Contoso.Check.That(System.Environment.ProcessorCount > 0, "cpus"); }
            }
            """ + Contoso,
            Policy);

    [Fact]
    public Task PolicyAssertionAttribute_DoesNotReport() =>
        VerifyWithPolicyAsync(
            "public class OrderTests { [Xunit.Fact] public void Ledger_Balances() { Contoso.Domain.IsBalanced(new[] { 1, -1 }); } }\n" + Contoso,
            Policy);

    [Fact]
    public Task SameHelpersWithoutThePolicy_Report() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact] public void {|#0:One|}() { Contoso.Expect.Valid(new object()); }
                [Xunit.Fact] public void {|#1:Two|}() { Contoso.Check.That(System.Environment.ProcessorCount > 0); }
                [Xunit.Fact] public void {|#2:Three|}() { Contoso.Domain.IsBalanced(new[] { 1, -1 }); }
            }
            """ + Contoso,
            Gr4001OnlyCallsCode(0, "OrderTests.One"),
            Gr4001OnlyCallsCode(1, "OrderTests.Two"),
            Gr4001OnlyCallsCode(2, "OrderTests.Three"));

    // ---- Nullable-analysis contracts ----

    [Fact]
    public Task HelperWithDoesNotReturnIfParameter_DoesNotReport() =>
        VerifyAsync(
            """
            using System.Diagnostics.CodeAnalysis;
            public static class Guard
            {
                public static void Require([DoesNotReturnIf(false)] bool condition) { if (!condition) throw new System.Exception("failed"); }
            }
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Guard.Require(System.Environment.ProcessorCount > 0); }
            }
            """);

    [Fact]
    public Task HelperWithDoesNotReturn_DoesNotReport() =>
        VerifyAsync(
            """
            using System.Diagnostics.CodeAnalysis;
            public static class Guard
            {
                [DoesNotReturn] public static void Fail(string message) => throw new System.Exception(message);
            }
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { if (System.Environment.ProcessorCount == 0) Guard.Fail("no cpu"); }
            }
            """);

    [Theory]
    [InlineData("System.Diagnostics.Debug.Assert(System.Environment.ProcessorCount > 0);")]
    [InlineData("System.Diagnostics.Trace.Assert(System.Environment.ProcessorCount > 0);")]
    [InlineData("System.ObjectDisposedException.ThrowIf(System.Environment.ProcessorCount == 0, new object());")]
    public Task FrameworkGuards_AreNotAssertions(string guard) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Create_Works|}() { " + guard + " } }",
            Gr4001(0, "OrderTests.Create_Works"));
}
