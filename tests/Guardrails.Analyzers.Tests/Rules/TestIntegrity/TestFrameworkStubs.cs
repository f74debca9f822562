namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// Just enough of xUnit (v2 and v3), NUnit and MSTest for the test-integrity rules (GR4001, GR4002) and the hostile
/// corpus: the real namespaces, type names, constructors, named properties and assertion methods, no behaviour. The
/// analyzers resolve these by metadata name, exactly as they resolve the real ones.
/// </summary>
internal static class TestFrameworkStubs
{
    /// <summary>xUnit v2: Fact/Theory with their skip properties, InlineData, Assert, Record, XunitException.</summary>
    public const string Xunit = """
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

            public static class Assert
            {
                public static void True(bool condition, string userMessage = null) { }
                public static void False(bool condition, string userMessage = null) { }
                public static void Equal<T>(T expected, T actual) { }
                public static void Same(object expected, object actual) { }
                public static void NotNull(object @object) { }
                public static void Null(object @object) { }
                public static void All<T>(System.Collections.Generic.IEnumerable<T> collection, System.Action<T> action) { }
                public static T Throws<T>(System.Action testCode) where T : System.Exception => null;
                public static System.Threading.Tasks.Task<T> ThrowsAsync<T>(System.Func<System.Threading.Tasks.Task> testCode) where T : System.Exception => null;
                public static void Multiple(params System.Action[] checks) { }
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Skip(string reason) => throw null;
            }

            public static class Record
            {
                public static System.Exception Exception(System.Action testCode) => null;
                public static System.Exception Exception(System.Func<object> testCode) => null;
                [System.Obsolete("You must call Record.ExceptionAsync (and await the result) when testing async code.", true)]
                public static System.Exception Exception(System.Func<System.Threading.Tasks.Task> testCode) => null;
                public static System.Threading.Tasks.Task<System.Exception> ExceptionAsync(System.Func<System.Threading.Tasks.Task> testCode) => null;
            }
        }

        namespace Xunit.Sdk
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public abstract class DataAttribute : System.Attribute
            {
                public virtual string Skip { get; set; }
            }

            public class XunitException : System.Exception
            {
                public XunitException() { }
                public XunitException(string userMessage) { }
            }
        }
        """;

    /// <summary>xUnit v3's data attributes (Skip, Explicit) and MemberData on them; compile with <see cref="Xunit"/>.</summary>
    public const string XunitV3Data = """
        namespace Xunit.v3
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public abstract class DataAttribute : System.Attribute
            {
                public string Skip { get; set; }
                public bool Explicit { get; set; }
            }
        }

        namespace Xunit
        {
            public sealed class MemberDataAttribute : Xunit.v3.DataAttribute
            {
                public MemberDataAttribute(string memberName) { }
            }
        }
        """;

    /// <summary>NUnit: Test, TestFixture/TestCase with ignore and explicit properties, Ignore, Explicit, Assert, Assume.</summary>
    public const string NUnit = """
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
                public static void AreEqual(object expected, object actual, string message = null) { }
                public static void Multiple(System.Action testDelegate) { }
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Pass() => throw null;
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Fail(string message) => throw null;
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Ignore(string message) => throw null;
                public static TActual Throws<TActual>(System.Action code) where TActual : System.Exception => null;
                public static void DoesNotThrow(TestDelegate code) { }
                public static void DoesNotThrowAsync(AsyncTestDelegate code) { }
            }
            public delegate void TestDelegate();
            public delegate System.Threading.Tasks.Task AsyncTestDelegate();
            public abstract class Assume
            {
                public static void That<TActual>(TActual actual, IResolveConstraint expression) { }
                public static void That([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition) { }
            }
            public abstract class Warn
            {
                public static void If([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(true)] bool condition) { }
            }
            public abstract class CollectionAssert
            {
                public static void IsNotEmpty(System.Collections.IEnumerable collection) { }
            }
            public class ResultStateException : System.Exception { }
            public class AssertionException : ResultStateException { }
        }
        """;

    /// <summary>MSTest: TestClass/TestMethod, Ignore, DataRow with IgnoreMessage, ExpectedException, Assert.</summary>
    public const string MSTest = """
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
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Fail(string message) => throw null;
                [System.Diagnostics.CodeAnalysis.DoesNotReturn] public static void Inconclusive() => throw null;
            }
            public class UnitTestAssertException : System.Exception { }
            public class AssertFailedException : UnitTestAssertException { }
        }
        """;

    /// <summary>All four, for a compilation that references every framework at once.</summary>
    public const string All = Xunit + "\n" + XunitV3Data + "\n" + NUnit + "\n" + MSTest;
}
