using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.SensitiveApiAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

/// <summary>What the GR3002 test classes share: the expected finding and a test with the annotations referenced.</summary>
internal static class SensitiveApiTestSupport
{
    /// <summary>One finding for a member: at its first use, the member's other uses as additional locations, in source order.</summary>
    public static DiagnosticResult Gr3002(string name, string summary, params int[] locations) =>
        Gr3002(name, summary, string.Empty, locations);

    public static DiagnosticResult Gr3002(string name, string summary, string advice, params int[] locations)
    {
        var result = Verify.Diagnostic(Descriptors.GR3002);
        foreach (var location in locations)
        {
            result = result.WithLocation(location);
        }

        return result.WithArguments(name, summary, advice);
    }

    public static Verify.Test CreateTest(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        AddAnnotations(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>A project the test project references (a test framework, a library).</summary>
    public static void AddReferencedProject(Verify.Test test, string name, string source)
    {
        var project = new ProjectState(name, LanguageNames.CSharp, "/" + name + "/", "cs");
        project.Sources.Add(("/" + name + "/" + name + ".cs", source));
        test.TestState.AdditionalProjects.Add(name, project);
        test.TestState.AdditionalProjectReferences.Add(name);
    }

    /// <summary>The global analyzer config: the policy task's keys and the compiler-visible MSBuild properties, one line each.</summary>
    public static void WithGlobalConfig(Verify.Test test, params string[] lines) =>
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n"));
}
