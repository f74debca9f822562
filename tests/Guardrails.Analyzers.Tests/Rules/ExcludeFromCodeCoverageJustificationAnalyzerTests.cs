using Guardrails.CodeFixes;
using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.ExcludeFromCodeCoverageJustificationAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules;

public class ExcludeFromCodeCoverageJustificationAnalyzerTests
{
    private const string Usings = "using System.Diagnostics.CodeAnalysis;\n";

    // ---- Reports: where the attribute stands ----

    [Fact]
    public Task ClassWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage|}] class C { }",
            Gr2004(0, "C"));

    // Without ExcludeFrom in the source the rule registers nothing (SourceMentions): these name the attribute without writing it out.

    [Fact]
    public Task ExclusionThroughAGlobalAliasInAnotherFile_Reports()
    {
        var test = new Verify.Test { TestCode = "[{|#0:NoCoverage|}] class C { }" };
        test.TestState.Sources.Add(("/0/Aliases.cs", "global using NoCoverage = System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute;"));
        test.ExpectedDiagnostics.Add(Gr2004(0, "C"));
        return test.RunAsync();
    }

    [Fact]
    public Task ExclusionSpeltWithUnicodeEscapes_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:\\u0045xcludeFromCodeCoverage|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task MethodWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] void M() { } }",
            Gr2004(0, "C.M()"));

    [Fact]
    public Task ConstructorWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] public C() { } }",
            Gr2004(0, "C.C()"));

    [Fact]
    public Task PropertyWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] int P { get; set; } }",
            Gr2004(0, "C.P"));

    [Fact]
    public Task PropertyAccessorWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { int P { [{|#0:ExcludeFromCodeCoverage|}] get => 1; } }",
            Gr2004(0, "C.P.get"));

    [Fact]
    public Task EventWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] event System.EventHandler E { add { } remove { } } }",
            Gr2004(0, "C.E"));

    [Fact]
    public Task StructWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage|}] struct S { }",
            Gr2004(0, "S"));

    [Fact]
    public Task RecordWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage|}] record R(int Value);",
            Gr2004(0, "R"));

    [Fact]
    public Task NestedTypeWithoutJustification_ReportsOnTheNestedType() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class Outer { [{|#0:ExcludeFromCodeCoverage|}] class Inner { } }",
            Gr2004(0, "Outer.Inner"));

    [Fact]
    public Task LocalFunctionWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { void M() { Local(); [{|#0:ExcludeFromCodeCoverage|}] static void Local() { } } }",
            Gr2004(0, "Local()"));

    [Fact]
    public Task LocalFunctionWithPlaceholderJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { int M() { return Local(); [{|#0:ExcludeFromCodeCoverage(Justification = \"TODO\")|}] int Local() => 1; } }",
            Gr2004(0, "Local()"));

    [Fact]
    public Task LocalFunctionWithRealJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { void M() { Local(); [ExcludeFromCodeCoverage(Justification = \"Diagnostics dump, only runs under a debugger\")] void Local() { } } }");

    [Fact]
    public Task LambdaInMethodWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { void M() { System.Action a = [{|#0:ExcludeFromCodeCoverage|}] () => { }; a(); } }",
            Gr2004(0, "a lambda in C.M()"));

    [Fact]
    public Task LambdaInFieldInitializerWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { System.Action A = [{|#0:ExcludeFromCodeCoverage|}] () => { }; }",
            Gr2004(0, "a lambda in C.A"));

    [Fact]
    public Task LambdaWithRealJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { System.Action A = [ExcludeFromCodeCoverage(Justification = \"Callback only the OS invokes on shutdown\")] () => { }; }");

    [Fact]
    public Task AssemblyLevelWithoutJustification_ReportsOnTheAssembly() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[assembly: {|#0:ExcludeFromCodeCoverage|}]",
            Gr2004(0, "the assembly TestProject"));

    [Fact]
    public Task AssemblyLevelWithJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[assembly: ExcludeFromCodeCoverage(Justification = \"Generated gRPC client, tested by the contract suite\")]");

    [Fact]
    public Task AttributeInListWithOthers_ReportsOnlyTheExclusion() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[System.Serializable, {|#0:ExcludeFromCodeCoverage|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task FullyQualifiedAttributeWithSuffix_Reports() =>
        Verify.VerifyAnalyzerAsync(
            "[{|#0:System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task TwoExclusionsInOneFile_ReportsEach() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] void A() { } [{|#1:ExcludeFromCodeCoverage(Justification = \"\")|}] void B() { } }",
            Gr2004(0, "C.A()"),
            Gr2004(1, "C.B()"));

    // ---- Reports: justifications that say nothing ----

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\\t\\r\\n")]
    [InlineData("<Pending>")]
    [InlineData("<explain why>")]
    [InlineData("TODO")]
    [InlineData("todo")]
    [InlineData(" Pending ")]
    [InlineData("TBD")]
    [InlineData("FIXME")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("na")]
    [InlineData("none")]
    [InlineData("x")]
    [InlineData("?")]
    [InlineData(AddCoverageJustificationCodeFix.Template)]
    public Task PlaceholderJustification_Reports(string justification) =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage(Justification = \"" + justification + "\")|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task NullJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage(Justification = null)|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task PlaceholderJustificationOnAssembly_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[assembly: {|#0:ExcludeFromCodeCoverage(Justification = \"TODO\")|}]",
            Gr2004(0, "the assembly TestProject"));

    [Fact]
    public Task ConstJustificationHoldingAPlaceholder_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "static class Why { public const string Later = \"<Pending>\"; }\n[{|#0:ExcludeFromCodeCoverage(Justification = Why.Later)|}] class C { }",
            Gr2004(0, "C"));

    // ---- Reports: the attribute by name, in any namespace, under any alias ----

    [Fact]
    public Task AliasedAttribute_Reports() =>
        Verify.VerifyAnalyzerAsync(
            "using Skip = System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute;\n[{|#0:Skip|}] class C { }",
            Gr2004(0, "C"));

    [Fact]
    public Task AliasedAttributeOnAssembly_Reports() =>
        Verify.VerifyAnalyzerAsync(
            "using Skip = System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverageAttribute;\n[assembly: {|#0:Skip|}]",
            Gr2004(0, "the assembly TestProject"));

    [Fact]
    public Task HomeMadeExcludeFromCodeCoverageAttribute_Reports() =>
        Verify.VerifyAnalyzerAsync(
            """
            namespace MyCompany.Testing
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class ExcludeFromCodeCoverageAttribute : System.Attribute { }
            }

            namespace App
            {
                [{|#0:MyCompany.Testing.ExcludeFromCodeCoverage|}] class C { }
            }
            """,
            Gr2004(0, "C"));

    [Fact]
    public Task HomeMadeAttributeOnAField_Reports() =>
        Verify.VerifyAnalyzerAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCodeCoverageAttribute : System.Attribute { }

            class C { [{|#0:ExcludeFromCodeCoverage|}] int _field; }
            """,
            Gr2004(0, "C._field"));

    [Fact]
    public Task HomeMadeAttributeOnAFieldLikeEvent_Reports() =>
        Verify.VerifyAnalyzerAsync(
            """
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class ExcludeFromCoverageAttribute : System.Attribute { }

            class C { [{|#0:ExcludeFromCoverage|}] event System.EventHandler? Changed; }
            """,
            Gr2004(0, "C.Changed"));

    [Fact]
    public Task RecordPositionalPropertyWithoutJustification_Reports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "record R([property: {|#0:ExcludeFromCodeCoverage|}] int Value);",
            Gr2004(0, "R.Value"));

    [Fact]
    public Task CoverletExcludeFromCoverageAttribute_Reports() =>
        Verify.VerifyAnalyzerAsync(
            """
            namespace Coverlet.Core.Attributes
            {
                public sealed class ExcludeFromCoverageAttribute : System.Attribute { }
            }

            [{|#0:Coverlet.Core.Attributes.ExcludeFromCoverage|}] class C { }
            """,
            Gr2004(0, "C"));

    [Fact]
    public Task HomeMadeAttributeWithJustificationProperty_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            """
            public sealed class ExcludeFromCoverageAttribute : System.Attribute
            {
                public string? Justification { get; set; }
            }

            [ExcludeFromCoverage(Justification = "Thin wrapper over the OS clock, nothing to branch on")] class C { }
            """);

    [Fact]
    public Task AttributeWithSimilarName_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            """
            public sealed class ExcludeFromCodeCoverageReportAttribute : System.Attribute { }

            [ExcludeFromCodeCoverageReport] class C { }
            """);

    // ---- Reports: generated and partial code is not exempt ----

    [Fact]
    public Task AutoGeneratedHeader_StillReports()
    {
        var test = new Verify.Test
        {
            TestCode = "// <auto-generated/>\n" + Usings + "[{|#0:ExcludeFromCodeCoverage|}] class C { }",
            // The framework's own generated-code pass expects analyzers to stay silent there; this one must not.
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck,
        };
        test.ExpectedDiagnostics.Add(Gr2004(0, "C"));
        return test.RunAsync();
    }

    [Fact]
    public Task GeneratedFileName_StillReports()
    {
        var test = new Verify.Test { TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck };
        test.TestState.Sources.Add(("Client.g.cs", Usings + "[{|#0:ExcludeFromCodeCoverage|}] class C { }"));
        test.ExpectedDiagnostics.Add(Gr2004(0, "C"));
        return test.RunAsync();
    }

    [Fact]
    public Task FilesTheBuildWritesUnderObj_WithAnAutoGeneratedHeader_AreLeftAlone_TheHeaderOrThePathAloneIsNot()
    {
        // A test SDK's generated entry point (obj/.../AutoGeneratedProgram.cs): nobody can add a justification there.
        var test = new Verify.Test { TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck };
        test.TestState.Sources.Add(("/0/obj/Debug/net10.0/AutoGeneratedProgram.cs", "// <auto-generated> This file was generated by MSBuild </auto-generated>\n" + Usings + "[ExcludeFromCodeCoverage] class AutoGeneratedProgram { }"));
        test.TestState.Sources.Add(("/0/obj/Handwritten.cs", Usings + "[{|#0:ExcludeFromCodeCoverage|}] class InObjWithoutHeader { }"));
        test.TestState.Sources.Add(("/0/src/Checked.cs", "// <auto-generated/>\n" + Usings + "[{|#1:ExcludeFromCodeCoverage|}] class HeaderOutsideObj { }"));
        test.ExpectedDiagnostics.Add(Gr2004(0, "InObjWithoutHeader"));
        test.ExpectedDiagnostics.Add(Gr2004(1, "HeaderOutsideObj"));
        return test.RunAsync();
    }

    [Fact]
    public Task PartialClassAcrossTwoFiles_ReportsOnce()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Usings + "[{|#0:ExcludeFromCodeCoverage|}] partial class C { }");
        test.TestState.Sources.Add("partial class C { void M() { } }");
        test.ExpectedDiagnostics.Add(Gr2004(0, "C"));
        return test.RunAsync();
    }

    [Fact]
    public Task PartialMethodWithAttributeOnDefinition_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "partial class C { [{|#0:ExcludeFromCodeCoverage|}] partial void M(); partial void M() { } }",
            Gr2004(0, "C.M()"));

    [Fact]
    public Task PartialMethodWithAttributeOnImplementation_ReportsOnce() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "partial class C { partial void M(); [{|#0:ExcludeFromCodeCoverage|}] partial void M() { } }",
            Gr2004(0, "C.M()"));

    // ---- Does not report ----

    [Fact]
    public Task RealJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[ExcludeFromCodeCoverage(Justification = \"Startup wiring only; covered by the end-to-end smoke test\")] class C { }");

    [Theory]
    [InlineData("Generated by the OpenAPI client generator")]
    [InlineData("TODO list renderer for the admin page, exercised by UI tests")]
    [InlineData("<b>HTML</b> passthrough covered by the rendering suite")]
    public Task MeaningfulJustification_DoesNotReport(string justification) =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [ExcludeFromCodeCoverage(Justification = \"" + justification + "\")] void M() { } }");

    [Fact]
    public Task ConstJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "static class Why { public const string Interop = \"P/Invoke shim, verified on each platform by the native suite\"; }\n"
            + "[ExcludeFromCodeCoverage(Justification = Why.Interop)] class C { }");

    [Fact]
    public Task ConcatenatedConstJustificationOnAssembly_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[assembly: ExcludeFromCodeCoverage(Justification = Why.Prefix + \"protobuf messages\")]\n"
            + "static class Why { public const string Prefix = \"Generated: \"; }");

    [Fact]
    public Task NoAttribute_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync("class C { int P { get; } void M() { } }");

    [Fact]
    public Task OtherAttribute_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[System.Obsolete, SuppressMessage(\"Style\", \"IDE0001\", Justification = \"\")] class C { [System.Obsolete] void M() { } }");

    [Fact]
    public Task OtherAssemblyAttribute_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync("[assembly: System.Reflection.AssemblyDescription(\"\")]");

    // ---- Code that does not compile: no crash (AD0001 would fail the test), no false positive ----

    [Fact]
    public Task MissingUsingForTheAttribute_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            "[{|#0:ExcludeFromCodeCoverage|}] class C { }",
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("ExcludeFromCodeCoverageAttribute"),
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("ExcludeFromCodeCoverage"));

    [Fact]
    public Task MissingAttributeTypeOnAssembly_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            "[assembly: {|#0:ExcludeFromCodeCoverage|}]",
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("ExcludeFromCodeCoverageAttribute"),
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("ExcludeFromCodeCoverage"));

    [Fact]
    public Task UnresolvedTypesInTheExcludedMember_StillReports() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage|}] class C : {|#1:MissingBase|} { {|#2:MissingType|} M() => {|#3:Unknown|}.Value; }",
            Gr2004(0, "C"),
            Verify.CompilerError("CS0246").WithLocation(1).WithArguments("MissingBase"),
            Verify.CompilerError("CS0246").WithLocation(2).WithArguments("MissingType"),
            Verify.CompilerError("CS0103").WithLocation(3).WithArguments("Unknown"));

    [Fact]
    public Task JustificationNamingAnUnknownConstant_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[ExcludeFromCodeCoverage(Justification = {|#0:Why|}.Missing)] class C { }",
            Verify.CompilerError("CS0103").WithLocation(0).WithArguments("Why"));

    [Fact]
    public Task JustificationNamingAnUnknownConstantOnAssembly_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[assembly: ExcludeFromCodeCoverage(Justification = {|#0:Why|}.Missing)]",
            Verify.CompilerError("CS0103").WithLocation(0).WithArguments("Why"));

    [Fact]
    public Task NonConstantJustification_DoesNotReport() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "static class Why { public static string Text = \"\"; }\n[ExcludeFromCodeCoverage(Justification = {|#0:Why.Text|})] class C { }",
            Verify.CompilerError("CS0182").WithLocation(0));

    [Fact]
    public Task UnknownNamedArgument_DoesNotCrash() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "[{|#0:ExcludeFromCodeCoverage({|#1:Reason|} = \"x\")|}] class C { }",
            Gr2004(0, "C"),
            Verify.CompilerError("CS0246").WithLocation(1).WithArguments("Reason"));

    [Fact]
    public Task IncompleteDeclaration_DoesNotCrash() =>
        Verify.VerifyAnalyzerAsync(
            Usings + "class C { [{|#0:ExcludeFromCodeCoverage|}] void {|#1:M|}( {|#2:}|}",
            Gr2004(0, "C.M()"),
            Verify.CompilerError("CS0501").WithLocation(1).WithArguments("C.M()"),
            Verify.CompilerError("CS1002").WithLocation(2),
            Verify.CompilerError("CS1026").WithLocation(2));

    private static DiagnosticResult Gr2004(int markupKey, string target) =>
        Verify.Diagnostic(Descriptors.GR2004).WithLocation(markupKey).WithArguments(target);
}
