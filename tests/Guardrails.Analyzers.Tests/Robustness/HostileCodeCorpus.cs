using System.Collections.Immutable;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>One source file of the corpus, with the per-file policy settings the policy task would write for it.</summary>
/// <param name="AiGenerated">review.aiGenerated.paths matches the file (<c>guardrails.review.ai_generated</c>).</param>
/// <param name="ReviewAreas">The indexes of the review.areas whose paths match the file (<c>guardrails.review.file_areas</c>).</param>
internal sealed record CorpusFile(string Path, string Text, bool AiGenerated = false, string? ReviewAreas = null);

/// <summary>How big the generated parts of the corpus are.</summary>
internal sealed record CorpusSize(int LargeFiles, int LinesPerLargeFile, int HugeMethodStatements, int NestingDepth, int LambdaNestingDepth)
{
    /// <summary>
    /// What every test run uses. Nesting depths stay below what the compiler itself survives: on a 1.5 MB thread-pool stack
    /// (Linux) Roslyn's own binder and operation factory overflow at about 1,150 nested lambdas and 2,500-3,000 nested
    /// <c>if</c>s with any operation analyzer attached (Guardrails or not), and Windows threads have 1 MB; parentheses,
    /// conditionals, calls and binary operators go past 2,000.
    /// </summary>
    public static CorpusSize Default { get; } = new(LargeFiles: 50, LinesPerLargeFile: 400, HugeMethodStatements: 5_000, NestingDepth: 1_000, LambdaNestingDepth: 500);

    /// <summary>For a manual stress run (see <see cref="HostileCodeTests.UseStressSizes"/>); too slow for every build.</summary>
    public static CorpusSize Stress { get; } = new(LargeFiles: 300, LinesPerLargeFile: 1_000, HugeMethodStatements: 30_000, NestingDepth: 2_000, LambdaNestingDepth: 800);
}

/// <summary>
/// Code that does not compile, or is odd, for running every Guardrails analyzer over: unresolved names, syntax errors,
/// error symbols in attribute arguments, partial declarations across files, top-level statements, records, primary
/// constructors, file-local types, generated files, huge methods, deep nesting, unsafe code, P/Invoke, sensitive and banned
/// APIs, the annotations and test-framework attributes in odd places. Deterministic: the same seed gives the same files.
/// </summary>
internal static partial class HostileCodeCorpus
{
    public const int Seed = 20_260_801;

    /// <summary>Where the corpus pretends to live: under the policy file's folder, like a real repository.</summary>
    public const string Root = "/repo/src/Corpus/";

    public static ImmutableArray<CorpusFile> Create(CorpusSize size)
    {
        var random = new Random(Seed);
        return Stubs()
            .Concat(Unresolved())
            .Concat(SyntaxErrors())
            .Concat(MalformedAttributes())
            .Concat(Partials())
            .Concat(TopLevelStatements())
            .Concat(ModernTypes())
            .Concat(GeneratedFiles())
            .Concat(SensitiveCode())
            .Concat(AnnotationsInOddPlaces())
            .Concat(Tests())
            .Concat(Suppressions())
            .Concat(BannedUses())
            .Concat(OddFiles())
            .Concat(HugeMethods(size, random))
            .Concat(DeepNesting(size))
            .Concat(LargeFiles(size, random))
            .ToImmutableArray();
    }

    /// <summary>Files that make a second compilation fail in more ways (duplicate types, a second entry point, the assembly marked AI-generated).</summary>
    public static ImmutableArray<CorpusFile> Conflicts() => ImmutableArray.Create(
        new CorpusFile(Root + "Conflicts/DuplicateStubs.cs", """
            namespace Xunit
            {
                public class FactAttribute : System.Attribute { public int Skip; }
                public static class Assert { public static void True(bool b) { } }
            }
            namespace Guardrails
            {
                public class ReviewedAttribute { }
            }
            """),
        new CorpusFile(Root + "Conflicts/SecondProgram.cs", """
            System.Console.WriteLine("second entry point");
            return 1;
            """),
        new CorpusFile(Root + "Conflicts/AssemblyAttributes.cs", """
            [assembly: Guardrails.AiGenerated("agent", Date = "2020-01-01")]
            [assembly: Guardrails.Reviewed("alice", "2024-01-01")]
            [assembly: Guardrails.ReviewPending("2020-01-01")]
            [module: System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            [assembly: NUnit.Framework.Ignore("")]
            [assembly: NUnit.Framework.Explicit]
            """));

    /// <summary>
    /// A project that references the corpus as a compilation, as the IDE does (the command-line compiler sees metadata):
    /// the referenced code's symbols have syntax, in trees outside the analysed compilation.
    /// </summary>
    public static ImmutableArray<CorpusFile> Consumer() => ImmutableArray.Create(
        new CorpusFile("/repo/src/Consumer/Consumer.cs", """
            using System.Diagnostics;
            using Xunit;

            namespace Corpus.Consumer
            {
                public class DerivedFromLibrary : Corpus.Tests.Odd.AbstractTests
                {
                    protected override void Check() => Assert.True(false);
                    public override void AbstractTest() { }
                    [Fact] public void Own() => Helper();
                    void Helper() => Check();
                }

                public class UsesLibraryHelpers
                {
                    [Fact] public void PolicyHelpers() { Corpus.Tests.Expect.Valid((object)1); Corpus.Tests.Guard.Holds(true); }
                    [Fact] public void LibraryAssertingBase() => new Corpus.Tests.Odd.XunitTests().Asserts();
                    [Fact(Skip = "flaky")] public void Skipped() { }
                }

                [Guardrails.AiGenerated(Date = "2020-01-01")]
                [Guardrails.Reviewed("alice", "2024-01-01", Fingerprint = "000000000000")]
                public class ReviewedConsumer : Corpus.Review.Outer
                {
                    public void M() => Process.Start("consumer");
                    public void Ledger() => Corpus.Payments.Ledger.Post(1);
                }

                public class Derived : Corpus.Tests.Odd.XunitTests
                {
                    protected override void Hook() { }
                    [Fact] public new void NoAssertion() { }
                }

                public partial class Order : Corpus.Partials.Order { }
            }
            """, AiGenerated: true, ReviewAreas: "0"));

    private static CorpusFile File(string relativePath, string text, bool aiGenerated = false, string? reviewAreas = null) =>
        new(Root + relativePath, text, aiGenerated, reviewAreas);
}
