using Guardrails.Analyzers.Tests.Rules.Review;
using Guardrails.Analyzers.Tests.Rules.TestIntegrity;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>The annotations and the test frameworks, declared in source so that the review and test-integrity rules run.</summary>
internal static partial class HostileCodeCorpus
{
    /// <summary>A home-made exclusion attribute (coverlet matches by name) and the project's own assertion helpers named by the policy.</summary>
    private const string ProjectHelpers = """
        namespace Corpus.Coverage
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute { public string Justification { get; set; } }
        }

        namespace Corpus.Tests
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class AssertionMethodAttribute : System.Attribute { }

            public sealed class CustomAssertionAttribute : System.Attribute { }

            public static class Expect
            {
                public static void Valid(object value) { if (value is null) throw new System.InvalidOperationException(); }
                public static void Valid(string value) { }
            }

            public static class Check
            {
                public static void That(bool condition) { }
                public static void That<T>(T value, System.Func<T, bool> predicate) { }
            }

            public static class Guard
            {
                [AssertionMethod] public static void Holds(bool condition) { }
                [CustomAssertion] public static void Also(bool condition) { }
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Fail() => throw new System.Exception();
                public static void IsTrue([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition) { }
            }
        }
        """;

    private static IEnumerable<CorpusFile> Stubs()
    {
        yield return File("Stubs/Annotations.cs", ReviewStubs.Annotations);
        yield return File("Stubs/TestFrameworks.cs", TestFrameworkStubs.All);
        yield return File("Stubs/ProjectHelpers.cs", ProjectHelpers);
        yield return File("Stubs/FluentAssertions.cs", GR4001Stubs.FluentAssertions);
        yield return File("Stubs/Shouldly.cs", GR4001Stubs.Shouldly);
        yield return File("Stubs/NSubstitute.cs", GR4001Stubs.NSubstitute);
        yield return File("Stubs/Moq.cs", GR4001Stubs.Moq);
        yield return File("Stubs/Verify.cs", GR4001Stubs.Verify);
        yield return File("Stubs/RoslynTesting.cs", GR4001Stubs.RoslynTesting);
        yield return File("Stubs/CsCheck.cs", GR4001Stubs.CsCheck);
    }
}
