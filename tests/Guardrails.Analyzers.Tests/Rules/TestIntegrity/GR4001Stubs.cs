namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// Minimal stand-ins for the assertion, mocking and snapshot libraries, with their real namespaces and type names, so the
/// tests compile against exactly the symbols GR4001 resolves without downloading the packages. The test frameworks
/// themselves are <see cref="TestFrameworkStubs"/>, shared with GR4002's tests and the hostile corpus.
/// </summary>
internal static class GR4001Stubs
{
    public const string FluentAssertions = """
        namespace FluentAssertions
        {
            public static class AssertionExtensions
            {
                public static FluentAssertions.Numeric.NumericAssertions<int> Should(this int actualValue) => null;
                public static FluentAssertions.Specialized.ActionAssertions Should(this System.Action action) => null;
                public static FluentAssertions.Specialized.NonGenericAsyncFunctionAssertions Should(this System.Func<System.Threading.Tasks.Task> action) => null;
            }
        }

        namespace FluentAssertions.Specialized
        {
            public class ActionAssertions
            {
                public void NotThrow(string because = "") { }
            }
            public class NonGenericAsyncFunctionAssertions
            {
                public System.Threading.Tasks.Task NotThrowAsync(string because = "") => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace FluentAssertions.Numeric
        {
            public class NumericAssertions<T>
            {
                public NumericAssertions<T> Be(T expected) => this;
            }
        }
        """;

    public const string Shouldly = """
        namespace Shouldly
        {
            public static class ShouldBeTestExtensions
            {
                public static void ShouldBe<T>(this T actual, T expected) { }
            }
            public static class Should
            {
                public static TException Throw<TException>(System.Action actual) where TException : System.Exception => null;
                public static void NotThrow(System.Action action) { }
                public static T NotThrow<T>(System.Func<T> action) => default;
                public static System.Threading.Tasks.Task NotThrowAsync(System.Func<System.Threading.Tasks.Task> action) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    public const string NSubstitute = """
        namespace NSubstitute
        {
            public static class Substitute
            {
                public static T For<T>() where T : class => null;
            }
            public static class SubstituteExtensions
            {
                public static T Received<T>(this T substitute) where T : class => substitute;
                public static T DidNotReceive<T>(this T substitute) where T : class => substitute;
            }
        }
        """;

    public const string Moq = """
        namespace Moq
        {
            public abstract class Mock
            {
                public void VerifyAll() { }
                public void VerifyNoOtherCalls() { }
            }
            public class Mock<T> : Mock where T : class
            {
                public T Object => null;
                public object Setup(System.Linq.Expressions.Expression<System.Action<T>> expression) => null;
                public void Verify(System.Linq.Expressions.Expression<System.Action<T>> expression) { }
            }
        }
        """;

    public const string Verify = """
        namespace VerifyXunit
        {
            public static class Verifier
            {
                public static System.Threading.Tasks.Task Verify(object target) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    public const string RoslynTesting = """
        namespace Microsoft.CodeAnalysis.Testing
        {
            public abstract class AnalyzerTest<TVerifier>
            {
                public System.Threading.Tasks.Task RunAsync() => System.Threading.Tasks.Task.CompletedTask;
                public string TestCode { get; set; }
            }
            public class DefaultVerifier { }
        }
        """;

    public const string CsCheck = """
        namespace CsCheck
        {
            public class Gen<T> { }
            public static class Check
            {
                public static void Sample<T>(this Gen<T> gen, System.Func<T, bool> property, long iter = 100) { }
            }
        }
        """;

    /// <summary>Every stub, each as its own source file.</summary>
    public static IEnumerable<(string FileName, string Source)> All()
    {
        yield return ("Stubs.Xunit.cs", TestFrameworkStubs.Xunit);
        yield return ("Stubs.NUnit.cs", TestFrameworkStubs.NUnit);
        yield return ("Stubs.MSTest.cs", TestFrameworkStubs.MSTest);
        yield return ("Stubs.FluentAssertions.cs", FluentAssertions);
        yield return ("Stubs.Shouldly.cs", Shouldly);
        yield return ("Stubs.NSubstitute.cs", NSubstitute);
        yield return ("Stubs.Moq.cs", Moq);
        yield return ("Stubs.Verify.cs", Verify);
        yield return ("Stubs.RoslynTesting.cs", RoslynTesting);
        yield return ("Stubs.CsCheck.cs", CsCheck);
    }
}
