using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>GR4001 with NUnit, MSTest and the assertion and mocking libraries.</summary>
public class GR4001LibraryTests
{
    // ---- NUnit ----

    [Fact]
    public Task NUnitAssertThat_DoesNotReport() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [Test]
                public void Total_IsPositive() { Assert.That(System.Environment.ProcessorCount, Is.Positive); }

                [TestCase(1)]
                [TestCase(2)]
                public void Total_IsKept(int total) { Assert.That(total, Is.EqualTo(total)); }

                [TestCaseSource("Cases")]
                public void Totals_AreNotEmpty(int[] totals) { CollectionAssert.IsNotEmpty(totals); }
            }
            """);

    [Fact]
    public Task NUnitAssumeOnly_Reports() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [Test]
                public void {|#0:Total_IsPositive|}() { Assume.That(System.Environment.ProcessorCount, Is.Positive); }
            }
            """,
            Gr4001(0, "OrderTests.Total_IsPositive"));

    /// <summary>In NUnit these carry [DoesNotReturn] or [DoesNotReturnIf], as in the stubs; they end or skip the test, checking nothing.</summary>
    [Theory]
    [InlineData("Assert.Pass();")]
    [InlineData("Assert.Ignore(\"later\");")]
    [InlineData("Assume.That(System.Environment.ProcessorCount > 0);")]
    [InlineData("Warn.If(System.Environment.ProcessorCount == 0);")]
    public Task NUnitPassIgnoreAssumeOrWarnAlone_Reports(string statement) =>
        VerifyAsync(
            "using NUnit.Framework; public class OrderTests { [Test] public void {|#0:Total_IsPositive|}() { " + statement + " } }",
            Gr4001(0, "OrderTests.Total_IsPositive"));

    [Fact]
    public Task NUnitTestCaseWithoutAssertion_Reports() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [TestCase(1)]
                public void {|#0:Total_IsKept|}(int total) { }
            }
            """,
            Gr4001(0, "OrderTests.Total_IsKept"));

    [Fact]
    public Task NUnitAssertMultiple_CountsOnlyTheAssertionsInside() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [Test]
                public void Totals_Check() { Assert.Multiple(() => { Assert.That(System.Environment.ProcessorCount, Is.Positive); }); }

                [Test]
                public void {|#0:Nothing_Inside|}() { Assert.Multiple(() => { }); }
            }
            """,
            Gr4001(0, "OrderTests.Nothing_Inside"));

    [Fact]
    public Task NUnitAssertThrows_DoesNotReport() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [Test]
                public void Parse_Throws() { Assert.Throws<System.FormatException>(() => int.Parse("x")); }
            }
            """);

    [Fact]
    public Task NUnitIgnoredTestOrFixture_IsLeftToGR4002() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class OrderTests
            {
                [Test, Ignore("PAY-7")]
                public void Create_Works() { }
            }

            [Ignore("PAY-8")]
            public class PaymentTests
            {
                [Test]
                public void Pay_Works() { }
            }
            """);

    // ---- MSTest ----

    [Fact]
    public Task MSTestAssert_DoesNotReport() =>
        VerifyAsync(
            """
            using Microsoft.VisualStudio.TestTools.UnitTesting;
            [TestClass]
            public class OrderTests
            {
                [TestMethod]
                public void Total_IsKept() { Assert.AreEqual(3, System.Environment.ProcessorCount); }

                [DataTestMethod]
                [DataRow(1)]
                public void Total_IsPositive(int total) { Assert.IsTrue(total > 0); }
            }
            """);

    [Fact]
    public Task MSTestExpectedException_DoesNotReport() =>
        VerifyAsync(
            """
            using Microsoft.VisualStudio.TestTools.UnitTesting;
            [TestClass]
            public class OrderTests
            {
                [TestMethod]
                [ExpectedException(typeof(System.FormatException))]
                public void Parse_Throws() { int.Parse("x"); }
            }
            """);

    [Fact]
    public Task MSTestWithoutAssertionOrOnlyInconclusive_Reports() =>
        VerifyAsync(
            """
            using Microsoft.VisualStudio.TestTools.UnitTesting;
            [TestClass]
            public class OrderTests
            {
                [TestMethod]
                public void {|#0:Parse_Works|}() { int.Parse("1"); }

                [DataTestMethod]
                [DataRow(1)]
                public void {|#1:Later|}(int total) { Assert.Inconclusive(); }

                [TestMethod, Ignore]
                public void Ignored() { }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Parse_Works"),
            Gr4001(1, "OrderTests.Later"));

    // ---- FluentAssertions and Shouldly ----

    [Fact]
    public Task FluentAssertionsShouldBe_DoesNotReport() =>
        VerifyAsync(
            """
            using FluentAssertions;
            public class OrderTests
            {
                [Xunit.Fact]
                public void Total_IsKept() { System.Environment.ProcessorCount.Should().Be(1); }
            }
            """);

    [Fact]
    public Task FluentAssertionsBareShould_Reports() =>
        VerifyAsync(
            """
            using FluentAssertions;
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Total_IsKept|}() { System.Environment.ProcessorCount.Should(); }
            }
            """,
            Gr4001(0, "OrderTests.Total_IsKept"));

    [Fact]
    public Task Shouldly_DoesNotReport() =>
        VerifyAsync(
            """
            using Shouldly;
            public class OrderTests
            {
                [Xunit.Fact]
                public void Total_IsKept() { System.Environment.ProcessorCount.ShouldBe(1); }

                [Xunit.Fact]
                public void Parse_Throws() { Should.Throw<System.FormatException>(() => int.Parse("x")); }
            }
            """);

    // ---- Mocks and snapshots ----

    [Fact]
    public Task MoqVerify_DoesNotReport() =>
        VerifyAsync(
            """
            using Moq;
            public interface IMailer { void Send(string to); }
            public class OrderTests
            {
                [Xunit.Fact]
                public void Sends_Mail() { var mailer = new Mock<IMailer>(); mailer.Object.Send("a"); mailer.Verify(m => m.Send("a")); }

                [Xunit.Fact]
                public void Sends_Nothing_Else() { var mailer = new Mock<IMailer>(); mailer.VerifyNoOtherCalls(); }
            }
            """);

    [Fact]
    public Task RoslynAnalyzerTestRunAsync_DoesNotReport_ButBuildingATestWithoutRunningItDoes() =>
        VerifyAsync(
            """
            using Microsoft.CodeAnalysis.Testing;
            public class MyAnalyzerTest : AnalyzerTest<DefaultVerifier> { }
            public class AnalyzerTests
            {
                [Xunit.Fact]
                public async System.Threading.Tasks.Task Reports() => await new MyAnalyzerTest { TestCode = "class C { }" }.RunAsync();

                [Xunit.Fact]
                public void {|#0:NeverRuns|}() { var test = new MyAnalyzerTest { TestCode = "class C { }" }; }
            }
            """,
            Gr4001OnlyCallsCode(0, "AnalyzerTests.NeverRuns"));

    [Fact]
    public Task CsCheckSampleWithAProperty_DoesNotReport() =>
        VerifyAsync(
            """
            using CsCheck;
            public class PropertyTests
            {
                [Xunit.Fact]
                public void Addition_Commutes() => new Gen<int>().Sample(x => x + 1 == 1 + x);
            }
            """);

    [Fact]
    public Task MoqSetupWithoutVerify_Reports() =>
        VerifyAsync(
            """
            using Moq;
            public interface IMailer { void Send(string to); }
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Sends_Mail|}() { var mailer = new Mock<IMailer>(); mailer.Setup(m => m.Send("a")); mailer.Object.Send("a"); }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Sends_Mail"));

    [Fact]
    public Task NSubstituteReceivedFollowedByACall_DoesNotReport() =>
        VerifyAsync(
            """
            using NSubstitute;
            public interface IMailer { void Send(string to); string LastTo { get; } }
            public class OrderTests
            {
                [Xunit.Fact]
                public void Sends_Mail() { var mailer = Substitute.For<IMailer>(); mailer.Send("a"); mailer.Received().Send("a"); }

                [Xunit.Fact]
                public void Reads_Property() { var mailer = Substitute.For<IMailer>(); _ = mailer.DidNotReceive().LastTo; }
            }
            """);

    [Fact]
    public Task NSubstituteReceivedAlone_Reports() =>
        VerifyAsync(
            """
            using NSubstitute;
            public interface IMailer { void Send(string to); }
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Sends_Mail|}() { var mailer = Substitute.For<IMailer>(); mailer.Received(); }
            }
            """,
            Gr4001(0, "OrderTests.Sends_Mail"));

    [Fact]
    public Task VerifySnapshot_DoesNotReport() =>
        VerifyAsync(
            """
            using System.Threading.Tasks;
            using static VerifyXunit.Verifier;
            public class OrderTests
            {
                [Xunit.Fact]
                public Task Order_MatchesSnapshot() => Verify(new { Total = 3 });
            }
            """);
}
