namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// Minimal stand-ins for the test frameworks and assertion libraries, with their real namespaces and type names, so the
/// tests compile against exactly the symbols GR4001 resolves without downloading the packages.
/// </summary>
internal static class GR4001Stubs
{
    public const string Xunit = """
        namespace Xunit
        {
            public class FactAttribute : System.Attribute { public string Skip { get; set; } }
            public class TheoryAttribute : FactAttribute { }
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public sealed class InlineDataAttribute : System.Attribute { public InlineDataAttribute(params object[] data) { } }
            public static class Assert
            {
                public static void True(bool condition, string userMessage = null) { }
                public static void False(bool condition, string userMessage = null) { }
                public static void Equal<T>(T expected, T actual) { }
                public static void Same(object expected, object actual) { }
                public static void NotNull(object @object) { }
                public static void All<T>(System.Collections.Generic.IEnumerable<T> collection, System.Action<T> action) { }
                public static T Throws<T>(System.Action testCode) where T : System.Exception => null;
                public static System.Threading.Tasks.Task<T> ThrowsAsync<T>(System.Func<System.Threading.Tasks.Task> testCode) where T : System.Exception => null;
                public static void Multiple(params System.Action[] checks) { }
            }
        }

        namespace Xunit.Sdk
        {
            public class XunitException : System.Exception { }
        }
        """;

    public const string NUnit = """
        namespace NUnit.Framework
        {
            public class TestAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class TestCaseAttribute : System.Attribute { public TestCaseAttribute(params object[] arguments) { } }
            public class TestCaseSourceAttribute : System.Attribute { public TestCaseSourceAttribute(string sourceName) { } }
            public class IgnoreAttribute : System.Attribute { public IgnoreAttribute(string reason) { } }
            public interface IResolveConstraint { }
            public static class Is
            {
                public static IResolveConstraint EqualTo(object expected) => null;
                public static IResolveConstraint Positive => null;
            }
            public abstract class Assert
            {
                public static void That(bool condition, string message = null) { }
                public static void That<TActual>(TActual actual, IResolveConstraint expression) { }
                public static void Multiple(System.Action testDelegate) { }
                public static void Pass() { }
                public static TActual Throws<TActual>(System.Action code) where TActual : System.Exception => null;
            }
            public abstract class Assume
            {
                public static void That<TActual>(TActual actual, IResolveConstraint expression) { }
            }
            public abstract class CollectionAssert
            {
                public static void IsNotEmpty(System.Collections.IEnumerable collection) { }
            }
            public class ResultStateException : System.Exception { }
            public class AssertionException : ResultStateException { }
        }
        """;

    public const string MSTest = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            public class TestClassAttribute : System.Attribute { }
            public class TestMethodAttribute : System.Attribute { }
            public class DataTestMethodAttribute : TestMethodAttribute { }
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class DataRowAttribute : System.Attribute { public DataRowAttribute(params object[] data) { } }
            public class IgnoreAttribute : System.Attribute { }
            public abstract class ExpectedExceptionBaseAttribute : System.Attribute { }
            public sealed class ExpectedExceptionAttribute : ExpectedExceptionBaseAttribute
            {
                public ExpectedExceptionAttribute(System.Type exceptionType) { }
            }
            public sealed class Assert
            {
                public static void AreEqual<T>(T expected, T actual) { }
                public static void IsTrue(bool condition) { }
                public static void IsNotNull(object value) { }
                public static void Inconclusive() { }
            }
            public class UnitTestAssertException : System.Exception { }
            public class AssertFailedException : UnitTestAssertException { }
        }
        """;

    public const string FluentAssertions = """
        namespace FluentAssertions
        {
            public static class AssertionExtensions
            {
                public static FluentAssertions.Numeric.NumericAssertions<int> Should(this int actualValue) => null;
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
        yield return ("Stubs.Xunit.cs", Xunit);
        yield return ("Stubs.NUnit.cs", NUnit);
        yield return ("Stubs.MSTest.cs", MSTest);
        yield return ("Stubs.FluentAssertions.cs", FluentAssertions);
        yield return ("Stubs.Shouldly.cs", Shouldly);
        yield return ("Stubs.NSubstitute.cs", NSubstitute);
        yield return ("Stubs.Moq.cs", Moq);
        yield return ("Stubs.Verify.cs", Verify);
        yield return ("Stubs.RoslynTesting.cs", RoslynTesting);
        yield return ("Stubs.CsCheck.cs", CsCheck);
    }
}
