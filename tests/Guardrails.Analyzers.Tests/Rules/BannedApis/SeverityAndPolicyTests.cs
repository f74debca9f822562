using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>Per-entry severity, and entries that come from guardrails.json through the generated file.</summary>
public class SeverityAndPolicyTests
{
    private const string Library = """
        namespace Lib
        {
            public class Widget { public void Spin() { } public static void Reset() { } }
            public class Gadget { }
        }
        """;

    private const string Source = """
        class C
        {
            void M(Lib.Widget w)
            {
                {|#0:w.Spin()|};
                {|#1:Lib.Widget.Reset()|};
            }
        }
        """;

    [Fact]
    public Task EntrySeverity_OverridesTheRuleDefault() =>
        Create(Source, Banned(0, "Widget.Spin()").WithSeverity(DiagnosticSeverity.Error), Banned(1, "Widget.Reset()").WithSeverity(DiagnosticSeverity.Info))
            .WithLibrary(Library)
            .WithBannedSymbols("[error] M:Lib.Widget.Spin\n[suggestion] M:Lib.Widget.Reset")
            .RunAsync();

    [Fact]
    public Task EntrySeverityNone_ReportsNothingForThatEntry() =>
        Create(Source, Banned(1, "Widget.Reset()"))
            .WithLibrary(Library)
            .WithBannedSymbols("[none] M:Lib.Widget.Spin\n[warning] M:Lib.Widget.Reset")
            .RunAsync();

