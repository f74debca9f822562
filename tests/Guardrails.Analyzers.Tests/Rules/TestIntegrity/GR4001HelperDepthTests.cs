using System.Text;
using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// GR4001: helpers in the same compilation are followed however deep the assertion is, through overloads forwarding to
/// each other and through cycles, and a chain that never asserts is still reported. Shaped like markdig's NUnit spec
/// suite, whose every test asserts five calls down: <c>TestParser.TestSpec</c> → its overload →
/// <c>PrintAssertExpected</c> → <c>TextAssert.AreEqual</c> → its overload → <c>Assert.AreEqual</c>.
/// </summary>
public class GR4001HelperDepthTests
{
    /// <summary>markdig's test helpers; <c>ASSERTION</c> is where <c>TextAssert.AreEqual</c> fails the test.</summary>
    private const string MarkdigHelpers = """
        using System.IO;
        using NUnit.Framework;

        public enum DiffStyle { Full, Compact }

        public sealed class MarkdownPipeline
        {
            public MarkdownPipeline(string extensions) { Extensions = extensions; }
            public string Extensions { get; }
            public string ToHtml(string markdown) => "<p>" + markdown + "</p>\n";
            public string ToMarkdown(string markdown) => markdown;
        }

        public static class TextAssert
        {
            public static void AreEqual(string expected, string actual) => AreEqual(expected, actual, DiffStyle.Full, TextWriter.Null);

            public static void AreEqual(string expected, string actual, DiffStyle diffStyle, TextWriter output)
            {
                if (actual == expected)
                {
                    return;
                }

                output.WriteLine(diffStyle == DiffStyle.Full ? "- expected / + actual" : "diff");
                ASSERTION
            }
        }

        public static class TestParser
        {
            public static void TestSpec(string inputText, string expectedOutputText, string extensions = null, bool plainText = false, string context = null) =>
                TestSpec(inputText, expectedOutputText, new MarkdownPipeline(extensions), plainText, context);

            public static void TestSpec(string inputText, string expectedOutputText, MarkdownPipeline pipeline, bool plainText = false, string context = null)
            {
                var result = pipeline.ToHtml(inputText);
                PrintAssertExpected(inputText, result, expectedOutputText, context);
            }

            public static void PrintAssertExpected(string source, string result, string expected, string context = null)
            {
                TextWriter.Null.WriteLine(context ?? source);
                TextAssert.AreEqual(expected, result);
            }
        }

        public static class TestRoundtrip
        {
            public static void TestSpec(string markdownText, string expected, string extensions, string context = null) =>
                RoundTrip(markdownText, context);

            public static void RoundTrip(string markdown, string context = null)
            {
                var result = new MarkdownPipeline("roundtrip").ToMarkdown(markdown);
                TestParser.PrintAssertExpected(markdown, result, markdown, context);
            }
        }

        """;

    /// <summary>A generated spec test and a round-trip spec test, as markdig's Specs/*.generated.cs have them.</summary>
    private const string MarkdigSpecTests = """
        namespace Markdig.Tests.Specs.Emphasis
        {
            [NUnit.Framework.TestFixture]
            public class TestInlinesEmphasisAndStrongEmphasis
            {
                [NUnit.Framework.Test]
                public void {|#0:InlinesEmphasisAndStrongEmphasis_Example350|}()
                {
                    // Example 350
                    TestParser.TestSpec("*foo bar*", "<p><em>foo bar</em></p>", "", context: "Example 350\nSection Inlines / Emphasis and strong emphasis\n");
                }
            }
        }

        namespace Markdig.Tests.RoundtripSpecs
        {
            [NUnit.Framework.TestFixture]
            public class TestParagraph
            {
                [NUnit.Framework.TestCase("p\n")]
                [NUnit.Framework.TestCase("\np\n")]
                public void {|#1:Test|}(string value) => TestRoundtrip.TestSpec(value, value, "", context: "Roundtrip");
            }
        }
        """;

    [Theory]
    [InlineData("Assert.AreEqual(expected, actual);")]
    [InlineData("Assert.Fail(\"Texts differ\");")]
    public Task MarkdigSpecTestsAssertingFiveCallsDownThroughOverloads_DoNotReport(string assertion) =>
        VerifyAsync(MarkdigHelpers.Replace("ASSERTION", assertion) + MarkdigSpecTests);

    [Theory]
    [InlineData("")]
    [InlineData("Assert.Pass();")]
    [InlineData("throw new System.InvalidOperationException(\"Texts differ\");")]
    [InlineData("try { Assert.AreEqual(expected, actual); } catch (System.Exception) { }")]
    [InlineData("System.Action fail = () => Assert.Fail(\"Texts differ\");")]
    public Task MarkdigSpecTestsWhoseHelperChainNeverAsserts_Report(string noAssertion) =>
        VerifyAsync(
            MarkdigHelpers.Replace("ASSERTION", noAssertion) + MarkdigSpecTests,
            Gr4001OnlyCallsCode(0, "TestInlinesEmphasisAndStrongEmphasis.InlinesEmphasisAndStrongEmphasis_Example350"),
            Gr4001OnlyCallsCode(1, "TestParagraph.Test"));

