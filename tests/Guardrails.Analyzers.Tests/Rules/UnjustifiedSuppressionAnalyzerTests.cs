using Microsoft.CodeAnalysis.Testing;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.UnjustifiedSuppressionAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules;

public class UnjustifiedSuppressionAnalyzerTests
{
    private const string Pragma = "'#pragma warning disable'";
    private const string AttributeFix = "set Justification to say why";
    private const string Usings = "using System.Diagnostics.CodeAnalysis;\n";

    // ---- #pragma warning disable ----

    [Theory]
    [InlineData("// Process.Start of a fixed path; reviewed in SEC-12")]
    [InlineData("// reason: vendored file kept byte-identical to upstream")]
    public Task PragmaWithAReasonOnTheSameLine_DoesNotReport(string comment) =>
        VerifyAsync("class C\n{\n#pragma warning disable GR3002 " + comment + "\n    void M() { }\n#pragma warning restore GR3002\n}");

    [Fact]
    public Task PragmaWithoutComment_ReportsOnTheRuleId() =>
        VerifyAsync(
            "class C\n{\n#pragma warning disable {|#0:GR3002|}\n    void M() { }\n}",
            PragmaGr4003(0, "GR3002"));

    [Theory]
    [InlineData("//")]
    [InlineData("// ")]
    [InlineData("// TODO")]
    [InlineData("// todo")]
    [InlineData("// -")]
    [InlineData("// <Pending>")]
    [InlineData("// reason:")]
    [InlineData("// Justification: TBD")]
    [InlineData("// GR3002")]
    [InlineData("/* */")]
    [InlineData("// Sensitive API used without a review annotation")]
    public Task PragmaWithACommentThatSaysNothing_Reports(string comment) =>
        VerifyAsync(
            "class C\n{\n#pragma warning disable {|#0:GR3002|} " + comment + "\n    void M() { }\n}",
            PragmaGr4003(0, "GR3002"));

    [Fact]
    public Task PragmaWithADelimitedComment_Reports_BecauseDirectivesOnlyTakeSingleLineComments() =>
        VerifyAsync(
            "#pragma warning disable {|#0:GR3002|} /* vendored file kept byte-identical to upstream */\nclass C { }",
            PragmaGr4003(0, "GR3002"));

    [Fact]
    public Task PragmaWithTheReasonOnTheLineAbove_Reports() =>
        VerifyAsync(
            "class C\n{\n    // Vendored file kept byte-identical to upstream.\n#pragma warning disable {|#0:GR3002|}\n    void M() { }\n}",
            PragmaGr4003(0, "GR3002"));

    [Fact]
    public Task PragmaMixingCompilerAndGuardrailsIds_ReportsOnlyTheGuardrailsId() =>
        VerifyAsync(
            "#pragma warning disable CS0618, {|#0:GR4001|}, CA1822\nclass C { }",
            PragmaGr4003(0, "GR4001"));

    [Fact]
    public Task PragmaWithTwoGuardrailsIds_ReportsEach() =>
        VerifyAsync(
            "#pragma warning disable {|#0:GR3002|}, {|#1:GR2004|}\nclass C { }",
            PragmaGr4003(0, "GR3002"),
            PragmaGr4003(1, "GR2004"));

    [Fact]
    public Task PragmaWithTwoGuardrailsIdsAndAReason_DoesNotReport() =>
        VerifyAsync("#pragma warning disable GR3002, GR2004 // generated interop shim, reviewed in SEC-3\nclass C { }");

    [Fact]
    public Task PragmaWithALowerCaseId_Reports() =>
        VerifyAsync(
            "#pragma warning disable {|#0:gr3002|}\nclass C { }",
            PragmaGr4003(0, "GR3002"));

    [Theory]
    [InlineData("#pragma warning disable CS0618")]
    [InlineData("#pragma warning disable CS0618, CA1822, IDE0005")]
    [InlineData("#pragma warning disable 618")]
    [InlineData("#pragma warning disable GRX001, GR12345, GR300")]
    [InlineData("#pragma warning restore GR3002")]
    [InlineData("#pragma warning restore")]
    [InlineData("#nullable disable")]
    public Task DirectivesThatSuppressNoGuardrailsRule_DoNotReport(string directive) =>
        VerifyAsync(directive + "\nclass C { }");

