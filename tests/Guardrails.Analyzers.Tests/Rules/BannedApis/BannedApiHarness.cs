using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.BannedApiAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>Runs GR1101-GR1103 over source code with ban files given as additional files, as MSBuild hands them over.</summary>
internal static class BannedApiHarness
{
    /// <summary>Where the tests pretend guardrails.json is (the policy task writes its path into the global analyzer config).</summary>
    public const string PolicyPath = "/repo/guardrails.json";

    /// <summary>One BannedSymbols.txt, read as BannedApiAnalyzers reads it.</summary>
    public static Task VerifyAsync(string source, string bannedSymbols, params DiagnosticResult[] expected)
    {
        var test = Create(source, expected);
        test.TestState.AdditionalFiles.Add(("BannedSymbols.txt", bannedSymbols));
        return test.RunAsync();
    }

    public static Verify.Test Create(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    /// <summary>Compiles <paramref name="librarySource"/> as a referenced project "Lib": its own code is not analysed against the bans.</summary>
    public static Verify.Test WithLibrary(this Verify.Test test, string librarySource)
    {
        test.TestState.AdditionalProjects["Lib"].Sources.Add(("Lib.cs", librarySource));
        test.TestState.AdditionalProjectReferences.Add("Lib");
        return test;
    }

    /// <summary>The generated file (policy <c>apis.banned</c>), with the policy path in the global analyzer config, as the policy task writes them.</summary>
    public static Verify.Test WithPolicy(this Verify.Test test, string generatedFile)
    {
        test.TestState.AdditionalFiles.Add(("Guardrails.BannedApis.txt", generatedFile));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.policy_file = " + PolicyPath + "\n"));
        return test;
    }

    public static Verify.Test WithBannedSymbols(this Verify.Test test, string bannedSymbols, string fileName = "BannedSymbols.txt")
    {
        test.TestState.AdditionalFiles.Add((fileName, bannedSymbols));
        return test;
    }

    /// <summary>GR1101 at markup location <paramref name="markupKey"/>, naming <paramref name="symbol"/> and the entry's message.</summary>
    public static DiagnosticResult Banned(int markupKey, string symbol, string message = "") =>
        Verify.Diagnostic(Descriptors.GR1101).WithLocation(markupKey).WithArguments(symbol, message.Length == 0 ? string.Empty : ": " + message);

    /// <summary>GR1102 at a line and column of a ban file (1-based).</summary>
    public static DiagnosticResult Unresolved(string path, int line, int column, string id, string explanation) =>
        Verify.Diagnostic(Descriptors.GR1102).WithLocation(path, line, column).WithArguments(id, explanation);

    public static DiagnosticResult Duplicate(string path, int line, int column, string earlierPath, int earlierLine, int earlierColumn, string id, string earlierDisplay, string advice = "; remove one of them") =>
        Verify.Diagnostic(Descriptors.GR1103)
            .WithLocation(path, line, column)
            .WithLocation(earlierPath, earlierLine, earlierColumn)
            .WithArguments(id, earlierDisplay, advice);
}
