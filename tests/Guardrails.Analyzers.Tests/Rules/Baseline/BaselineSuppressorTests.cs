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
    public Task ALinkedFileFromOutsideTheProject_IsMatchedByItsPathRelativeToTheRepositoryRoot()
    {
        // <Compile Include="$(MSBuildThisFileDirectory)..\Shared\*.cs" />: the compiler names the file as written, with "..".
        var test = Create(Source, "GR2004\tShared/Polyfill.cs\t1\t" + MessageA + "\n", path: "/0/src/App/../../Shared/Polyfill.cs", root: "/0");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B"));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2"));
        return test.RunAsync();
    }

    [Fact]
    public Task TheRepositoryRoot_NotThePolicyFolder_IsWhatPathsAreRelativeTo()
    {
        // The policy in a subfolder of the git work tree: entries are keyed from the work tree's root.
        var test = Create(Source, "GR2004\tsrc/Test0.cs\t1\t" + MessageA + "\n", path: "/0/src/Test0.cs", root: "/0", policy: "/0/build/guardrails.json");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B"));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2"));
        return test.RunAsync();
    }

    [Fact]
    public Task FindingsInAFileOutsideTheRepository_AreSuppressed_EvenWithoutABaseline()
    {
        // The test SDK's Program.cs in the NuGet cache is compiled into the project but is not the repository's code.
        var test = Create(Source, baselineLines: null, path: "/home/dev/.nuget/packages/microsoft.net.test.sdk/18.0.1/build/net8.0/Program.cs", root: "/0");

        test.ExpectedDiagnostics.Add(Gr2004(0, "A").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(1, "B").WithIsSuppressed(true));
        test.ExpectedDiagnostics.Add(Gr2004(2, "A2").WithIsSuppressed(true));
        return test.RunAsync();
    }

    [Fact]
    public void EverySuppressionId_IsGRBOrGRXAndTheRuleNumber_ForEachImplementedAnalyzerRule()
    {
        var suppressor = new BaselineSuppressor();

        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "GRB2004" && s.SuppressedDiagnosticId == "GR2004");
        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "GRB3002" && s.SuppressedDiagnosticId == "GR3002");
        Assert.Contains(suppressor.SupportedSuppressions, s => s.Id == "GRX2004" && s.SuppressedDiagnosticId == "GR2004");
        Assert.All(suppressor.SupportedSuppressions, s => Assert.Contains(s.Id, new[] { "GRB" + s.SuppressedDiagnosticId.Substring(2), "GRX" + s.SuppressedDiagnosticId.Substring(2) }));
        Assert.Equal(suppressor.SupportedSuppressions.Length, suppressor.SupportedSuppressions.Select(s => s.Id).Distinct().Count());
        Assert.DoesNotContain(suppressor.SupportedSuppressions, s => s.SuppressedDiagnosticId == "GR1001");
    }

    private static string Message(string name) =>
        "'" + name + "' is excluded from code coverage without a justification; set Justification to say why it needs no tests";

    private static DiagnosticResult Gr2004(int location, string name) =>
        new DiagnosticResult(Descriptors.GR2004).WithLocation(location).WithArguments(name);

    /// <summary>The test project's sources live in /0/src with the policy at /0/guardrails.json, as a real repository would be laid out.</summary>
    /// <param name="root">The repository root the generated config names; without it (an older config) the policy's folder.</param>
    private static SuppressorTest Create(string source, string? baselineLines, string path = "/0/src/Test0.cs", string? root = null, string policy = "/0/guardrails.json")
    {
        var test = new SuppressorTest();
        test.TestState.Sources.Add((path, source));
        if (baselineLines is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/obj/guardrails/Guardrails.Baseline.txt", baselineLines));
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.policy_file = " + policy + "\n"
            + (root is null ? string.Empty : "guardrails.repository_root = " + root + "\n")));
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