    [Fact]
    public Task BarePragmaDisable_Reports() =>
        VerifyAsync(
            "class C\n{\n{|#0:#pragma warning disable|}\n    void M() { }\n}",
            BarePragmaGr4003(0));

    [Fact]
    public async Task BarePragmaInASourceGeneratorsOutput_DoesNotReport_ButAGuardrailsIdThereStillDoes()
    {
        var test = new Verify.Test { TestBehaviors = TestBehaviors.SkipSuppressionCheck };
        const string Path = "obj/Debug/net10.0/System.Text.RegularExpressions.Generator/System.Text.RegularExpressions.Generator.RegexGenerator/RegexGenerator.g.cs";
        test.TestState.Sources.Add((Path, "#pragma warning disable {|#0:GR4001|}\nclass Generated { }\n#pragma warning disable\n"));
        test.ExpectedDiagnostics.Add(PragmaGr4003(0, "GR4001"));
        await test.RunAsync();
    }

    [Theory]
    [InlineData("src/Contoso/Contoso/Bare.cs")]
    [InlineData("src/Generators/Contoso.Generators.Thing.cs")]
    [InlineData("Bare.g.cs")]
    public Task BarePragmaInAHandWrittenFile_ThatMerelyLooksGenerated_Reports(string path)
    {
        var test = new Verify.Test { TestBehaviors = TestBehaviors.SkipSuppressionCheck };
        test.TestState.Sources.Add((path, "{|#0:#pragma warning disable|}\nclass C { }\n"));
        test.ExpectedDiagnostics.Add(BarePragmaGr4003(0));
        return test.RunAsync();
    }

    [Fact]
    public Task BarePragmaDisableWithAPlaceholder_Reports() =>
        VerifyAsync(
            "{|#0:#pragma warning disable|} // TODO\nclass C { }",
            BarePragmaGr4003(0));

    [Fact]
    public Task BarePragmaDisableWithAReason_DoesNotReport() =>
        VerifyAsync("#pragma warning disable // third-party file copied verbatim from contoso/sdk@4f2a; see VENDOR.md\nclass C { }");

    [Fact]
    public Task PragmaInAnInactiveRegion_DoesNotReport() =>
        VerifyAsync("#if NEVER_DEFINED\n#pragma warning disable GR3002\n#endif\nclass C { }");

    [Fact]
    public Task PragmaDisablingGR4003Itself_StillReportsIt() =>
        VerifyAsync(
            "#pragma warning disable {|#0:GR4003|}, {|#1:GR3002|}\nclass C { }",
            PragmaGr4003(0, "GR4003"),
            PragmaGr4003(1, "GR3002"));

    [Fact]
    public Task PragmaWithTextThatIsNotAComment_Reports() =>
        VerifyAsync(
            "#pragma warning disable {|#0:GR3002|} because vendored\nclass C { }",
            PragmaGr4003(0, "GR3002"));

    [Fact]
    public Task PragmaInsideAMethodBody_Reports() =>
        VerifyAsync(
            "class C\n{\n    void M()\n    {\n#pragma warning disable {|#0:GR3002|}\n        System.Console.WriteLine();\n#pragma warning restore GR3002\n    }\n}",
            PragmaGr4003(0, "GR3002"));

    // ---- [SuppressMessage] and [UnconditionalSuppressMessage] ----

    [Fact]
    public Task SuppressMessageWithJustification_DoesNotReport() =>
        VerifyAsync(
            Usings + "class C { [SuppressMessage(\"Guardrails.Review\", \"GR3002:Sensitive API used without a review annotation\", Justification = \"Fixed path, no user input; reviewed in SEC-12\")] void M() { } }");

    // Without SuppressMessage in the source the attribute checks register nothing (SourceMentions): these name it without writing it out.

