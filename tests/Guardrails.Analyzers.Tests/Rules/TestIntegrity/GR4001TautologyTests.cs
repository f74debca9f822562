using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>GR4001: assertions that cannot fail, and assertions whose failure is swallowed, count as none.</summary>
public class GR4001TautologyTests
{
    [Theory]
    [InlineData("Xunit.Assert.True(true);")]
    [InlineData("Xunit.Assert.True(true, \"always\");")]
    [InlineData("Xunit.Assert.True(1 + 1 == 2);")]
    [InlineData("Xunit.Assert.False(false);")]
    [InlineData("Xunit.Assert.Equal(total, total);")]
    [InlineData("Xunit.Assert.Equal(order.GetHashCode(), order.GetHashCode());")]
    [InlineData("Xunit.Assert.Same(order, order);")]
    [InlineData("Xunit.Assert.NotNull(new object());")]
    [InlineData("Xunit.Assert.NotNull(new[] { 1 });")]
    [InlineData("NUnit.Framework.Assert.Pass();")]
    [InlineData("NUnit.Framework.Assert.That(true);")]
    [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(total, total);")]
    [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsTrue(true);")]
    [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsNotNull(new System.Text.StringBuilder());")]
    public Task Tautology_Reports(string assertion) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Create_Works|}() { var total = System.Environment.ProcessorCount; var order = new object(); "
            + assertion
            + " } }",
            Gr4001(0, "OrderTests.Create_Works"));

    [Theory]
    [InlineData("Xunit.Assert.True(total > 0);")]
    [InlineData("Xunit.Assert.False(total < 0);")]
    [InlineData("Xunit.Assert.Equal(4, total);")]
    [InlineData("Xunit.Assert.Same(order, other);")]
    [InlineData("Xunit.Assert.NotNull(order);")]
    [InlineData("NUnit.Framework.Assert.That(total > 0);")]
    [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(4, total);")]
    [InlineData("Microsoft.VisualStudio.TestTools.UnitTesting.Assert.IsNotNull(order);")]
    public Task RealAssertion_DoesNotReport(string assertion) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { var total = System.Environment.ProcessorCount; var order = new object(); var other = new object(); "
            + assertion
            + " } }");

    // ---- Swallowed failures ----

    [Theory]
    [InlineData("catch (System.Exception) { }")]
    [InlineData("catch { }")]
    [InlineData("catch (Xunit.Sdk.XunitException e) { System.Console.WriteLine(e); }")]
    [InlineData("catch (System.InvalidOperationException) { } catch (System.Exception) { }")]
    public Task AssertionInATryWhoseCatchSwallowsIt_Reports(string catches) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Create_Works|}() { try { Xunit.Assert.Equal(4, System.Environment.ProcessorCount); } "
            + catches
            + " } }",
            Gr4001(0, "OrderTests.Create_Works"));

    [Theory]
    [InlineData("catch (System.InvalidOperationException) { }")]
    [InlineData("catch (System.Exception) { throw; }")]
    [InlineData("catch (System.Exception e) when (e is not Xunit.Sdk.XunitException) { }")]
    [InlineData("finally { }")]
    [InlineData("catch (System.Exception e) { Xunit.Assert.Equal(\"boom\", e.Message); }")]
    public Task AssertionThatCanStillFailTheTest_DoesNotReport(string catches) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void Create_Works() { try { Xunit.Assert.Equal(4, System.Environment.ProcessorCount); } "
            + catches
            + " } }");

    [Fact]
    public Task HelperCalledInsideASwallowingTry_Reports() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Create_Works|}() { try { Check(); } catch (System.Exception) { } }

                private static void Check() => Xunit.Assert.Equal(4, System.Environment.ProcessorCount);
            }
            """,
            Gr4001(0, "OrderTests.Create_Works"));

    [Fact]
    public Task AssertionAfterTheSwallowingTry_DoesNotReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Create_Works()
                {
                    try { System.IO.File.Delete("x"); } catch (System.Exception) { }
                    Xunit.Assert.Equal(4, System.Environment.ProcessorCount);
                }
            }
            """);
}
