using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>Beyond BannedApiAnalyzers: a banned type written in a declaration, and <c>using</c> directives of banned namespaces or types.</summary>
public class BannedDeclarationTests
{
    private const string Library = """
        namespace Lib.Legacy
        {
            public class OldClient { }
            public class OldException : System.Exception { }
            public struct Handle { }
            public delegate void OldCallback();
            public static class OldHelpers { public static void Help() { } }
        }

        namespace Lib.Legacy.Wire
        {
            public class Frame { }
        }

        namespace Lib.Modern
        {
            public class Client { }
        }
        """;

    private static Task VerifyLibAsync(string source, string bannedSymbols, params DiagnosticResult[] expected) =>
        Create(source, expected).WithLibrary(Library).WithBannedSymbols(bannedSymbols).RunAsync();

    [Fact]
    public Task BannedType_InMemberDeclarations_Reports() =>
        VerifyLibAsync(
            """
            using Lib.Legacy;
            class C
            {
                private {|#0:OldClient?|} _client;
                private {|#1:OldClient?|} _a, _b;
                public {|#2:OldClient?|} Client { get; set; }
                public event {|#3:OldCallback?|} Called;
                public {|#4:OldClient?|} Make({|#5:OldClient?|} template, int count) => template;
                public int this[{|#6:OldClient|} key] => 0;
                public static implicit operator {|#7:OldClient?|}(C c) => null;
                public C({|#8:System.Collections.Generic.List<OldClient>|} clients) { }
            }
            """,
            "T:Lib.Legacy.OldClient\nT:Lib.Legacy.OldCallback",
            Banned(0, "OldClient"),
            Banned(1, "OldClient"),
            Banned(2, "OldClient"),
            Banned(3, "OldCallback"),
            Banned(4, "OldClient"),
            Banned(5, "OldClient"),
            Banned(6, "OldClient"),
            Banned(7, "OldClient"),
            Banned(8, "OldClient"));

    [Fact]
    public Task BannedType_InDelegateRecordAndPrimaryConstructor_ReportsOncePerParameter() =>
        VerifyLibAsync(
            """
            delegate {|#0:Lib.Legacy.OldClient|} Factory({|#1:Lib.Legacy.OldClient|} template);
            record Order({|#2:Lib.Legacy.OldClient|} Client, int Quantity);
            class Service({|#3:Lib.Legacy.OldClient|} client) { public object Get() => client; }
            """,
            "T:Lib.Legacy.OldClient",
            Banned(0, "OldClient"),
            Banned(1, "OldClient"),
            Banned(2, "OldClient"),
            Banned(3, "OldClient"));

    [Fact]
    public Task BannedType_InLocalsPatternsCastsAndCatch_Reports() =>
        VerifyLibAsync(
            """
            using System.Collections.Generic;
            using Lib.Legacy;
            class C
            {
                object? M(object o, List<OldClient> all)
                {
                    {|#0:OldClient?|} a = null;
                    var b = a;
                    foreach ({|#1:OldClient|} c in all) { }
                    if (o is {|#3:OldClient|} d) { return d; }
                    if (o is {|#4:OldClient|}) { }
                    var e = ({|#5:OldClient|})o;
                    var f = o as {|#6:OldClient|};
                    var g = default({|#7:OldClient|});
                    Parse(o, out {|#8:OldClient?|} h);
                    try { } catch ({|#9:OldException|}) { }
                    return o switch { {|#10:OldClient|} { } x => x, _ => b };
                }

                static void Parse(object o, out OldClient? client) => client = null;
            }
            """.Replace("out OldClient? client", "out {|#11:OldClient?|} client", StringComparison.Ordinal)
               .Replace("List<OldClient> all", "{|#12:List<OldClient>|} all", StringComparison.Ordinal),
            "T:Lib.Legacy.OldClient\nT:Lib.Legacy.OldException",
            Banned(0, "OldClient"),
            Banned(1, "OldClient"),
            Banned(3, "OldClient"),
            Banned(4, "OldClient"),
            Banned(5, "OldClient"),
            Banned(6, "OldClient"),
            Banned(7, "OldClient"),
            Banned(8, "OldClient"),
            Banned(9, "OldException"),
            Banned(10, "OldClient"),
            Banned(11, "OldClient"),
            Banned(12, "OldClient"));

