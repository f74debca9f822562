using System.Collections.Immutable;
using System.Globalization;
using Guardrails.Analyzers.Rules.Review;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using static Guardrails.Analyzers.Tests.Rules.Review.SensitiveApiTestSupport;
using FixVerify = Guardrails.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Guardrails.Analyzers.Rules.Review.SensitiveApiAnalyzer,
    Guardrails.CodeFixes.MarkAsReviewedCodeFix>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

/// <summary>GR3002 reports a member once, at its first sensitive use, with the categories and counts of all of them.</summary>
public class SensitiveApiPerMemberTests
{
    private const string Usings = "using System.Diagnostics;\nusing System.IO;\nusing Guardrails;\n";

    // ---- One finding per member ----

    /// <summary>The real case: a library's emitter with one finding per ILGenerator.Emit call, and a scratch file deleted.</summary>
    [Fact]
    public Task ManyEmitCallsAndADeletion_InOneMethod_AreOneFinding_AtTheFirstUse_WithCategoriesAndCounts()
    {
        var test = CreateTest(
            """
            using System;
            using System.IO;
            using System.Reflection;
            using System.Reflection.Emit;
            public sealed class Emitter
            {
                public Type Build(ModuleBuilder module, string scratch)
                {
                    var type = {|#0:module.DefineType("Generated", TypeAttributes.Public)|};
                    var method = type.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(int), Type.EmptyTypes);
                    var il = method.GetILGenerator();
                    il.Emit(OpCodes.Ldc_I4_1);
                    il.Emit(OpCodes.Ldc_I4_2);
                    il.Emit(OpCodes.Add);
                    il.Emit(OpCodes.Ldc_I4_3);
                    il.Emit(OpCodes.Mul);
                    il.Emit(OpCodes.Ret);
                    File.Delete(scratch);
                    return type.CreateType();
                }
            }
            """,
            Gr3002(
                "Emitter.Build(ModuleBuilder, string)",
                "reflection loading and emit (10 uses: ModuleBuilder.DefineType(string, TypeAttributes), TypeBuilder.DefineMethod(string, MethodAttributes, Type, Type[]), MethodBuilder.GetILGenerator() and 2 more), file and directory deletion (1 use: File.Delete(string))",
                0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        return test.RunAsync();
    }

    [Fact]
    public Task AccessorsOfAPropertyIndexerOrEvent_AreOneFindingForTheirDeclaration() =>
        CreateTest(
            Usings + """
            class C
            {
                int Tool
                {
                    get => {|#0:Process.Start("a")|}.Id;
                    set => {|#1:File.Delete(value.ToString())|};
                }

                string this[int i]
                {
                    get { {|#2:File.Delete("x")|}; return ""; }
                    set { {|#3:Directory.Delete(value)|}; }
                }

                event System.Action Changed
                {
                    add { {|#4:Process.Start("add")|}; }
                    remove { {|#5:Process.Start("remove")|}; }
                }
            }
            """,
            Gr3002("C.Tool", "process start (1 use: Process.Start(string)), file and directory deletion (1 use: File.Delete(string))", 0, 1),
            Gr3002("C.this[int]", "file and directory deletion (2 uses: File.Delete(string), Directory.Delete(string))", 2, 3),
            Gr3002("C.Changed", "process start (2 uses: Process.Start(string))", 4, 5)).RunAsync();

    [Fact]
    public Task ConstructorsDestructorOperatorsAndConversions_AreEachTheirOwnFinding() =>
        CreateTest(
            Usings + """
            class C
            {
                static C() { {|#0:File.Delete("s")|}; }
                C() { {|#1:File.Delete("a")|}; {|#2:File.Delete("b")|}; }
                ~C() { {|#3:File.Delete("c")|}; }
                public static C operator +(C left, C right) { {|#4:Process.Start("d")|}; return left; }
                public static explicit operator int(C value) => {|#5:Process.Start("e")|}.Id;
            }
            """,
            Gr3002("C.C()", "file and directory deletion (1 use: File.Delete(string))", 0),
            Gr3002("C.C()", "file and directory deletion (2 uses: File.Delete(string))", 1, 2),
            Gr3002("C.~C()", "file and directory deletion (1 use: File.Delete(string))", 3),
            Gr3002("C.operator +(C, C)", "process start (1 use: Process.Start(string))", 4),
            Gr3002("C.explicit operator int(C)", "process start (1 use: Process.Start(string))", 5)).RunAsync();

    [Fact]
    public Task FieldWithTwoVariables_AndPropertyInitializer_BelongToTheirDeclaration() =>
        CreateTest(
            Usings + """
            class C
            {
                static readonly Process first = {|#0:Process.Start("a")|}, second = {|#1:Process.Start("b")|};
                public Process Tool { get; } = {|#2:Process.Start("c")|};
            }
            """,
            Gr3002("C.first", "process start (2 uses: Process.Start(string))", 0, 1),
            Gr3002("C.Tool", "process start (1 use: Process.Start(string))", 2)).RunAsync();

    [Fact]
    public Task LambdasAndLocalFunctions_CountForTheirMember_InSourceOrder() =>
        CreateTest(
            Usings + """
            class C
            {
                void M()
                {
                    Clean();
                    System.Action start = () => {|#1:Process.Start("a")|};
                    void Clean() => {|#0:File.Delete("b")|};
                }
            }
            """,
            Gr3002("C.M()", "process start (1 use: Process.Start(string)), file and directory deletion (1 use: File.Delete(string))", 1, 0)).RunAsync();

    [Fact]
    public Task NestedType_ReportsItsOwnMembers_TheOuterTypeDoesNotCountThem() =>
        CreateTest(
            Usings + """
            class Outer
            {
                void M() => {|#0:Process.Start("a")|};
                class Inner
                {
                    void N() { {|#1:File.Delete("b")|}; {|#2:File.Delete("c")|}; }
                }
            }
            """,
            Gr3002("Outer.M()", "process start (1 use: Process.Start(string))", 0),
            Gr3002("Outer.Inner.N()", "file and directory deletion (2 uses: File.Delete(string))", 1, 2)).RunAsync();

    [Fact]
    public Task UnsafeNestedType_IsReportedOnce_AsTheNestedTypes()
    {
        var test = CreateTest(
            "class Outer\n{\n    {|#0:unsafe|} struct Inner { public fixed byte Data[4]; }\n    void M() { }\n}\n",
            Gr3002("Outer.Inner", "unsafe code (1 use: unsafe)", 0));
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectCompilationOptions(projectId, ((CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!).WithAllowUnsafe(true)));
        return test.RunAsync();
    }

    [Fact]
    public Task PartialClassAcrossFiles_AndAPartialMethod_ReportEachDeclarationOnce()
    {
        var test = CreateTest(
            Usings + """
            partial class C
            {
                partial void Clean();
                void Start() => {|#0:Process.Start("a")|};
            }
            """,
            Gr3002("C.Start()", "process start (1 use: Process.Start(string))", 0),
            Gr3002("C.Clean()", "file and directory deletion (2 uses: File.Delete(string), Directory.Delete(string))", 1, 2));
        test.TestState.Sources.Add(("/0/Test1.cs", Usings + """
            partial class C
            {
                partial void Clean() { {|#1:File.Delete("a")|}; {|#2:Directory.Delete("b")|}; }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task RecordAndClassPrimaryConstructors_TheirBaseArgumentsBelongToTheType() =>
        CreateTest(
            Usings + """
            class Base { public Base(int a, int b) { } }
            record BaseRecord(int A, int B);
            record R(string Path) : BaseRecord({|#0:Process.Start(Path)|}.Id, {|#1:Process.Start(Path)|}.Id);
            class Worker(string path) : Base({|#2:Process.Start(path)|}.Id, 0)
            {
                readonly Process started = {|#3:Process.Start(path)|};
            }
            """,
            Gr3002("R", "process start (2 uses: Process.Start(string))", 0, 1),
            Gr3002("Worker", "process start (1 use: Process.Start(string))", 2),
            Gr3002("Worker.started", "process start (1 use: Process.Start(string))", 3)).RunAsync();

    [Fact]
    public Task TopLevelStatements_AreOneFindingForTheFile_LocalFunctionsIncluded()
    {
        var test = CreateTest(
            Usings + "{|#0:Process.Start(\"a\")|};\nClean();\n{|#1:Process.Start(\"b\")|};\nvoid Clean() => {|#2:File.Delete(\"c\")|};\n",
            Gr3002(
                "<top-level statements>",
                "process start (2 uses: Process.Start(string)), file and directory deletion (1 use: File.Delete(string))",
                "; top-level statements cannot carry one, so move the code into a method and review that",
                0, 1, 2));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    /// <summary>An attribute on a type is the type's; Roslyn hands analyzers no operations for assembly attributes, so those are not checked.</summary>
    [Fact]
    public Task SensitiveAttributeOnAType_IsTheTypesFinding()
    {
        var test = CreateTest(
            """
            [assembly: MyCompany.Dangerous]
            namespace MyCompany
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                public sealed class DangerousAttribute : System.Attribute { }

                [{|#0:Dangerous|}]
                class C
                {
                    [{|#1:Dangerous|}]
                    void M() { }
                }
            }
            """,
            Gr3002("C", "policy (1 use: [Dangerous])", 0),
            Gr3002("C.M()", "policy (1 use: [Dangerous])", 1));
        WithGlobalConfig(test, "guardrails.review.sensitive_apis.add = T:MyCompany.DangerousAttribute");
        return test.RunAsync();
    }

    // ---- Deterministic ----

    [Fact]
    public async Task TheSameCompilation_GivesTheSameFindings_LocationsAndMessages_EveryRun()
    {
        var members = string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"    void M{i}() {{ Process.Start(\"{i}\"); File.Delete(\"{i}\"); System.Action a = () => Directory.Delete(\"{i}\"); Process.Start(\"x\"); }}\n"));
        var source = "using System.Diagnostics;\nusing System.IO;\n" + string.Concat(Enumerable.Range(0, 5).Select(t => "partial class C" + t + "\n{\n" + members + "}\n"));
        var references = await Verifiers.TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Determinism",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/0/A.cs"), CSharpSyntaxTree.ParseText(source.Replace("partial class C", "partial class D"), path: "/0/B.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var first = await RunAsync(compilation);
        var second = await RunAsync(compilation);

        Assert.Equal(400, first.Count);
        Assert.Equal(first, second);
    }

    // ---- Code fix ----

    [Fact]
    public Task MarkAsReviewed_OnAPropertysFinding_AnnotatesTheProperty()
    {
        const string member = "int Tool { get => Process.Start(\"a\").Id; set => File.Delete(\"b\"); }";
        var test = FixTest(
            "class C\n{\n    int Tool { get => {|#0:Process.Start(\"a\")|}.Id; set => {|#1:File.Delete(\"b\")|}; }\n}\n",
            "class C\n{\n    " + ReviewOf(member) + "\n    " + member + "\n}\n");
        test.ExpectedDiagnostics.Add(FixVerify.Diagnostic(Descriptors.GR3002).WithLocation(0).WithLocation(1).WithArguments(
            "C.Tool", "process start (1 use: Process.Start(string)), file and directory deletion (1 use: File.Delete(string))", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task MarkAsReviewed_FixAll_AnnotatesEveryReportedMemberOnce()
    {
        const string open = "void Open() { Process.Start(\"a\"); Process.Start(\"b\"); }";
        const string clean = "void Clean() => File.Delete(\"c\");";
        var test = FixTest(
            "class C\n{\n    void Open() { {|#0:Process.Start(\"a\")|}; {|#1:Process.Start(\"b\")|}; }\n\n    void Clean() => {|#2:File.Delete(\"c\")|};\n}\n",
            "class C\n{\n    " + ReviewOf(open) + "\n    " + open + "\n\n    " + ReviewOf(clean) + "\n    " + clean + "\n}\n");
        test.ExpectedDiagnostics.Add(FixVerify.Diagnostic(Descriptors.GR3002).WithLocation(0).WithLocation(1).WithArguments(
            "C.Open()", "process start (2 uses: Process.Start(string))", string.Empty));
        test.ExpectedDiagnostics.Add(FixVerify.Diagnostic(Descriptors.GR3002).WithLocation(2).WithArguments(
            "C.Clean()", "file and directory deletion (1 use: File.Delete(string))", string.Empty));
        return test.RunAsync();
    }

    // ---- Helpers ----

    private static string ReviewOf(string member) =>
        "[Reviewed(\"alice\", \"" + DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\", Fingerprint = \"" + FingerprintOfMember(member) + "\")]";

    private static FixVerify.Test FixTest(string source, string fixedSource)
    {
        var test = new FixVerify.Test { TestCode = Usings + source, FixedCode = Usings + fixedSource };
        AddAnnotations(test.TestState);
        AddAnnotations(test.FixedState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.reviewer = alice\n"));
        return test;
    }

    private static async Task<List<string>> RunAsync(Compilation compilation)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SensitiveApiAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics
            .Select(d => d.Location.GetLineSpan() + " " + string.Join(";", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString())) + " " + d.GetMessage(CultureInfo.InvariantCulture))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
