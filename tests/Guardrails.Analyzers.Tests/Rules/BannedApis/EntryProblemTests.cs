using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>GR1102 (an entry that cannot be used or matches nothing) and GR1103 (an entry listed twice), at the entry's line.</summary>
public class EntryProblemTests
{
    private const string Library = """
        namespace Lib
        {
            public class Widget { public void Spin() { } public void Spin(int times) { } }
        }
        """;

    private static Task VerifyLibAsync(string bannedSymbols, params DiagnosticResult[] expected) =>
        Create("class C { }", expected).WithLibrary(Library).WithBannedSymbols(bannedSymbols).RunAsync();

    // ---- GR1102 ----

    [Fact]
    public Task MisspelledType_IsReportedAtItsLine() =>
        VerifyLibAsync(
            "T:Lib.Widget\n  T:Lib.Widgt ; typo\n",
            Unresolved("BannedSymbols.txt", 2, 3, "T:Lib.Widgt", "matches nothing in this compilation: namespace 'Lib' has no type 'Widgt'; check the spelling"));

    [Fact]
    public Task WrongSignature_SaysWhichOverloadsExist() =>
        VerifyLibAsync(
            "M:Lib.Widget.Spin(System.String)",
            Unresolved("BannedSymbols.txt", 1, 1, "M:Lib.Widget.Spin(System.String)",
                "matches nothing in this compilation: 'Lib.Widget' has 2 methods named 'Spin' but none with this signature; copy the ID from the API's documentation, or use a wildcard to ban every overload (M:Lib.Widget.Spin*)"));

    [Fact]
    public Task MissingMember_IsReported() =>
        VerifyLibAsync(
            "P:Lib.Widget.Speed",
            Unresolved("BannedSymbols.txt", 1, 1, "P:Lib.Widget.Speed", "matches nothing in this compilation: 'Lib.Widget' has no property 'Speed'; check the spelling"));

    [Fact]
    public Task MemberOfANamespace_IsReported() =>
        VerifyLibAsync(
            "M:Lib.Spin",
            Unresolved("BannedSymbols.txt", 1, 1, "M:Lib.Spin", "matches nothing in this compilation: 'Lib' is a namespace, not a type; a method must be named with its type"));

    [Fact]
    public Task UnreferencedAssembly_SaysWhichNamespaceIsMissing() =>
        VerifyLibAsync(
            "T:Newtonsoft.Json.JsonConvert;use System.Text.Json\nN:Contoso.Legacy",
            Unresolved("BannedSymbols.txt", 1, 1, "T:Newtonsoft.Json.JsonConvert",
                "matches nothing in this compilation: 'Newtonsoft' does not exist here; check the spelling, or whether this project references the assembly that defines it"),
            Unresolved("BannedSymbols.txt", 2, 1, "N:Contoso.Legacy",
                "matches nothing in this compilation: 'Contoso' does not exist here; check the spelling, or whether this project references the assembly that defines it"));

    [Fact]
    public Task WildcardThatMatchesNothing_IsReported() =>
        VerifyLibAsync(
            "M:Lib.Widget.Twirl*\nM:Lib.Widget.Spin*",
            Unresolved("BannedSymbols.txt", 1, 1, "M:Lib.Widget.Twirl*", "matches nothing in this compilation: 'Lib.Widget' has no method 'Twirl*'; check the spelling"));

    [Fact]
    public Task UnresolvedException_IsReportedToo() =>
        VerifyLibAsync(
            "T:Lib.Widget\n!M:Lib.Widget.Twirl",
            Unresolved("BannedSymbols.txt", 2, 1, "!M:Lib.Widget.Twirl", "matches nothing in this compilation: 'Lib.Widget' has no method 'Twirl'; check the spelling"));

    [Theory]
    [InlineData("X:Lib.Widget", "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)")]
    [InlineData("Lib.Widget", "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)")]
    [InlineData("# T:Lib.Widget", "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)")]
    [InlineData("T:", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File")]
    [InlineData("T:Lib..Widget", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File")]
    [InlineData("M:Lib.*.Spin", "has a '*' that is not at the end of the last name: write e.g. M:System.IO.File.* or M:System.IO.File.Delete*")]
    [InlineData("M:Lib.Widget.Spin*(System.Int32)", "has a '*' that is not at the end of the last name: write e.g. M:System.IO.File.* or M:System.IO.File.Delete*")]
    [InlineData("N:Lib.*", "is a namespace wildcard: N: entries already cover child namespaces, drop the '*'")]
    [InlineData("T:*", "is a wildcard without a containing type or namespace: write e.g. M:System.IO.File.*")]
    public Task InvalidEntry_IsReportedWithWhatToDo(string entry, string problem) =>
        VerifyLibAsync(entry, Unresolved("BannedSymbols.txt", 1, 1, entry, problem));

    // ---- GR1103 ----

    [Fact]
    public Task SameEntryTwiceInOneFile_IsReportedAtTheSecond() =>
        VerifyLibAsync(
            "T:Lib.Widget\nM:Lib.Widget.Spin\nT:Lib.Widget;again",
            Duplicate("BannedSymbols.txt", 3, 1, "BannedSymbols.txt", 1, 1, "T:Lib.Widget", "BannedSymbols.txt(1,1)"));

    [Fact]
    public Task SameEntryWithAndWithoutColon_IsADuplicate() =>
        VerifyLibAsync(
            "T:Lib.Widget\nTLib.Widget",
            Duplicate("BannedSymbols.txt", 2, 1, "BannedSymbols.txt", 1, 1, "TLib.Widget", "BannedSymbols.txt(1,1)"));

    [Fact]
    public Task SameEntryInTwoFiles_IsReportedInTheFileReadLater()
    {
        // Files are read in path order: BannedSymbols.Extra.txt comes before BannedSymbols.txt.
        var test = Create(
                "class C { }",
                Duplicate("BannedSymbols.txt", 1, 1, "BannedSymbols.Extra.txt", 2, 1, "M:Lib.Widget.Spin", "BannedSymbols.Extra.txt(2,1)"))
            .WithLibrary(Library)
            .WithBannedSymbols("M:Lib.Widget.Spin")
            .WithBannedSymbols("T:Lib.Widget\nM:Lib.Widget.Spin", "BannedSymbols.Extra.txt");
        return test.RunAsync();
    }

    [Fact]
    public Task BanAndExceptionOfTheSameSymbol_AreReportedAsContradicting() =>
        VerifyLibAsync(
            "M:Lib.Widget.Spin\n!M:Lib.Widget.Spin",
            Duplicate("BannedSymbols.txt", 2, 1, "BannedSymbols.txt", 1, 1, "!M:Lib.Widget.Spin", "BannedSymbols.txt(1,1)",
                " with the opposite meaning (banned and excepted); the exception wins, remove one of them"));

    [Fact]
    public Task DistinctOverloads_AreNotDuplicates() =>
        VerifyLibAsync("M:Lib.Widget.Spin\nM:Lib.Widget.Spin(System.Int32)");
}
