using Guardrails.Analyzers.Rules.TestIntegrity;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.TestWithoutAssertionAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>Runs GR4001 over one test file compiled together with the framework stubs.</summary>
internal static class GR4001Harness
{
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Create(source, expected).RunAsync();

    /// <summary>As the policy task hands <c>tests.*</c> to the analyzers: a generated global analyzer config.</summary>
    public static Task VerifyWithPolicyAsync(string source, string policyOptions, params DiagnosticResult[] expected)
    {
        var test = Create(source, expected);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + policyOptions + "\n"));
        return test.RunAsync();
    }

    public static Verify.Test Create(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        foreach (var stub in GR4001Stubs.All())
        {
            test.TestState.Sources.Add(stub);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>A test that asserts nothing and does more (or less) than only call code: no way out but an assertion.</summary>
    public static DiagnosticResult Gr4001(int markupKey, string testName) =>
        Verify.Diagnostic(Descriptors.GR4001).WithLocation(markupKey).WithArguments(testName, NoExceptionExpectation.AssertsNothing);

    /// <summary>
    /// A test that only calls code: the message says how to state "does not throw". The harness compiles every stub, so
    /// FluentAssertions is referenced and is the style the message names (an assertion library is preferred).
    /// </summary>
    public static DiagnosticResult Gr4001OnlyCallsCode(int markupKey, string testName, bool isAsync = false) =>
        Gr4001OnlyCallsCode(markupKey, testName, NoExceptionStyle.FluentAssertions, isAsync);

    public static DiagnosticResult Gr4001OnlyCallsCode(int markupKey, string testName, NoExceptionStyle? style, bool isAsync = false) =>
        Verify.Diagnostic(Descriptors.GR4001).WithLocation(markupKey).WithArguments(testName, NoExceptionExpectation.OnlyCallsCodeMessage(style, isAsync));
}
