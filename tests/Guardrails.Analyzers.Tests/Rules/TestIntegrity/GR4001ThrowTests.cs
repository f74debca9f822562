using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// GR4001: a conditional throw is the fail path of a check and counts; a throw that always runs, never runs, or guards
/// an argument does not. Shaped like older suites: <c>if (!ok) throw new XunitException(...)</c>, and
/// <c>try { Act(); throw ...; } catch (Expected) { }</c> from before Assert.Throws.
/// </summary>
public class GR4001ThrowTests
{
    private const string Parser = """
        public static class Parser
        {
            public static int Parse(string text) => int.Parse(text);
            public static Order Find(int id) => id > 0 ? new Order() : null;
        }
        public class Order { public int Total { get; set; } public bool IsValid => Total >= 0; }
        """;

    [Theory]
    [InlineData("if (!Parser.Find(1).IsValid) throw new Xunit.Sdk.XunitException(\"order is invalid\");")]
    [InlineData("if (Parser.Parse(\"3\") != 3) throw new NUnit.Framework.AssertionException();")]
    [InlineData("if (Parser.Parse(\"3\") != 3) throw new Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException();")]
    [InlineData("if (Parser.Find(1).Total < 0) throw new System.Exception(\"negative\");")]
    [InlineData("var order = Parser.Find(1) ?? throw new System.InvalidOperationException(\"not found\");")]
    [InlineData("var total = Parser.Parse(\"3\") == 3 ? 3 : throw new System.Exception(\"wrong\");")]
    [InlineData("switch (Parser.Parse(\"3\")) { case 3: break; default: throw new System.Exception(\"wrong\"); }")]
    [InlineData("try { Parser.Parse(\"x\"); throw new System.Exception(\"expected a FormatException\"); } catch (System.FormatException) { }")]
    [InlineData("try { Parser.Parse(\"x\"); throw new Xunit.Sdk.XunitException(\"expected\"); } catch (System.FormatException) { } catch (System.OverflowException) { }")]
    [InlineData("try { Parser.Parse(\"3\"); } catch (System.Exception e) { throw new Xunit.Sdk.XunitException(\"threw \" + e.Message); }")]
    [InlineData("if (Parser.Find(1).IsValid) return; throw new System.Exception(\"invalid\");")]
    [InlineData("foreach (var id in new[] { 1, 2 }) { if (Parser.Find(id) == null) throw new System.Exception(\"missing \" + id); }")]
    public Task ConditionalThrow_IsAnAssertion(string body) =>
        VerifyAsync("public class OrderTests { [Xunit.Fact] public void Check() { " + body + " } }\n" + Parser);

    [Theory]
    [InlineData("throw new Xunit.Sdk.XunitException(\"always\");")]
    [InlineData("Parser.Parse(\"3\"); throw new System.Exception(\"always\");")]
    [InlineData("if (true) throw new System.Exception(\"always\");")]
    [InlineData("if (false) throw new System.Exception(\"never\");")]
    [InlineData("return; if (Parser.Parse(\"3\") != 3) throw new System.Exception(\"never\");")]
    [InlineData("System.Action fail = () => { if (Parser.Parse(\"3\") != 3) throw new System.Exception(); };")]
    [InlineData("try { Parser.Parse(\"x\"); throw new System.Exception(\"caught by itself\"); } catch (System.Exception) { }")]
    [InlineData("try { Parser.Parse(\"x\"); throw new System.FormatException(); } catch (System.FormatException) { }")]
    [InlineData("try { throw new System.Exception(\"nothing before it\"); } catch (System.FormatException) { }")]
    [InlineData("var text = \"3\"; if (text == null) throw new System.ArgumentNullException(nameof(text));")]
    [InlineData("if (Parser.Parse(\"3\") == 4) throw new System.NotImplementedException();")]
    public Task ThrowThatAlwaysRunsNeverRunsOrGuards_IsNoAssertion(string body) =>
        VerifyAsync(
            "public class OrderTests { [Xunit.Fact] public void {|#0:Check|}() { " + body + " } }\n" + Parser,
            Gr4001(0, "OrderTests.Check"));

    [Fact]
    public Task HelperThatThrowsTheFrameworksFailure_IsAnAssertionHelper() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Find_ReturnsAValidOrder() { AssertValid(Parser.Find(1)); }

                private static void AssertValid(Order order)
                {
                    if (!order.IsValid) throw new Xunit.Sdk.XunitException("invalid order");
                }
            }
            """ + Parser);

    [Fact]
    public Task HelperWithItsOwnGuard_IsNoAssertion() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Find_Works|}() { Load(1); }

                private static Order Load(int id) => Parser.Find(id) ?? throw new System.InvalidOperationException("no order " + id);
            }
            """ + Parser,
            Gr4001OnlyCallsCode(0, "OrderTests.Find_Works"));

    [Fact]
    public Task NUnitTryCatchExpectingAnException_IsAnAssertion() =>
        VerifyAsync(
            """
            using NUnit.Framework;
            public class ParserTests
            {
                [Test]
                public void Parse_RejectsText()
                {
                    try
                    {
                        Parser.Parse("x");
                        throw new AssertionException();
                    }
                    catch (System.FormatException)
                    {
                    }
                }
            }
            """ + Parser);
}