    [Fact]
    public Task SuppressMessageThroughAGlobalAliasInAnotherFile_Reports()
    {
        var test = new Verify.Test
        {
            TestCode = "class C { [{|#0:SM(\"Guardrails.Review\", \"GR3002\")|}] void M() { } }",
            TestBehaviors = TestBehaviors.SkipSuppressionCheck,
        };
        test.TestState.Sources.Add(("/0/Aliases.cs", "global using SM = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;"));
        test.ExpectedDiagnostics.Add(AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));
        return test.RunAsync();
    }

    [Fact]
    public Task SuppressMessageSpeltWithUnicodeEscapes_Reports() =>
        VerifyAsync(
            "class C { [{|#0:System.Diagnostics.CodeAnalysis.Suppress\\u004Dessage(\"Guardrails.Review\", \"GR3002\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task PragmaInAnActiveIfBranch_Reports() =>
        VerifyAsync(
            "#define ON\n#if ON\n#pragma warning disable {|#0:GR3002|}\n#endif\nclass C { }",
            PragmaGr4003(0, "GR3002"));

    [Fact]
    public Task SuppressMessageWithoutJustification_ReportsOnTheAttribute() =>
        VerifyAsync(
            Usings + "class C { [{|#0:SuppressMessage(\"Guardrails.Review\", \"GR3002:Sensitive API used without a review annotation\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("<Pending>")]
    [InlineData("TODO")]
    [InlineData("-")]
    [InlineData("n/a")]
    [InlineData("Reason:")]
    [InlineData("GR3002")]
    [InlineData("Sensitive API used without a review annotation.")]
    public Task SuppressMessageWithAJustificationThatSaysNothing_Reports(string justification) =>
        VerifyAsync(
            Usings + "class C { [{|#0:SuppressMessage(\"Guardrails.Review\", \"GR3002\", Justification = \"" + justification + "\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task SuppressMessageWithNullJustification_Reports() =>
        VerifyAsync(
            Usings + "[{|#0:SuppressMessage(\"Guardrails.Coverage\", \"GR2004\", Justification = null)|}] class C { }",
            AttributeGr4003(0, "[SuppressMessage] on 'C'", "GR2004"));

    [Theory]
    [InlineData("CA1822:Mark members as static")]
    [InlineData("IDE0051")]
    [InlineData("GRX3002")]
    [InlineData("GR300")]
    [InlineData("Guardrails")]
    public Task SuppressMessageOfAnotherRule_DoesNotReport(string checkId) =>
        VerifyAsync(Usings + "class C { [SuppressMessage(\"Guardrails.Review\", \"" + checkId + "\")] void M() { } }");

    [Fact]
    public Task LowerCaseCheckId_Reports() =>
        VerifyAsync(
            Usings + "class C { [{|#0:SuppressMessage(\"x\", \"gr3002: sensitive\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task AssemblyLevelSuppressMessageWithTarget_ReportsWithTheTarget() =>
        VerifyAsync(
            Usings + "[assembly: {|#0:SuppressMessage(\"Guardrails.Review\", \"GR3002:Sensitive API used without a review annotation\", Justification = \"<Pending>\", Scope = \"member\", Target = \"~M:App.C.M\")|}]\n"
            + "namespace App { class C { void M() { } } }",
            AttributeGr4003(0, "[assembly: SuppressMessage] for '~M:App.C.M'", "GR3002"));

    [Fact]
    public Task AssemblyLevelSuppressMessageWithJustification_DoesNotReport() =>
        VerifyAsync(
            Usings + "[assembly: SuppressMessage(\"Guardrails.Review\", \"GR3002\", Justification = \"Interop layer; every call reviewed in SEC-40\", Scope = \"namespaceanddescendants\", Target = \"~N:App.Interop\")]");

    [Fact]
    public Task ModuleLevelSuppressMessageWithoutTarget_Reports() =>
        VerifyAsync(
            Usings + "[module: {|#0:SuppressMessage(\"Guardrails\", \"GR4001\")|}]",
            AttributeGr4003(0, "[module: SuppressMessage]", "GR4001"));

    [Fact]
    public Task UnconditionalSuppressMessageWithoutJustification_Reports() =>
        VerifyAsync(
            Usings + "[{|#0:UnconditionalSuppressMessage(\"Guardrails.Review\", \"GR3002\")|}] class C { }",
            AttributeGr4003(0, "[UnconditionalSuppressMessage] on 'C'", "GR3002"));

    [Fact]
    public Task AliasedSuppressMessage_Reports() =>
        VerifyAsync(
            "using Quiet = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;\nclass C { [{|#0:Quiet(\"x\", \"GR3002\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task FullyQualifiedSuppressMessageAttribute_Reports() =>
        VerifyAsync(
            "class C { [{|#0:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute(\"x\", \"GR3002\")|}] int P { get; set; } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.P'", "GR3002"));

    [Fact]
    public Task PolyfilledAttributeInTheRealNamespace_Reports() =>
        VerifyAsync(
            """
            namespace System.Diagnostics.CodeAnalysis
            {
                [System.AttributeUsage(System.AttributeTargets.All, AllowMultiple = true)]
                internal sealed class UnconditionalSuppressMessageAttribute : System.Attribute
                {
                    public UnconditionalSuppressMessageAttribute(string category, string checkId) { }
                    public string Justification { get; set; }
                }
            }

            class C { [{|#0:System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("x", "GR3002")|}] void M() { } }
            """,
            AttributeGr4003(0, "[UnconditionalSuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task HomeMadeSuppressMessageInAnotherNamespace_DoesNotReport() =>
        VerifyAsync(
            """
            namespace Home
            {
                sealed class SuppressMessageAttribute : System.Attribute { public SuppressMessageAttribute(string a, string b) { } }
                class C { [SuppressMessage("x", "GR3002")] void M() { } }
            }
            """);

    [Fact]
    public Task SuppressMessageOnFieldEventAccessorAndStruct_ReportsEach() =>
        VerifyAsync(
            Usings + """
            [{|#0:SuppressMessage("x", "GR2004")|}]
            struct S
            {
                [{|#1:SuppressMessage("x", "GR3002")|}] int _field;
                [{|#2:SuppressMessage("x", "GR3002")|}] event System.EventHandler Changed;
                int P { [{|#3:SuppressMessage("x", "GR3002")|}] get => 1; }
            }
            """,
            AttributeGr4003(0, "[SuppressMessage] on 'S'", "GR2004"),
            AttributeGr4003(1, "[SuppressMessage] on 'S._field'", "GR3002"),
            AttributeGr4003(2, "[SuppressMessage] on 'S.Changed'", "GR3002"),
            AttributeGr4003(3, "[SuppressMessage] on 'S.P.get'", "GR3002"));

    [Fact]
    public Task SuppressMessageOnALocalFunction_Reports() =>
        VerifyAsync(
            Usings + "class C { void M() { Local(); [{|#0:SuppressMessage(\"x\", \"GR3002\")|}] static void Local() { } } }",
            AttributeGr4003(0, "[SuppressMessage] on 'Local()'", "GR3002"));

    [Fact]
    public Task SuppressMessageOnALambda_Reports() =>
        VerifyAsync(
            Usings + "class C { void M() { System.Action a = [{|#0:SuppressMessage(\"x\", \"GR3002\")|}] () => { }; a(); } }",
            AttributeGr4003(0, "[SuppressMessage] on a lambda in 'C.M()'", "GR3002"));

    [Fact]
    public Task PartialMethod_ReportsOnce() =>
        VerifyAsync(
            Usings + "partial class C { [{|#0:SuppressMessage(\"x\", \"GR3002\")|}] partial void M(); partial void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3002"));

    [Fact]
    public Task ConstantJustification_IsEvaluated() =>
        VerifyAsync(
            Usings + "static class Why { public const string Interop = \"Interop shim, reviewed in SEC-3\"; public const string Later = \"TODO\"; }\n"
            + "class C { [SuppressMessage(\"x\", \"GR3002\", Justification = Why.Interop)] void A() { } [{|#0:SuppressMessage(\"x\", \"GR3002\", Justification = Why.Later)|}] void B() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.B()'", "GR3002"));

    [Fact]
    public Task TwoSuppressionsOnOneMember_ReportsOnlyTheUnjustifiedOne() =>
        VerifyAsync(
            Usings + "class C { [SuppressMessage(\"x\", \"GR3002\", Justification = \"Reviewed in SEC-3\"), {|#0:SuppressMessage(\"x\", \"GR3003\")|}] void M() { } }",
            AttributeGr4003(0, "[SuppressMessage] on 'C.M()'", "GR3003"));

    // ---- Generated code is not exempt ----

    [Fact]
    public Task AutoGeneratedHeader_StillReportsPragmasAndAttributes()
    {
        var test = new Verify.Test
        {
            TestCode = "// <auto-generated/>\n" + Usings + "#pragma warning disable {|#0:GR3002|}\n[{|#1:SuppressMessage(\"x\", \"GR2004\")|}] class C { }",
            TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck,
        };
        test.ExpectedDiagnostics.Add(PragmaGr4003(0, "GR3002"));
        test.ExpectedDiagnostics.Add(AttributeGr4003(1, "[SuppressMessage] on 'C'", "GR2004"));
        return test.RunAsync();
    }

    [Fact]
    public Task GeneratedFileName_StillReports()
    {
        var test = new Verify.Test { TestBehaviors = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck };
        test.TestState.Sources.Add(("Client.g.cs", "#pragma warning disable {|#0:GR3002|}\nclass C { }"));
        test.ExpectedDiagnostics.Add(PragmaGr4003(0, "GR3002"));
        return test.RunAsync();
    }

    // ---- Code that does not compile: no crash (AD0001 would fail the test), no false positive ----

    [Fact]
    public Task MissingUsingForTheAttribute_IsACompileErrorOnly() =>
        VerifyAsync(
            "class C { [{|#0:SuppressMessage|}(\"x\", \"GR3002\")] void M() { } }",
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("SuppressMessageAttribute"),
            Verify.CompilerError("CS0246").WithLocation(0).WithArguments("SuppressMessage"));

    [Fact]
    public Task NonConstantJustification_IsACompileErrorOnly() =>
        VerifyAsync(
            Usings + "class C { static string Why() => \"x\"; [SuppressMessage(\"x\", \"GR3002\", Justification = {|#0:Why()|})] void M() { } }",
            Verify.CompilerError("CS0182").WithLocation(0));

    [Fact]
    public Task NonConstantCheckId_IsACompileErrorOnly() =>
        VerifyAsync(
            Usings + "class C { static string Id() => \"GR3002\"; [SuppressMessage(\"x\", {|#0:Id()|})] void M() { } }",
            Verify.CompilerError("CS0182").WithLocation(0));

    [Fact]
    public Task IncompleteCode_DoesNotCrash() =>
        VerifyAsync(
            Usings + "#pragma warning disable {|#0:GR3002|}\nclass C { [{|#1:SuppressMessage(\"x\", \"GR3002\")|}] void {|#2:M|}( {|#3:}|}",
            PragmaGr4003(0, "GR3002"),
            AttributeGr4003(1, "[SuppressMessage] on 'C.M()'", "GR3002"),
            Verify.CompilerError("CS0501").WithLocation(2).WithArguments("C.M()"),
            Verify.CompilerError("CS1002").WithLocation(3),
            Verify.CompilerError("CS1026").WithLocation(3));

    [Fact]
    public Task NoSuppressions_DoesNotReport() =>
        VerifyAsync(Usings + "[System.Obsolete] class C { [ExcludeFromCodeCoverage(Justification = \"\")] void M() { } }");

    /// <summary>
    /// The framework's suppression check puts <c>#pragma warning disable GR4003</c> at the top of the file and expects
    /// silence; GR4003 rightly reports that unjustified pragma, so that check cannot apply here
    /// (<see cref="PragmaDisablingGR4003Itself_StillReportsIt"/> covers the behaviour it would test).
    /// </summary>
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source, TestBehaviors = TestBehaviors.SkipSuppressionCheck };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static DiagnosticResult PragmaGr4003(int markupKey, string id) =>
        Verify.Diagnostic(Descriptors.GR4003).WithLocation(markupKey).WithArguments(
            Pragma, id, "say why in a comment on the same line (#pragma warning disable " + id + " // why)");

    private static DiagnosticResult BarePragmaGr4003(int markupKey) =>
        Verify.Diagnostic(Descriptors.GR4003).WithLocation(markupKey).WithArguments(
            "'#pragma warning disable' without rule IDs",
            "every warning to the end of the file, Guardrails rules included,",
            "name the rules it is for and say why in a comment on the same line");

    private static DiagnosticResult AttributeGr4003(int markupKey, string subject, string id) =>
        Verify.Diagnostic(Descriptors.GR4003).WithLocation(markupKey).WithArguments(subject, id, AttributeFix);
}