    [Fact]
    public Task BannedType_InLocalFunctionAndLambdaSignatures_Reports() =>
        VerifyLibAsync(
            """
            using Lib.Legacy;
            class C
            {
                void M()
                {
                    {|#0:OldClient?|} Local({|#1:OldClient?|} c) => c;
                    var f = ({|#2:OldClient?|} c) => (object?)c;
                    System.Func<int, int> g = x => x;
                    Local(null);
                }
            }
            """,
            "T:Lib.Legacy.OldClient",
            Banned(0, "OldClient"),
            Banned(1, "OldClient"),
            Banned(2, "OldClient"));

    [Fact]
    public Task BannedAttribute_OnLocalFunctionsLambdasAndTheirParameters_Reports() =>
        VerifyLibAsync(
            """
            using System.ComponentModel;
            class C
            {
                void M()
                {
                    [{|#0:Description("local")|}] void Local([{|#1:Description("x")|}] int x) { }
                    var f = [{|#2:Description("lambda")|}] (int y) => y;
                    var g = ([{|#3:Description("y")|}] int y) => y;
                    System.Func<int, int> h = z => z;
                    Local(1);
                }
            }
            """,
            "T:System.ComponentModel.DescriptionAttribute",
            Banned(0, "DescriptionAttribute"),
            Banned(1, "DescriptionAttribute"),
            Banned(2, "DescriptionAttribute"),
            Banned(3, "DescriptionAttribute"));

    [Fact]
    public Task VarDeclarations_AreNotDeclarationsOfTheType() =>
        VerifyLibAsync(
            """
            class C
            {
                object? M(object? o)
                {
                    var a = o;
                    foreach (var x in new object[0]) { }
                    return a;
                }
            }
            """,
            "T:Lib.Legacy.OldClient");

    [Fact]
    public Task MemberOnlyBans_DoNotTouchDeclarations() =>
        VerifyLibAsync(
            "using Lib.Legacy; class C { OldClient? _c; void M() { {|#0:OldHelpers.Help()|}; } }",
            "M:Lib.Legacy.OldHelpers.Help",
            Banned(0, "OldHelpers.Help()"));

    // ---- using directives ----

    [Fact]
    public Task UsingOfBannedNamespace_Reports() =>
        VerifyLibAsync(
            """
            using {|#0:Lib.Legacy|};
            using {|#1:Lib.Legacy.Wire|};
            using Lib.Modern;
            class C { }
            """,
            "N:Lib.Legacy",
            Banned(0, "Lib.Legacy"),
            Banned(1, "Lib.Legacy"));

    [Fact]
    public Task UsingStaticAndAliasAndGlobalUsingOfBannedType_Report() =>
        VerifyLibAsync(
            """
            global using {|#0:Lib.Legacy|};
            using static {|#1:Lib.Legacy.OldHelpers|};
            using Helpers = {|#2:Lib.Legacy.OldHelpers|};
            class C { }
            """,
            "N:Lib.Legacy",
            Banned(0, "Lib.Legacy"),
            Banned(1, "Lib.Legacy"),
            Banned(2, "Lib.Legacy"));

    [Fact]
    public Task UsingOfBannedNamespace_WithAnExceptionInside_DoesNotReport() =>
        VerifyLibAsync(
            """
            using Lib.Legacy;
            class C { object M() => new Handle(); object N() => {|#0:new OldClient()|}; }
            """,
            "N:Lib.Legacy\n!T:Lib.Legacy.Handle",
            Banned(0, "Lib.Legacy"));

    [Fact]
    public Task UsingInsideANamespaceDeclaration_IsBoundAndReported() =>
        VerifyLibAsync(
            "namespace Lib { using {|#0:Legacy|}; class C { } }",
            "N:Lib.Legacy",
            Banned(0, "Lib.Legacy"));
}
