namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// Just enough of xUnit (v2 and v3), NUnit and MSTest for GR4002's tests: the real namespaces, type names, constructors
/// and named properties, no behaviour. The analyzer resolves these by metadata name, exactly as it resolves the real ones.
/// </summary>
internal static class GR4002TestFrameworkStubs
{
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
        }

        namespace Xunit.Sdk
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public abstract class DataAttribute : System.Attribute
            {
                public virtual string Skip { get; set; }
            }
        }
        """;

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
        }
        """;

    public const string MSTest = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public class TestClassAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public class TestMethodAttribute : System.Attribute { }

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
        }
        """;
}
