using static Guardrails.Analyzers.Tests.Rules.Review.SensitiveApiTestSupport;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.SensitiveApiAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

/// <summary>
/// GR3002 checks production code; a test project only when the policy includes tests. A project is a test project when
/// MSBuild says so, it references a test framework and it declares tests, all three: any one alone is a line an agent can
/// add to a library.
/// </summary>
public class SensitiveApiTestProjectTests
{
    private const string IsTestProject = "build_property.IsTestProject = true";
    private const string IncludeTests = "guardrails.review.sensitive_apis.include_tests = true";

    /// <summary>The real case: temporary files deleted in a test's cleanup.</summary>
    private const string XunitTests = """
        using System.IO;
        using Xunit;
        public class ExportTests
        {
            [Fact]
            public void Export_WritesTheFile()
            {
                var path = Path.GetTempFileName();
                {|#0:File.Delete(path)|};
            }
        }
        """;

    private const string Frameworks = """
        namespace Xunit
        {
            public class FactAttribute : System.Attribute { }
            public class TheoryAttribute : FactAttribute { }
        }
        namespace NUnit.Framework { public sealed class TestAttribute : System.Attribute { } }
        namespace Microsoft.VisualStudio.TestTools.UnitTesting { public class TestMethodAttribute : System.Attribute { } }
        namespace TUnit.Core { public sealed class TestAttribute : System.Attribute { } }
        """;

    private static readonly Microsoft.CodeAnalysis.Testing.DiagnosticResult CleanupFinding =
        Gr3002("ExportTests.Export_WritesTheFile()", "file and directory deletion (1 use: File.Delete(string))", 0);

    [Theory]
    [InlineData("using Xunit;", "Fact")]
    [InlineData("using Xunit;", "Theory")]
    [InlineData("using NUnit.Framework;", "Test")]
    [InlineData("using Microsoft.VisualStudio.TestTools.UnitTesting;", "TestMethod")]
    public Task TestProject_WithAFrameworkAndTests_IsNotChecked(string usingFramework, string attribute)
    {
        var test = CreateTest(XunitTests.Replace("using Xunit;", usingFramework).Replace("[Fact]", "[" + attribute + "]").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        AddReferencedProject(test, "TestFramework", Frameworks);
        WithGlobalConfig(test, IsTestProject);
        return test.RunAsync();
    }

    [Fact]
    public Task TestingPlatformApplication_WithTUnitTests_IsNotChecked()
    {
        var test = CreateTest(XunitTests.Replace("using Xunit;", "using TUnit.Core;").Replace("[Fact]", "[Test]").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
        AddReferencedProject(test, "TestFramework", Frameworks);
        WithGlobalConfig(test, "build_property.IsTestingPlatformApplication = true");
        return test.RunAsync();
    }

    [Fact]
    public Task TestProject_ThePolicyIncludesTests_IsChecked()
    {
        var test = CreateTest(XunitTests, CleanupFinding);
        AddReferencedProject(test, "TestFramework", Frameworks);
        WithGlobalConfig(test, IsTestProject, IncludeTests);
        return test.RunAsync();
    }

    [Fact]
    public Task FrameworkAndTests_WithoutIsTestProject_AreChecked()
    {
        var test = CreateTest(XunitTests, CleanupFinding);
        AddReferencedProject(test, "TestFramework", Frameworks);
        return test.RunAsync();
    }

    [Fact]
    public Task IsTestProjectFalse_IsChecked()
    {
        var test = CreateTest(XunitTests, CleanupFinding);
        AddReferencedProject(test, "TestFramework", Frameworks);
        WithGlobalConfig(test, "build_property.IsTestProject = false");
        return test.RunAsync();
    }

    // ---- An agent marking a library as a test project ----

    [Fact]
    public Task IsTestProjectOnALibrary_WithoutATestFramework_IsStillChecked()
    {
        var test = CreateTest(
            "using System.IO;\npublic static class Cleaner { public static void Clean(string path) => {|#0:Directory.Delete(path, true)|}; }",
            Gr3002("Cleaner.Clean(string)", "file and directory deletion (1 use: Directory.Delete(string, bool))", 0));
        WithGlobalConfig(test, IsTestProject);
        return test.RunAsync();
    }

    [Fact]
    public Task IsTestProjectOnALibrary_ThatReferencesATestFramework_ButDeclaresNoTest_IsStillChecked()
    {
        var test = CreateTest(
            "using System.IO;\npublic static class Cleaner { public static void Clean(string path) => {|#0:Directory.Delete(path, true)|}; }",
            Gr3002("Cleaner.Clean(string)", "file and directory deletion (1 use: Directory.Delete(string, bool))", 0));
        AddReferencedProject(test, "TestFramework", Frameworks);
        WithGlobalConfig(test, IsTestProject);
        return test.RunAsync();
    }

    [Fact]
    public Task IsTestProjectOnALibrary_WithAFakeFrameworkInItsOwnSource_IsStillChecked()
    {
        var test = CreateTest(
            XunitTests + "\nnamespace Xunit { public sealed class FactAttribute : System.Attribute { } }\n",
            CleanupFinding);
        WithGlobalConfig(test, IsTestProject);
        return test.RunAsync();
    }
}
