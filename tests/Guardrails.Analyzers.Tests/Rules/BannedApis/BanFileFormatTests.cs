using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>BannedSymbols.txt is read exactly as BannedApiAnalyzers reads it, quirks included.</summary>
public class BanFileFormatTests
{
    private const string Library = """
        namespace Lib
        {
            public class Widget
            {
                public Widget() { }
                public void Spin() { }
                public static void Reset() { }
            }

            public class Box<T> { public void Put(T item) { } public void Take<TOther>() { } }
        }
        """;

    private const string Uses = """
        class C
        {
            void M(Lib.Widget w)
            {
                {|#0:w.Spin()|};
            }
        }
        """;

    private static Task VerifyLibAsync(string source, string bannedSymbols, params DiagnosticResult[] expected) =>
        Create(source, expected).WithLibrary(Library).WithBannedSymbols(bannedSymbols).RunAsync();

    [Fact]
    public Task CommentsBlankLinesAndTrailingWhitespace_AreIgnored() =>
        VerifyLibAsync(
            Uses,
            "// Banned APIs\n\n   \nM:Lib.Widget.Spin   // slow\t \n// T:Lib.Widget\n",
            Banned(0, "Widget.Spin()"));

    [Fact]
    public Task DoubleSlashInsideTheMessage_StartsAComment() =>
        VerifyLibAsync(
            Uses,
            "M:Lib.Widget.Spin;see https://example.com/why",
            Banned(0, "Widget.Spin()", "see https:"));

    [Fact]
    public Task MessageIsSplitAtTheFirstSemicolonAndTrimmed() =>
        VerifyLibAsync(
            Uses,
            "  M:Lib.Widget.Spin  ;  use Twirl; or Turn  ",
            Banned(0, "Widget.Spin()", "use Twirl; or Turn"));

    [Fact]
    public Task TrailingSemicolon_MeansNoMessage() =>
        VerifyLibAsync(
            Uses,
            "M:Lib.Widget.Spin;",
            Banned(0, "Widget.Spin()"));

    [Fact]
    public Task EmptyId_IsIgnoredWithoutAProblem() =>
        VerifyLibAsync(
            Uses,
            ";a message without an ID\n   ;\nM:Lib.Widget.Spin",
            Banned(0, "Widget.Spin()"));

    [Fact]
    public Task ColonAfterThePrefix_IsOptional() =>
        VerifyLibAsync(
            Uses,
            "MLib.Widget.Spin",
            Banned(0, "Widget.Spin()"));

    [Fact]
    public Task CrLfLineEndings_AreRead() =>
        VerifyLibAsync(
            Uses + "class D { void N() { {|#1:Lib.Widget.Reset()|}; } }",
            "M:Lib.Widget.Spin\r\nM:Lib.Widget.Reset\r\n",
            Banned(0, "Widget.Spin()"),
            Banned(1, "Widget.Reset()"));

    [Fact]
    public Task TypeArityMethodArityAndConstructorIds_Resolve() =>
        VerifyLibAsync(
            """
            class C
            {
                void M(Lib.Box<int> box)
                {
                    {|#0:box.Put(1)|};
                    {|#1:box.Take<string>()|};
                    var w = {|#2:new Lib.Widget()|};
                }
            }
            """,
            "M:Lib.Box`1.Put(`0)\nM:Lib.Box`1.Take``1\nM:Lib.Widget.#ctor",
            Banned(0, "Box<T>.Put(T)"),
            Banned(1, "Box<T>.Take<TOther>()"),
            Banned(2, "Widget.Widget()"));

    [Fact]
    public Task MethodIdWithoutParameters_MeansTheParameterlessOverloadOnly() =>
        VerifyLibAsync(
            "class C { void M() { {|#0:System.Console.WriteLine()|}; System.Console.WriteLine(1); } }",
            "M:System.Console.WriteLine",
            Banned(0, "Console.WriteLine()"));

    [Fact]
    public Task EveryBannedSymbolsFile_IsRead_OthersAreNot()
    {
        var test = Create(Uses + "class D { void N() { {|#1:Lib.Widget.Reset()|}; } }", Banned(0, "Widget.Spin()"), Banned(1, "Widget.Reset()"))
            .WithLibrary(Library)
            .WithBannedSymbols("M:Lib.Widget.Spin")
            .WithBannedSymbols("M:Lib.Widget.Reset", "BannedSymbols.Extra.txt")
            .WithBannedSymbols("M:Lib.Widget.#ctor", "bannedsymbols.txt")
            .WithBannedSymbols("M:Lib.Widget.#ctor", "MyBannedSymbols.txt")
            .WithBannedSymbols("M:Lib.Widget.#ctor", "BannedSymbols.json");
        return test.RunAsync();
    }

    [Fact]
    public Task FileNamedByApisFiles_IsReadWhateverItsName()
    {
        var test = Create(Uses, Banned(0, "Widget.Spin()"))
            .WithLibrary(Library)
            .WithBannedSymbols("M:Lib.Widget.Spin", "/repo/banned-apis.txt")
            .WithBannedSymbols("M:Lib.Widget.Reset", "/repo/other.txt");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.apis.files = /repo/banned-apis.txt|/repo/missing.txt\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task SameFileListedTwice_IsReadOnce()
    {
        // BannedSymbols.txt given as-is and also named by apis.files: no duplicate-entry report.
        var test = Create(Uses, Banned(0, "Widget.Spin()"))
            .WithLibrary(Library)
            .WithBannedSymbols("M:Lib.Widget.Spin", "/repo/BannedSymbols.txt");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.apis.files = /repo/BannedSymbols.txt\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task NoBanFile_ReportsNothing() =>
        Create("class C { void M() { System.Console.WriteLine(); } }").RunAsync();

    [Fact]
    public Task OnlyExceptions_BanNothing() =>
        VerifyLibAsync(Uses.Replace("{|#0:w.Spin()|}", "w.Spin()", StringComparison.Ordinal), "!M:Lib.Widget.Spin");
}
