using System.Collections.Immutable;
using Guardrails.Analyzers.Rules;
using Guardrails.Analyzers.Rules.Baseline;
using Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Guardrails.Analyzers.Tests.Rules.Baseline;

/// <summary>The baseline suppressor over a real rule (GR2004): matching by rule, file and message, counts, and the file it reads.</summary>
public class BaselineSuppressorTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;
        [{|#0:ExcludeFromCodeCoverage|}] class A { }
        [{|#1:ExcludeFromCodeCoverage|}] class B { }
        [{|#2:ExcludeFromCodeCoverage|}] class A2 { }
        """;

    private const string MessageA = "'A' is excluded from code coverage without a justification; set Justification to say why it needs no tests";

    [Fact]
    public Task BaselinedFindings_AreSuppressed_OthersAreReported()
    {
        var test = Create(Source, "GR2004\tsrc/Test0.cs\t1\t" + MessageA + "\n");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B"));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2"));
        return test.RunAsync();
    }

    [Fact]
    public Task ACount_TakesThatManyFindingsInSourceOrder_FurtherOnesAreNew()
    {
        // The same message three times: X.M() in three namespaces.
        const string source = """
            using System.Diagnostics.CodeAnalysis;
            namespace N1 { class X { [{|#0:ExcludeFromCodeCoverage|}] void M() { } } }
            namespace N2 { class X { [{|#1:ExcludeFromCodeCoverage|}] void M() { } } }
            namespace N3 { class X { [{|#2:ExcludeFromCodeCoverage|}] void M() { } } }
            """;
        var test = Create(source, "# comment\nGR2004\tsrc/Test0.cs\t2\t" + Message("X.M()") + "\n");

        test.ExpectedDiagnostics.Add(Gr2004(0, "X.M()").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(1, "X.M()").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(2, "X.M()"));
        return test.RunAsync();
    }

    [Fact]
    public Task AnotherFile_OrAnotherRule_OrAChangedMessage_DoesNotMatch()
    {
        var test = Create(Source, "GR2004\tsrc/Other.cs\t1\t" + MessageA + "\nGR4001\tsrc/Test0.cs\t1\t" + MessageA + "\nGR2004\tsrc/Test0.cs\t1\t'A' was excluded\n");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A"));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B"));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2"));
        return test.RunAsync();
    }

    [Fact]
    public Task WithoutTheBaselineFile_OrWithMalformedLines_NothingIsSuppressed()
    {
        var test = Create(Source, "GR2004\tsrc/Test0.cs\tmany\t" + MessageA + "\nGR2004 only two\n");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A"));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B"));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2"));
        return test.RunAsync();
    }

    [Fact]
    public void EverySuppressionId_IsGRBAndTheRuleNumber_ForEachImplementedAnalyzerRule()
    {
        var suppressor = new BaselineSuppressor();

        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "GRB2004" && s.SuppressedDiagnosticId == "GR2004");
        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "GRB3002" && s.SuppressedDiagnosticId == "GR3002");
        Assert.All(suppressor.SupportedSuppressions, s => Assert.Equal("GRB" + s.SuppressedDiagnosticId.Substring(2), s.Id));
        Assert.DoesNotContain(suppressor.SupportedSuppressions, s => s.SuppressedDiagnosticId == "GR1001");
    }

    private static string Message(string name) =>
        "'" + name + "' is excluded from code coverage without a justification; set Justification to say why it needs no tests";

    private static DiagnosticResult Gr2004(int location, string name) =>
        new DiagnosticResult(Descriptors.GR2004).WithLocation(location).WithArguments(name);

    /// <summary>The test project's sources live in /0/src with the policy at /0/guardrails.json, as a real repository would be laid out.</summary>
    private static SuppressorTest Create(string source, string baselineLines)
    {
        var test = new SuppressorTest();
        test.TestState.Sources.Add(("/0/src/Test0.cs", source));
        test.TestState.AdditionalFiles.Add(("/0/obj/guardrails/Guardrails.Baseline.txt", baselineLines));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.policy_file = /0/guardrails.json\n"));
        return test;
    }

    private sealed class SuppressorTest : CSharpAnalyzerTest<ExcludeFromCodeCoverageJustificationAnalyzer, DefaultVerifier>
    {
        public SuppressorTest()
        {
            ReferenceAssemblies = TestReferenceAssemblies.Net80;
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            [new ExcludeFromCodeCoverageJustificationAnalyzer(), new BaselineSuppressor()];
    }
}
