using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules;

/// <summary>
/// GR4001: which methods are tests, and which of their assertions run. Assertion libraries, tautologies, the policy and
/// broken code are in TestIntegrity/GR4001*Tests.cs.
/// </summary>
public class TestWithoutAssertionAnalyzerTests
{
    private const string Sut = """
        public class Order
        {
            public int Total { get; set; }
            public void Validate() { if (Total < 0) throw new System.InvalidOperationException("negative"); }
        }
        """;

    // ---- Reports ----

    [Fact]
    public Task FactWithoutAssertion_Reports() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Fact]
                public void {|#0:Create_Works|}() { var order = new Order(); }
            }
            """ + Sut,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    [Fact]
    public Task CallingValidateOnTheSystemUnderTest_Reports() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Fact]
                public void {|#0:Validate_Works|}() { new Order { Total = 3 }.Validate(); }
            }
            """ + Sut,
            Gr4001OnlyCallsCode(0, "OrderTests.Validate_Works"));

    [Fact]
    public Task HelperNamedLikeAnAssertionThatDoesNothing_Reports() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Fact]
                public void {|#0:Create_Works|}() { AssertOk(new Order()); }

                private static void AssertOk(Order order) { }
            }
            """ + Sut,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    [Fact]
    public Task ClassesNamedLikeTheFrameworksInAnotherNamespace_AreNotRecognised() =>
        VerifyAsync(
            """
            namespace Fake
            {
                public class FactAttribute : System.Attribute { }
                public static class Assert { public static void True(bool condition) { } }
            }

            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:UsesFakeAssert|}() { Fake.Assert.True(1 > 0); }

                [Fake.Fact]
                public void NotATest() { }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.UsesFakeAssert"));

    [Fact]
    public Task ExpressionBodiedTestWithoutAssertion_Reports() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}() => new Order().Validate();
            }
            """ + Sut,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    [Fact]
    public Task NestedAndGenericTestClasses_AreNamedWithTheirContainingTypes() =>
        VerifyAsync(
            """
            public class Outer
            {
                public class OrderTests<T>
                {
                    [Xunit.Fact]
                    public void {|#0:Create_Works|}() { }
                }
            }
            """,
            Gr4001(0, "Outer.OrderTests<T>.Create_Works"));

    [Fact]
    public Task SubclassOfFactAttribute_IsATest() =>
        VerifyAsync(
            """
            public sealed class IntegrationFactAttribute : Xunit.FactAttribute { }
            public class OrderTests
            {
                [IntegrationFact]
                public void {|#0:Create_Works|}() { }
            }
            """,
            Gr4001(0, "OrderTests.Create_Works"));

    [Fact]
    public Task UnconditionalThrow_IsNotAnAssertion() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Total_IsPositive|}() { new Order().Validate(); throw new System.Exception("negative"); }
            }
            """ + Sut,
            Gr4001(0, "OrderTests.Total_IsPositive"));

    // ---- Does not report ----

    [Fact]
    public Task FactWithXunitAssert_DoesNotReport() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Fact]
                public void Create_Works() { Assert.Equal(0, new Order().Total); }
            }
            """ + Sut);

    [Fact]
    public Task UsingStaticAssert_DoesNotReport() =>
        VerifyAsync(
            """
            using static Xunit.Assert;
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Equal(0, new Order().Total); }
            }
            """ + Sut);

    [Fact]
    public Task MethodThatIsNotATest_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                public void Setup() { new Order().Validate(); }
            }
            """ + Sut);

    [Fact]
    public Task CompilationWithoutTestFramework_DoesNotReport() =>
        Verifiers.CSharpAnalyzerVerifier<Analyzers.Rules.TestWithoutAssertionAnalyzer>.VerifyAnalyzerAsync(
            "public class OrderTests { public void Create_Works() { } }");

    [Fact]
    public Task SkippedFact_IsLeftToGR4002() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact(Skip = "Flaky on CI, PAY-12")]
                public void Create_Works() { }

                [Xunit.Fact(Skip = "")]
                public void {|#0:EmptySkipRuns|}() { }
            }
            """,
            Gr4001(0, "OrderTests.EmptySkipRuns"));

    [Fact]
    public Task AbstractTestMethod_HasNoBodyAndDoesNotReport() =>
        VerifyAsync(
            """
            public abstract class OrderTestsBase
            {
                [Xunit.Fact]
                public abstract void Create_Works();
            }
            """);

    // ---- Helpers in the same compilation ----

    [Fact]
    public Task HelperTwoCallsDeepThatAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Fact]
                public void Create_Works() { Check(new Order()); }

                private static void Check(Order order) => CheckTotal(order.Total);
                private static void CheckTotal(int total) => Assert.Equal(0, total);
            }
            """ + Sut);

    [Fact]
    public Task HelperThreeCallsDeepThatAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Level1(); }

                private static void Level1() => Level2();
                private static void Level2() => Level3();
                private static void Level3() => Xunit.Assert.True(System.Environment.ProcessorCount > 0);
            }
            """);

    [Fact]
    public Task HelperFourCallsDeepThatAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Level1(); }

                private static void Level1() => Level2();
                private static void Level2() => Level3();
                private static void Level3() => Level4();
                private static void Level4() => Xunit.Assert.True(System.Environment.ProcessorCount > 0);
            }
            """);

    [Fact]
    public Task RecursiveHelpersWithoutAssertion_TerminateAndReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}() { Ping(3); }

                private static void Ping(int n) { if (n > 0) Pong(n - 1); Ping(n); }
                private static void Pong(int n) { if (n > 0) Ping(n - 1); }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    [Fact]
    public Task RecursiveHelperThatAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { Countdown(3); }

                private static void Countdown(int n) { if (n == 0) { Xunit.Assert.True(n == 0); return; } Countdown(n - 1); }
            }
            """);

    [Fact]
    public Task HelperInAnotherClassAndFile_DoesNotReport()
    {
        var test = Create(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { new OrderAssertions(new Order()).HasTotal(0); }
            }
            """ + Sut);
        test.TestState.Sources.Add((
            "OrderAssertions.cs",
            "public sealed class OrderAssertions { private readonly Order _order; public OrderAssertions(Order order) { _order = order; } public void HasTotal(int total) => Xunit.Assert.Equal(total, _order.Total); }"));
        return test.RunAsync();
    }

    [Fact]
    public Task GenericExtensionHelperThatAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            public static class OrderChecks
            {
                public static void ShouldHaveTotal<T>(this T order, int total) where T : Order => Xunit.Assert.Equal(total, order.Total);
            }

            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works() { new Order().ShouldHaveTotal(0); }
            }
            """ + Sut);

    // ---- Lambdas and local functions ----

    [Fact]
    public Task AssertionOnlyInALambdaNeverInvoked_Reports() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}()
                {
                    var order = new Order();
                    System.Action check = () => Xunit.Assert.Equal(0, order.Total);
                }
            }
            """ + Sut,
            Gr4001(0, "OrderTests.Create_Works"));

    [Fact]
    public Task AssertionInALambdaHeldInALocalAndInvoked_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works()
                {
                    var order = new Order();
                    System.Action check = () => Xunit.Assert.Equal(0, order.Total);
                    check?.Invoke();
                }
            }
            """ + Sut);

    [Fact]
    public Task AssertAllWithAnAssertingLambda_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Totals_ArePositive() { var xs = new[] { 1, 2 }; Xunit.Assert.All(xs, x => Xunit.Assert.True(x > 0)); }
            }
            """);

    [Fact]
    public Task AssertionInALambdaPassedToAnyCall_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Totals_ArePositive()
                {
                    System.Threading.Tasks.Parallel.ForEach(new[] { 1, 2 }, x => { Xunit.Assert.True(x > 0); });
                }
            }
            """);

    [Fact]
    public Task AssertionMethodGroupPassedToACall_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Items_AreNotNull() { new System.Collections.Generic.List<object> { 1 }.ForEach(Xunit.Assert.NotNull); }
            }
            """);

    [Fact]
    public Task LocalFunctionThatAssertsAndIsCalled_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works()
                {
                    Check(new Order());
                    static void Check(Order order) => Xunit.Assert.Equal(0, order.Total);
                }
            }
            """ + Sut);

    [Fact]
    public Task LocalFunctionThatAssertsButIsNeverCalled_Reports() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}()
                {
                    var order = new Order();
                    static void Check(Order order) => Xunit.Assert.Equal(0, order.Total);
                }
            }
            """ + Sut,
            Gr4001(0, "OrderTests.Create_Works"));

    [Fact]
    public Task RecursiveLocalFunctions_Terminate() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}()
                {
                    A(2);
                    void A(int n) { if (n > 0) B(n - 1); }
                    void B(int n) { A(n); }
                }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"));

    // ---- Async tests and theories ----

    [Fact]
    public Task AsyncTestThatAwaitsAndAsserts_DoesNotReport() =>
        VerifyAsync(
            """
            using System.Threading.Tasks;
            public class OrderTests
            {
                [Xunit.Fact]
                public async Task Load_Works() { var total = await Task.FromResult(3); Xunit.Assert.Equal(3, total); }

                [Xunit.Fact]
                public async Task Load_Throws() { await Xunit.Assert.ThrowsAsync<System.InvalidOperationException>(() => Task.CompletedTask); }
            }
            """);

    [Fact]
    public Task AsyncTestThatOnlyAwaits_Reports() =>
        VerifyAsync(
            """
            using System.Threading.Tasks;
            public class OrderTests
            {
                [Xunit.Fact]
                public async Task {|#0:Load_Works|}() { await Task.Delay(1); }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Load_Works", isAsync: true));

    [Fact]
    public Task TheoryWithInlineData_ReportsOnlyTheOneWithoutAssertion() =>
        VerifyAsync(
            """
            using Xunit;
            public class OrderTests
            {
                [Theory]
                [InlineData(1)]
                [InlineData(2)]
                public void Total_IsKept(int total) { Assert.Equal(total, new Order { Total = total }.Total); }

                [Theory]
                [InlineData(1)]
                public void {|#0:Total_IsValid|}(int total) { new Order { Total = total }.Validate(); }
            }
            """ + Sut,
            Gr4001OnlyCallsCode(0, "OrderTests.Total_IsValid"));

    [Fact]
    public Task TestInheritedFromAnAbstractBase_ReportsOnceOnTheBase() =>
        VerifyAsync(
            """
            public abstract class RepositoryTests
            {
                [Xunit.Fact]
                public void {|#0:Save_Works|}() { CreateRepository(); }

                protected abstract object CreateRepository();
            }

            public class SqlRepositoryTests : RepositoryTests { protected override object CreateRepository() => new object(); }
            public class MemoryRepositoryTests : RepositoryTests { protected override object CreateRepository() => new object(); }
            """,
            Gr4001OnlyCallsCode(0, "RepositoryTests.Save_Works"));

    [Fact]
    public Task AbstractAssertionHookOverriddenWithAnAssertion_DoesNotReport() =>
        VerifyAsync(
            """
            public abstract class RepositoryTests
            {
                [Xunit.Fact]
                public void Save_Works() { AssertSaved(System.Environment.ProcessorCount); }

                protected abstract void AssertSaved(int count);
            }

            public class SqlRepositoryTests : RepositoryTests
            {
                protected override void AssertSaved(int count) => Xunit.Assert.Equal(4, count);
            }
            """);

    [Fact]
    public Task AbstractHookWhoseOverridesDoNotAssert_Reports() =>
        VerifyAsync(
            """
            public abstract class RepositoryTests
            {
                [Xunit.Fact]
                public void {|#0:Save_Works|}() { AssertSaved(); }

                protected virtual void AssertSaved() { }
            }

            public class SqlRepositoryTests : RepositoryTests
            {
                protected override void AssertSaved() => System.Console.WriteLine("saved");
            }
            """,
            Gr4001OnlyCallsCode(0, "RepositoryTests.Save_Works"));

    [Fact]
    public Task OverrideOfATestMethod_IsStillATest() =>
        VerifyAsync(
            """
            public abstract class RepositoryTests
            {
                [Xunit.Fact]
                public virtual void Save_Works() { Xunit.Assert.True(System.Environment.ProcessorCount > 0); }
            }

            public class SqlRepositoryTests : RepositoryTests
            {
                public override void {|#0:Save_Works|}() { }
            }
            """,
            Gr4001(0, "SqlRepositoryTests.Save_Works"));

    // ---- Generated code ----

    [Fact]
    public Task AutoGeneratedFile_IsStillAnalysed()
    {
        var test = Create(
            """
            // <auto-generated/>
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}() { }
            }
            """,
            Gr4001(0, "OrderTests.Create_Works"));
        test.TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck;
        return test.RunAsync();
    }
}
