namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Files that are odd rather than wrong: empty, only trivia, a BOM, huge names and literals, odd paths, <c>#line</c>.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> OddFiles()
    {
        yield return File("Odd/Empty.cs", string.Empty);
        yield return File("Odd/OnlyTrivia.cs", "// just a comment\n/* a block */\n#region r\n#endregion\n\n\t \r\n");
        yield return File("Odd/OnlyDirectives.cs", "#pragma warning disable GR4001\n#nullable enable\n#define X\n#error not a real error\n#warning nor a warning\n");
        yield return File("Odd/Bom.cs", "\uFEFF[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] class Bom { }");
        yield return File("Odd/ExternAlias.cs", "extern alias NotDeclared;\nextern alias Other;\n");
        yield return File("Odd/Duplicate.cs", "namespace Corpus.Odd.First { class Same { void M() => System.Diagnostics.Process.Start(\"first\"); } }");
        yield return File("Odd/Duplicate.cs", "namespace Corpus.Odd.Second { class Same { void M() => System.Diagnostics.Process.Start(\"second\"); } }");
        yield return File("Odd/Ünïcödé Path/Файл.cs", """
            namespace Corpus.Odd.Юникод
            {
                [Guardrails.AiGenerated] class Класс { void Метод() => System.IO.File.Delete("x"); }
                [Guardrails.\u0052eviewed("\u0061lice", "2024-01-01")] class Escaped { void M() => System.Diagnostics.Process.Start("x"); }
                class @class { void @void([Guardrails.Reviewed("a", "2024-01-01")] int @int) { } }
            }
            """, aiGenerated: true);
        yield return new CorpusFile(@"C:\repo\src\Corpus\Windows\Backslashes.cs", "[Guardrails.AiGenerated] class Backslashes { void M() { } }", AiGenerated: true);
        yield return new CorpusFile(string.Empty, "[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] class NoPath { [Xunit.Fact] public void T() { } }");
        yield return File("Odd/LineDirectives.cs", """
            class LineDirectives
            {
            #line 1 "other.cs"
                [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] void Mapped() { }
            #line hidden
                [Xunit.Fact] public void Hidden() { System.Diagnostics.Process.Start("hidden"); }
            #line (1, 1) - (2, 2) 3 "span.cs"
                [Guardrails.AiGenerated] void Spanned() { }
            #line default
            #line 99999999 "big.cs"
                void Last() { }
            }
            """);
        yield return File("Odd/Undocumented.cs", """
            class Undocumented
            {
                void M(int a)
                {
                    var arglist = __makeref(a);
                    var type = __reftype(arglist);
                    int value = __refvalue(arglist, int);
                    checked { unchecked { a++; } }
                    goto end;
                    end: ;
                }
                void Varargs(__arglist) { }
            }
            """);
        yield return File("Odd/Shadowing.cs", """
            namespace Corpus.Odd
            {
                class Guardrails { }
                [Guardrails.Reviewed("a", "2024-01-01")] class ShadowedNamespace { }
                class ReviewedAttribute : System.Attribute { public ReviewedAttribute(string a, string b) { } }
                [Reviewed("a", "2024-01-01")] class LocalReviewed { void M() => System.Diagnostics.Process.Start("x"); }
                class ExcludeFromCodeCoverageAttribute : System.Attribute { }
                [ExcludeFromCodeCoverage] class LocalExclusion { }
                class System { }
                class Xunit { }
            }
            """);
        yield return File("Odd/LongNames.cs", string.Concat(
            "[Guardrails.AiGenerated] class ", new string('L', 4_000), " { void ", new string('m', 4_000), "() { var s = \"",
            new string('x', 200_000), "\"; System.Diagnostics.Process.Start(s); } }"));
        yield return File("Odd/OneLine.cs", string.Concat(Enumerable.Range(0, 300).Select(i =>
            "[Xunit.Fact] public void T" + i + "() { System.Diagnostics.Process.Start(\"" + i + "\"); } ")).Insert(0, "public class OneLine { ") + "}");
        yield return File("Odd/CarriageReturns.cs", "class CarriageReturns\r{\r[Xunit.Fact] public void T()\r{\r}\r}\u2028\u2029\u0085");
    }
}