    [Fact]
    public Task MutuallyRecursiveHelpersWithoutAssertion_TerminateAndReport() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Ship_Works|}() { Pack(5); }

                [Xunit.Fact]
                public void {|#1:Label_Works|}() { Label(5); }

                private static void Pack(int n) { if (n > 0) Weigh(n - 1); }
                private static void Weigh(int n) { if (n > 0) Label(n - 1); Pack(n); }
                private static void Label(int n) { if (n > 0) Seal(n - 1); }
                private static void Seal(int n) { if (n > 0) Stamp(n - 1); Weigh(n); }
                private static void Stamp(int n) { if (n > 0) Pack(n - 1); Stamp(n - 1); }
            }
            """,
            Gr4001OnlyCallsCode(0, "OrderTests.Ship_Works"),
            Gr4001OnlyCallsCode(1, "OrderTests.Label_Works"));

    [Fact]
    public Task HelperCycleWithAnAssertionFourCallsDown_DoesNotReportFromAnyEntry() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                [Xunit.Fact]
                public void Ship_Works() { Pack(5); }

                [Xunit.Fact]
                public void Label_Works() { Label(5); }

                [Xunit.Fact]
                public void Stamp_Works() { Stamp(5); }

                private static void Pack(int n) { if (n > 0) Weigh(n - 1); }
                private static void Weigh(int n) { if (n > 0) Label(n - 1); }
                private static void Label(int n) { if (n > 0) Seal(n - 1); }
                private static void Seal(int n) { if (n > 0) Stamp(n - 1); else Xunit.Assert.Equal(0, n); }
                private static void Stamp(int n) { if (n > 0) Pack(n - 1); }
            }
            """);

    /// <summary>
    /// Many tests share the helpers, entering them at different points; one shared helper reaches the assertion, its
    /// sibling does not. Each verdict is settled once and must hold for every test, whichever is analysed first.
    /// </summary>
    [Fact]
    public Task SharedHelpersUsedByManyTests_EachTestGetsItsHelpersVerdict() =>
        VerifyAsync(
            """
            public static class Specs
            {
                public static void Check(string markdown) => Check(markdown, markdown);
                public static void Check(string markdown, string expected) => Compare(Render(markdown), expected);
                public static void Compare(string actual, string expected) => Expect(actual, expected, ignoreCase: false);
                public static void Expect(string actual, string expected, bool ignoreCase) => Diff(actual, expected);
                public static void Diff(string actual, string expected)
                {
                    if (actual != expected)
                    {
                        Xunit.Assert.Equal(expected, actual);
                    }
                }

                public static string Render(string markdown) => Normalize(Format(markdown, 0));
                public static string Format(string markdown, int depth) => depth < 3 ? Format(Normalize(markdown), depth + 1) : markdown;
                public static string Normalize(string text) => Log(text.Trim());
                public static string Log(string text) { System.Console.WriteLine(text); return text; }
            }

            public class SpecTests
            {
                [Xunit.Fact] public void Spec1() { Specs.Check("a"); }
                [Xunit.Fact] public void Spec2() { Specs.Check("b"); }
                [Xunit.Fact] public void Spec3() { Specs.Check("c", "c"); }
                [Xunit.Fact] public void Spec4() { Specs.Compare("d", "d"); }
                [Xunit.Fact] public void Spec5() { Specs.Diff("e", "e"); }
                [Xunit.Fact] public void {|#0:Render_Works|}() { Specs.Render("f"); }
                [Xunit.Fact] public void {|#1:Format_Works|}() { Specs.Format("g", 0); }
                [Xunit.Fact] public void {|#2:Log_Works|}() { Specs.Log("h"); }
                [Xunit.Fact] public void Spec6() { Specs.Log("i"); Specs.Check("i"); }
            }
            """,
            Gr4001OnlyCallsCode(0, "SpecTests.Render_Works"),
            Gr4001OnlyCallsCode(1, "SpecTests.Format_Works"),
            Gr4001OnlyCallsCode(2, "SpecTests.Log_Works"));

    /// <summary>No depth limit: a chain of 500 forwarding helpers is followed to its end, without overflowing the stack.</summary>
    [Theory]
    [InlineData("Xunit.Assert.True(n > 0);", false)]
    [InlineData("System.Console.WriteLine(n);", true)]
    public Task ChainOfFiveHundredHelpers_IsFollowedToTheEnd(string last, bool reported)
    {
        var source = new StringBuilder("public class OrderTests\n{\n    [Xunit.Fact]\n    public void ")
            .Append(reported ? "{|#0:Create_Works|}" : "Create_Works")
            .Append("() { Level1(1); }\n");
        for (var level = 1; level < 500; level++)
        {
            source.Append("    private static void Level").Append(level).Append("(int n) => Level").Append(level + 1).Append("(n);\n");
        }

        source.Append("    private static void Level500(int n) { ").Append(last).Append(" }\n}\n");
        return reported
            ? VerifyAsync(source.ToString(), Gr4001OnlyCallsCode(0, "OrderTests.Create_Works"))
            : VerifyAsync(source.ToString());
    }
}
