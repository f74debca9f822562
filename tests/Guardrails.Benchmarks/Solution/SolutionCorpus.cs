using Guardrails.Benchmarks.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// The sources of a generated two-project solution of more than 200,000 lines under <see cref="Root"/>:
/// <list type="bullet">
/// <item><c>Contoso.Orders</c>: the GR2004 corpus's order files (<see cref="CodeCorpus"/>) scaled to <see cref="OrderFiles"/>
/// files, and per module a legacy file (banned APIs), an interop file (sensitive APIs, suppressions), an AI-generated pricing
/// assistant and a payments ledger (review annotations).</item>
/// <item><c>Contoso.Orders.Tests</c>: xUnit tests of <see cref="TestedFeatures"/> of the order services.</item>
/// </list>
/// What the analyzers must find in it is in <see cref="ExpectedFindings"/>.
/// </summary>
internal static class SolutionCorpus
{
    /// <summary>Where the solution lives: the policy file is at its root, every source path is absolute under it.</summary>
    public const string Root = "/repo";

    public const int Modules = CodeCorpus.LegacyFiles;

    /// <summary>Order files (about 281 lines each): with the rest, the solution has just over 200,000 lines.</summary>
    public const int OrderFiles = 640;

    /// <summary>Order services with a test file (about 100 lines each).</summary>
    public const int TestedFeatures = 200;

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12, DocumentationMode.Parse);

    public static (IReadOnlyList<SourceFile> Application, IReadOnlyList<SourceFile> Tests, ExpectedFindings Expected) Generate()
    {
        var orders = CodeCorpus.Generate(OrderFiles);
        var application = orders.Sources.Select(s => new SourceFile(Root + "/" + s.Path, s.Text)).ToList();
        for (var m = 0; m < Modules; m++)
        {
            application.Add(new SourceFile(Root + "/src/Module" + m + "/Legacy/LegacyBridge.cs", CodeCorpus.LegacyFile(m)));
            application.Add(new SourceFile(Root + "/" + InteropCode.Path(m), InteropCode.File(m)));
            application.Add(new SourceFile(Root + "/" + ReviewCode.AssistantPath(m), ReviewCode.WithFingerprints(ReviewCode.Assistant(m), ParseOptions)));
            application.Add(new SourceFile(Root + "/" + ReviewCode.LedgerPath(m), ReviewCode.WithFingerprints(ReviewCode.Ledger(m), ParseOptions)));
        }

        var tests = Enumerable.Range(0, TestedFeatures).Select(f => new SourceFile(Root + "/" + TestCode.Path(f), TestCode.File(f))).ToList();
        var features = Enumerable.Range(0, TestedFeatures).ToList();
        var expected = new ExpectedFindings(
            new Dictionary<string, int>
            {
                ["GR2004"] = orders.ExpectedGr2004,
                ["GR3003"] = Modules, // one stale review per pricing assistant
                ["GR3004"] = Modules, // one review by 'mallory' per ledger, who is not in 'payments'
                ["GR3007"] = 1, // the review-debt summary of the application (the tests have no AI-generated code)
                ["GR4001"] = features.Count(TestCode.HasTestWithoutAssertion) + features.Count(TestCode.HasUnjustifiedSuppression),
                ["GR4002"] = features.Count(TestCode.HasUntrackedSkip),
                ["GR4003"] = (2 * Modules) + features.Count(TestCode.HasUnjustifiedSuppression),
            },
            new[] { "GR1101", "GR3001", "GR3002", "GR3005" });
        return (application, tests, expected);
    }

    public static int Lines(IEnumerable<SourceFile> files) => files.Sum(f => f.Text.Count(c => c == '\n'));
}
