using Guardrails.Analyzers.Tests.Rules.Review;
using Guardrails.Analyzers.Tests.Rules.TestIntegrity;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>The annotations and the test frameworks, declared in source so that the review and test-integrity rules run.</summary>
internal static partial class HostileCodeCorpus
{
    /// <summary>xUnit (v2 and v3), NUnit and MSTest: the union of what the GR4001 and GR4002 stubs declare.</summary>
    private const string TestFrameworks = """
        namespace Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class FactAttribute : System.Attribute
            {
                public virtual string Skip { get; set; }
                public bool Explicit { get; set; }
                public string SkipUnless { get; set; }
                public string SkipWhen { get; set; }
                public System.Type SkipType { get; set; }
            }

            public class TheoryAttribute : FactAttribute { }

            public sealed class InlineDataAttribute : Xunit.Sdk.DataAttribute
            {
                public InlineDataAttribute(params object[] data) { }
            }

            public sealed class MemberDataAttribute : Xunit.v3.DataAttribute
            {
                public MemberDataAttribute(string memberName) { }
            }

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
                public static void Skip(string reason) { }
            }
        }

        namespace Xunit.Sdk
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public abstract class DataAttribute : System.Attribute
            {
                public virtual string Skip { get; set; }
            }

            public class XunitException : System.Exception { }
        }

        namespace Xunit.v3
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public abstract class DataAttribute : System.Attribute
            {
                public string Skip { get; set; }
                public bool Explicit { get; set; }
            }
        }

        namespace NUnit.Framework
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TestAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true)]
            public class TestFixtureAttribute : System.Attribute
            {
                public TestFixtureAttribute(params object[] arguments) { }
                public string Ignore { get; set; }
                public string IgnoreReason { get; set; }
                public bool Explicit { get; set; }
                public string Reason { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class TestCaseAttribute : System.Attribute
            {
                public TestCaseAttribute(params object[] arguments) { }
                public string Ignore { get; set; }
                public string IgnoreReason { get; set; }
                public bool Explicit { get; set; }
                public string Reason { get; set; }
            }

            public class TestCaseSourceAttribute : System.Attribute { public TestCaseSourceAttribute(string sourceName) { } }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public class IgnoreAttribute : System.Attribute
            {
                public IgnoreAttribute(string reason) { }
                public string Until { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class | System.AttributeTargets.Assembly)]
            public class ExplicitAttribute : System.Attribute
            {
                public ExplicitAttribute() { }
                public ExplicitAttribute(string reason) { }
            }

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
            public abstract class CollectionAssert
            {
                public static void IsNotEmpty(System.Collections.IEnumerable collection) { }
            }
            public class ResultStateException : System.Exception { }
            public class AssertionException : ResultStateException { }
        }

        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public class TestClassAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TestMethodAttribute : System.Attribute { }

            public class DataTestMethodAttribute : TestMethodAttribute { }

            [System.AttributeUsage(System.AttributeTargets.Method | System.AttributeTargets.Class)]
            public sealed class IgnoreAttribute : System.Attribute
            {
                public IgnoreAttribute() { }
                public IgnoreAttribute(string message) { IgnoreMessage = message; }
                public string IgnoreMessage { get; }
            }

            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class DataRowAttribute : System.Attribute
            {
                public DataRowAttribute(params object[] data) { }
                public string IgnoreMessage { get; set; }
            }

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
        yield return File("Stubs/TestFrameworks.cs", TestFrameworks);
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