    [Fact]
    public Task EntrySeverityNone_InsideABannedType_SilencesThatMemberOnly() =>
        Create(
                Source.Replace("{|#0:w.Spin()|}", "w.Spin()", StringComparison.Ordinal).Replace("M(Lib.Widget w)", "M({|#2:Lib.Widget|} w)", StringComparison.Ordinal),
                Banned(1, "Widget"),
                Banned(2, "Widget"))
            .WithLibrary(Library)
            .WithBannedSymbols("T:Lib.Widget\n[none] M:Lib.Widget.Spin")
            .RunAsync();

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    public Task PolicySeverity_AppliesToEntriesWithoutTheirOwn_AnEntrysOwnStillWins(string policySeverity, DiagnosticSeverity expected)
    {
        // The policy task hands GR1101's severity over as guardrails.apis.severity, not dotnet_diagnostic.GR1101.severity.
        var test = Create(Source, Banned(0, "Widget.Spin()").WithSeverity(DiagnosticSeverity.Warning), Banned(1, "Widget.Reset()").WithSeverity(expected))
            .WithLibrary(Library)
            .WithBannedSymbols("[warning] M:Lib.Widget.Spin\nM:Lib.Widget.Reset");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.apis.severity = " + policySeverity + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task PolicySeverityNone_SilencesEntriesWithoutTheirOwn()
    {
        var test = Create(Source.Replace("{|#1:Lib.Widget.Reset()|}", "Lib.Widget.Reset()", StringComparison.Ordinal), Banned(0, "Widget.Spin()").WithSeverity(DiagnosticSeverity.Error))
            .WithLibrary(Library)
            .WithBannedSymbols("[error] M:Lib.Widget.Spin\nM:Lib.Widget.Reset");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.apis.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigSeverity_WinsOverTheEntrySeverity()
    {
        // Roslyn applies dotnet_diagnostic.GR1101.severity to every GR1101 diagnostic, whatever severity it was created with.
        var test = Create(Source, Banned(0, "Widget.Spin()").WithSeverity(DiagnosticSeverity.Warning), Banned(1, "Widget.Reset()").WithSeverity(DiagnosticSeverity.Warning))
            .WithLibrary(Library)
            .WithBannedSymbols("[error] M:Lib.Widget.Spin\n[suggestion] M:Lib.Widget.Reset");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.GR1101.severity = warning\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task EditorConfigNone_SilencesEvenAnErrorEntry()
    {
        var test = Create(Source.Replace("{|#0:w.Spin()|}", "w.Spin()", StringComparison.Ordinal).Replace("{|#1:Lib.Widget.Reset()|}", "Lib.Widget.Reset()", StringComparison.Ordinal))
            .WithLibrary(Library)
            .WithBannedSymbols("[error] M:Lib.Widget.Spin\nM:Lib.Widget.Reset");
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.GR1101.severity = none\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task UnknownSeverity_IsReportedAndTheEntryIsNotUsed() =>
        Create(Source.Replace("{|#0:w.Spin()|}", "w.Spin()", StringComparison.Ordinal), Banned(1, "Widget.Reset()"),
                Unresolved("BannedSymbols.txt", 1, 1, "M:Lib.Widget.Spin", "has an unknown severity 'critical': use none, suggestion, warning or error"))
            .WithLibrary(Library)
            .WithBannedSymbols("[critical] M:Lib.Widget.Spin\nM:Lib.Widget.Reset")
            .RunAsync();

    // ---- The generated file (guardrails.json apis.banned) ----

    [Fact]
    public Task PolicyEntries_BanWithTheirReasonAndSeverity() =>
        Create(Source, Banned(0, "Widget.Spin()", "see https://wiki.contoso.com/no-spin").WithSeverity(DiagnosticSeverity.Error), Banned(1, "Widget.Reset()"))
            .WithLibrary(Library)
            .WithPolicy("""
                # Generated by Guardrails from /repo/guardrails.json. Do not edit: change guardrails.json.
                #@ 5:7
                [error] M:Lib.Widget.Spin;see https://wiki.contoso.com/no-spin
                #@ 6:7
                M:Lib.Widget.Reset
                """)
            .RunAsync();

    [Fact]
    public Task UnresolvedPolicyEntry_IsReportedAtItsPositionInGuardrailsJson() =>
        Create("class C { }", Unresolved(PolicyPath, 12, 7, "T:Lib.Widgt", "matches nothing in this compilation: namespace 'Lib' has no type 'Widgt'; check the spelling"))
            .WithLibrary(Library)
            .WithPolicy("#@ 11:7\nT:Lib.Gadget\n#@ 12:7\nT:Lib.Widgt\n")
            .RunAsync();

    [Fact]
    public Task UnresolvedPolicyEntry_WithoutThePolicyPath_IsReportedInTheGeneratedFile()
    {
        var test = Create("class C { }", Unresolved("Guardrails.BannedApis.txt", 2, 1, "T:Lib.Widgt", "matches nothing in this compilation: namespace 'Lib' has no type 'Widgt'; check the spelling"))
            .WithLibrary(Library)
            .WithBannedSymbols("#@ 12:7\nT:Lib.Widgt\n", "Guardrails.BannedApis.txt");
        return test.RunAsync();
    }

    [Fact]
    public Task PolicyEntry_WithALineCommentInIt_IsInvalidNotSilentlyTruncated() =>
        Create("class C { }", Unresolved(PolicyPath, 3, 5, "T:Lib.Widget // legacy", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File"))
            .WithLibrary(Library)
            .WithPolicy("#@ 3:5\nT:Lib.Widget // legacy\n")
            .RunAsync();

    [Fact]
    public Task DuplicateAcrossPolicyAndBannedSymbols_IsReportedAtTheLaterEntry() =>
        Create(
                "class C { object M() => {|#0:new Lib.Gadget()|}; }",
                Banned(0, "Gadget", "from the policy"),
                Duplicate("BannedSymbols.txt", 2, 1, PolicyPath, 4, 9, "T:Lib.Gadget", "guardrails.json(4,9)"))
            .WithLibrary(Library)
            .WithPolicy("#@ 4:9\nT:Lib.Gadget;from the policy\n")
            .WithBannedSymbols("M:Lib.Widget.Spin\nT:Lib.Gadget;from the file")
            .RunAsync();
}
