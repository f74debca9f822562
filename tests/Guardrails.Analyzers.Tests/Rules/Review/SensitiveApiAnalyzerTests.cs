using Guardrails.Options;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Guardrails.Analyzers.Rules.BannedApis;
using Guardrails.Analyzers.Rules.Review;
using Guardrails.Analyzers.Tests.Meta;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static Guardrails.Analyzers.Tests.Rules.Review.ReviewStubs;
using FixVerify = Guardrails.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Guardrails.Analyzers.Rules.Review.SensitiveApiAnalyzer,
    Guardrails.CodeFixes.MarkAsReviewedCodeFix>;
using Verify = Guardrails.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Guardrails.Analyzers.Rules.Review.SensitiveApiAnalyzer>;

namespace Guardrails.Analyzers.Tests.Rules.Review;

public class SensitiveApiAnalyzerTests
{
    private const string Usings = "using System.Diagnostics;\nusing Guardrails;\n";
    private const string Review = "[Reviewed(\"alice\", \"2026-11-20\", Fingerprint = \"{0}\")]";
    private const string StaleReview = "[Reviewed(\"alice\", \"2026-11-20\", Fingerprint = \"000000000000\")]";

    // ---- What is reported ----

    [Fact]
    public Task ProcessStartInAnUnannotatedMethod_Reports() =>
        VerifyAsync(
            Usings + "class C { void M() { {|#0:Process.Start(\"notepad\")|}; } }",
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task EveryUseInAMember_IsCounted_InOneFindingAtTheFirstUse_WithTheOthersAsAdditionalLocations() =>
        VerifyAsync(
            Usings + """
            class C
            {
                void M(ProcessStartInfo info)
                {
                    {|#0:Process.Start(info)|};
                    var other = {|#1:new ProcessStartInfo("git", "status")|};
                    System.Func<string, Process?> start = {|#2:Process.Start|};
                    var name = nameof(Process.Start);
                }
            }
            """,
            Gr3002(
                "C.M(ProcessStartInfo)",
                "process start (3 uses: Process.Start(ProcessStartInfo), new ProcessStartInfo(string, string), Process.Start(string))",
                0, 1, 2));

    [Fact]
    public Task FileAndDirectoryDeletion_IncludingAnOverrideOfFileSystemInfoDelete_Reports() =>
        VerifyAsync(
            "using System.IO;\n" + """
            class C
            {
                void M(FileInfo file, DirectoryInfo directory, FileSystemInfo entry)
                {
                    {|#0:File.Delete("a")|};
                    {|#1:Directory.Delete("b", recursive: true)|};
                    {|#2:file.Delete()|};
                    {|#3:directory.Delete(true)|};
                    {|#4:entry.Delete()|};
                    _ = File.Exists("a");
                }
            }
            """,
            Gr3002(
                "C.M(FileInfo, DirectoryInfo, FileSystemInfo)",
                "file and directory deletion (5 uses: File.Delete(string), Directory.Delete(string, bool), FileInfo.Delete() and 2 more)",
                0, 1, 2, 3, 4));

    [Fact]
    public Task EnvironmentWriteAndReflectionLoading_Report() =>
        VerifyAsync(
            """
            using System;
            using System.Reflection;
            class C
            {
                object? M(string path)
                {
                    {|#0:Environment.SetEnvironmentVariable("A", "1")|};
                    _ = Environment.GetEnvironmentVariable("A");
                    var assembly = {|#1:Assembly.LoadFrom(path)|};
                    var type = {|#2:Type.GetType("X.Y, X")|};
                    return Activator.CreateInstance(typeof(C));
                }
            }
            """,
            Gr3002(
                "C.M(string)",
                "environment write (1 use: Environment.SetEnvironmentVariable(string, string)), reflection loading and emit (2 uses: Assembly.LoadFrom(string), Type.GetType(string))",
                0, 1, 2));

    [Fact]
    public Task DefineDynamicAssembly_Reports_ButNotTheAccessEnumValueItTakes() =>
        VerifyAsync(
            """
            using System.Reflection;
            using System.Reflection.Emit;
            class C
            {
                void M() => {|#0:AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("x"), AssemblyBuilderAccess.Run)|};
            }
            """,
            Gr3002(
                "C.M()",
                "reflection loading and emit (1 use: AssemblyBuilder.DefineDynamicAssembly(AssemblyName, AssemblyBuilderAccess))",
                0));

    /// <summary>MediatR's shape: the emitting calls count, <c>OpCodes.Ret</c> and the enum values next to them do not.</summary>
    [Fact]
    public Task EmittingIl_IntoADynamicMethodOrADefinedType_Reports_EachEmittingCall() =>
        VerifyAsync(
            """
            using System;
            using System.Reflection;
            using System.Reflection.Emit;
            class C
            {
                Delegate M()
                {
                    var method = {|#0:new DynamicMethod("m", typeof(void), Type.EmptyTypes)|};
                    var il = {|#1:method.GetILGenerator()|};
                    {|#2:il.Emit(OpCodes.Ret)|};
                    return method.CreateDelegate(typeof(Action));
                }

                Type? N(ModuleBuilder module)
                {
                    var type = {|#3:module.DefineType("T", TypeAttributes.Public)|};
                    var body = {|#4:type.DefineMethod("Run", MethodAttributes.Public, typeof(void), Type.EmptyTypes)|};
                    var il = {|#5:body.GetILGenerator()|};
                    {|#6:il.Emit(OpCodes.Ret)|};
                    return {|#7:type.CreateType()|};
                }
            }
            """,
            Gr3002(
                "C.M()",
                "reflection loading and emit (3 uses: new DynamicMethod(string, Type, Type[]), DynamicMethod.GetILGenerator(), ILGenerator.Emit(OpCode))",
                0, 1, 2),
            Gr3002(
                "C.N(ModuleBuilder)",
                "reflection loading and emit (5 uses: ModuleBuilder.DefineType(string, TypeAttributes), TypeBuilder.DefineMethod(string, MethodAttributes, Type, Type[]), MethodBuilder.GetILGenerator() and 2 more)",
                3, 4, 5, 6, 7));

    /// <summary>serilog's shape: a test reads opcodes to compare two methods' IL bytes; nothing is generated.</summary>
    [Fact]
    public Task ReadingOpCodesToCompareIl_AndUsingTheEmitEnums_AreNotReported() =>
        VerifyAsync(
            """
            using System.Reflection;
            using System.Reflection.Emit;
            class C
            {
                bool M(MethodInfo method)
                {
                    var bytes = method.GetMethodBody()!.GetILAsByteArray()!;
                    var access = AssemblyBuilderAccess.Run;
                    OpCode code = OpCodes.Call;
                    return bytes[0] == OpCodes.Nop.Value && bytes[1] == (byte)OpCodes.Call.Value && code.Size == 1 && access == AssemblyBuilderAccess.RunAndCollect;
                }
            }
            """);

    [Fact]
    public Task CryptographyPrimitives_Report_ButNotTheirInheritedMembersAgain() =>
        VerifyAsync(
            """
            using System.Security.Cryptography;
            class C
            {
                byte[] M(byte[] key, byte[] data)
                {
                    using var aes = {|#0:Aes.Create()|};
                    aes.Key = key;
                    _ = {|#1:SHA1.HashData(data)|};
                    _ = SHA256.HashData(data);
                    return {|#2:HMACSHA256.HashData(key, data)|};
                }
            }
            """,
            Gr3002("C.M(byte[], byte[])", "cryptography (3 uses: Aes.Create(), SHA1.HashData(byte[]), HMACSHA256.HashData(byte[], byte[]))", 0, 1, 2));

    [Fact]
    public Task SqlCommandText_ThroughTheInterfaceOrTheBaseClass_Reports() =>
        VerifyAsync(
            """
            using System.Data;
            using System.Data.Common;
            class C
            {
                void M(IDbCommand command, DbCommand other, string sql)
                {
                    {|#0:command.CommandText|} = sql;
                    {|#1:other.CommandText|} = "select 1";
                    command.CommandTimeout = 5;
                }
            }
            """,
            Gr3002("C.M(IDbCommand, DbCommand, string)", "SQL command text (2 uses: IDbCommand.CommandText, DbCommand.CommandText)", 0, 1));

    [Fact]
    public Task SqlCommandConstructorWithText_AndEfCoreRawSql_Report() =>
        VerifyAsync(
            """
            using System.Linq;
            using Microsoft.Data.SqlClient;
            using Microsoft.EntityFrameworkCore;
            class C
            {
                void M(DbSet<Order> orders, SqlConnection connection, string sql)
                {
                    var command = {|#0:new SqlCommand(sql, connection)|};
                    var empty = new SqlCommand();
                    var rows = {|#1:orders.FromSqlRaw(sql)|}.ToList();
                }
            }
            """,
            SqlStubs,
            Gr3002(
                "C.M(DbSet<Order>, SqlConnection, string)",
                "SQL command text (2 uses: new SqlCommand(string, SqlConnection), RelationalQueryableExtensions.FromSqlRaw<Order>(DbSet<Order>, string, object[]))",
                0, 1));

    [Fact]
    public Task BinaryFormatter_IsCountedOncePerUse_AndNotForItsInitializerOrAsATypeArgument() =>
        VerifyAsync(
            """
            #pragma warning disable SYSLIB0011
            using System.Collections.Generic;
            using System.IO;
            using System.Runtime.Serialization.Formatters.Binary;
            class C
            {
                object M(Stream stream, List<BinaryFormatter> all)
                {
                    var formatter = {|#0:new BinaryFormatter { Binder = null }|};
                    all.Add(formatter);
                    return {|#1:formatter.Deserialize(stream)|};
                }
            }
            """,
            Gr3002("C.M(Stream, List<BinaryFormatter>)", "deserialization (2 uses: new BinaryFormatter(), BinaryFormatter.Deserialize(Stream))", 0, 1));

    [Fact]
    public Task NewtonsoftTypeNameHandling_InAnInitializerAndAnAttribute_Reports() =>
        VerifyAsync(
            """
            using Newtonsoft.Json;
            class C
            {
                [JsonProperty({|#0:TypeNameHandling|} = TypeNameHandling.Auto)]
                public object? Payload { get; set; }

                JsonSerializerSettings M() => new JsonSerializerSettings { {|#1:TypeNameHandling|} = TypeNameHandling.All };
            }
            """,
            NewtonsoftStubs,
            Gr3002("C.Payload", "deserialization (1 use: JsonPropertyAttribute.TypeNameHandling)", 0),
            Gr3002("C.M()", "deserialization (1 use: JsonSerializerSettings.TypeNameHandling)", 1));

    [Fact]
    public Task PInvokeDeclaration_IsReportedAtItsAttribute_Once() =>
        VerifyAsync(
            """
            using System.Runtime.InteropServices;
            static class Native
            {
                [{|#0:DllImport("libc", SetLastError = true, EntryPoint = "getpid")|}]
                public static extern int GetPid();
            }
            """,
            Gr3002("Native.GetPid()", "P/Invoke and native code (1 use: [DllImport])", 0));

    [Fact]
    public Task ReviewedPInvokeDeclaration_IsCovered() =>
        VerifyAsync(
            "using System.Runtime.InteropServices;\nusing Guardrails;\nstatic class Native\n{\n    "
                + StaleReview + "\n    [DllImport(\"libc\")]\n    public static extern int GetPid();\n}\n");

    [Fact]
    public Task LibraryImport_IsReportedInYourCode_NotInTheGeneratorsStub()
    {
        var test = CreateTest(
            """
            using System.Runtime.InteropServices;
            static partial class Native
            {
                [{|#0:LibraryImport("libc", EntryPoint = "getpid")|}]
                internal static partial int GetPid();
            }
            """,
            Gr3002("Native.GetPid()", "P/Invoke and native code (1 use: [LibraryImport])", 0));
        test.TestState.Sources.Add((
            "/0/Microsoft.Interop.LibraryImportGenerator/Microsoft.Interop.LibraryImportGenerator/LibraryImports.g.cs",
            """
            // <auto-generated/>
            static unsafe partial class Native
            {
                internal static partial int GetPid()
                {
                    return __PInvoke();
                    [System.Runtime.InteropServices.DllImportAttribute("libc", EntryPoint = "getpid", ExactSpelling = true)]
                    static extern unsafe int __PInvoke();
                }
            }
            """));
        AllowUnsafe(test);
        return test.RunAsync();
    }

    [Fact]
    public Task CheckedInGeneratedCode_IsStillReported()
    {
        var test = CreateTest(
            "// <auto-generated/>\n" + Usings + """
            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            class Generated { void M() => {|#0:Process.Start("x")|}; }
            """,
            Gr3002("Generated.M()", "process start (1 use: Process.Start(string))", 0));
        test.TestState.Sources.Add(("/0/Contoso/Contoso.Payments/Ledger.cs", Usings + "class Ledger { void M() => {|#1:Process.Start(\"y\")|}; }"));
        test.ExpectedDiagnostics.Add(Gr3002("Ledger.M()", "process start (1 use: Process.Start(string))", 1));
        return test.RunAsync();
    }

    [Fact]
    public Task UnsafeBlocksAndMembers_AreReportedAtTheKeyword()
    {
        var test = CreateTest(
            """
            {|#0:unsafe|} struct Buffer { public fixed byte Data[16]; }
            class C
            {
                {|#1:unsafe|} void M(int* p) { }
                int N(int[] values)
                {
                    {|#2:unsafe|}
                    {
                        fixed (int* p = values) { return *p; }
                    }
                }
            }
            """,
            Gr3002("Buffer", "unsafe code (1 use: unsafe)", 0),
            Gr3002("C.M(int*)", "unsafe code (1 use: unsafe)", 1),
            Gr3002("C.N(int[])", "unsafe code (1 use: unsafe)", 2));
        AllowUnsafe(test);
        return test.RunAsync();
    }

    [Fact]
    public Task ReviewedUnsafeMember_IsCovered()
    {
        var test = CreateTest("using Guardrails;\nclass C\n{\n    " + StaleReview + "\n    unsafe void M(int* p) { unsafe { } }\n}\n");
        AllowUnsafe(test);
        return test.RunAsync();
    }

    [Fact]
    public Task UnsafeCodeRemovedByThePolicy_IsNotReported()
    {
        var test = CreateTest("class C { unsafe void M(int* p) { unsafe { } } }");
        AllowUnsafe(test);
        WithPolicy(test, remove: "T:System.Security.UnverifiableCodeAttribute");
        return test.RunAsync();
    }

    // ---- What a review covers ----

    [Fact]
    public Task ReviewedMethod_IsCovered() =>
        VerifyAsync(Usings + "class C { " + ReviewOf("void M() { Process.Start(\"notepad\"); }") + " void M() { Process.Start(\"notepad\"); } }");

    [Fact]
    public Task StaleReview_StillCovers_StalenessIsGR3003sJob() =>
        VerifyAsync(Usings + "class C { " + StaleReview + " void M() { Process.Start(\"notepad\"); } }");

    [Fact]
    public Task ReviewedClass_CoversItsMembersAndNestedTypes() =>
        VerifyAsync(Usings + StaleReview + " class C { void M() { Process.Start(\"a\"); } class Nested { int P => Process.Start(\"b\").Id; } }");

    [Fact]
    public Task ReviewPending_DoesNotCover() =>
        VerifyAsync(
            Usings + "class C { [ReviewPending(\"2026-11-20\")] void M() { {|#0:Process.Start(\"notepad\")|}; } }",
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task AReviewOfASiblingMember_DoesNotCover() =>
        VerifyAsync(
            Usings + "class C { " + StaleReview + " void N() { } void M() { {|#0:Process.Start(\"notepad\")|}; } }",
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task AnAttributeNamedReviewedFromAnotherNamespace_DoesNotCover() =>
        VerifyAsync(
            """
            using System.Diagnostics;
            namespace Fake { class ReviewedAttribute : System.Attribute { public ReviewedAttribute(string a, string b) { } } }
            namespace App
            {
                using Fake;
                class C { [Reviewed("me", "2026-01-01")] void M() => {|#0:Process.Start("x")|}; }
            }
            """,
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task LambdaAndLocalFunction_InsideAReviewedMember_AreCovered() =>
        VerifyAsync(
            Usings + """
            class C
            {
                [Reviewed("alice", "2026-11-20", Fingerprint = "000000000000")]
                void M()
                {
                    System.Action start = () => Process.Start("a");
                    Local();
                    void Local() => Process.Start("b");
                }
            }
            """);

    [Fact]
    public Task LambdaAndLocalFunction_InsideAnUnreviewedMember_ReportTheMember() =>
        VerifyAsync(
            Usings + """
            class C
            {
                void M()
                {
                    System.Action start = () => {|#0:Process.Start("a")|};
                    Local();
                    void Local() => {|#1:Process.Start("b")|};
                }
            }
            """,
            Gr3002("C.M()", "process start (2 uses: Process.Start(string))", 0, 1));

    [Fact]
    public Task ReviewedLocalFunctionAndLambda_CoverOnlyTheirOwnBody() =>
        VerifyAsync(
            Usings + "class C\n{\n    void M()\n    {\n        {|#0:Process.Start(\"a\")|};\n        Local();\n        "
                + StaleReview + "\n        void Local() => Process.Start(\"b\");\n        System.Action start = "
                + StaleReview + " () => Process.Start(\"c\");\n    }\n}\n",
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task ExpressionBodiedMembers_AccessorsAndFieldInitializers_NameTheirMember() =>
        VerifyAsync(
            Usings + """
            class C
            {
                internal readonly Process started = {|#0:Process.Start("a")|};
                int Id => {|#1:Process.Start("b")|}.Id;
                int Other { get => {|#2:Process.Start("c")|}.Id; }
                void M() => {|#3:Process.Start("d")|};
            }
            """,
            Gr3002("C.started", "process start (1 use: Process.Start(string))", 0),
            Gr3002("C.Id", "process start (1 use: Process.Start(string))", 1),
            Gr3002("C.Other", "process start (1 use: Process.Start(string))", 2),
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 3));

    [Fact]
    public Task ReviewedFieldAndProperty_CoverTheirInitializerAndAccessors() =>
        VerifyAsync(
            Usings + "class C\n{\n    " + StaleReview + "\n    internal readonly Process started = Process.Start(\"a\");\n    "
                + StaleReview + "\n    int Other { get => Process.Start(\"c\").Id; }\n}\n");

    [Fact]
    public Task RecordWithPrimaryConstructor_IsCoveredByTheRecordsReview() =>
        VerifyAsync(
            Usings + """
            record Base(int Id);
            record R(string Path) : Base({|#0:Process.Start(Path)|}.Id)
            {
                public int Other { get; } = {|#1:Process.Start(Path)|}.Id;
            }
            [Reviewed("alice", "2026-11-20", Fingerprint = "000000000000")]
            record Checked(string Path) : Base(Process.Start(Path).Id);
            """,
            Gr3002("R", "process start (1 use: Process.Start(string))", 0),
            Gr3002("R.Other", "process start (1 use: Process.Start(string))", 1));

    [Fact]
    public Task PartialType_AReviewOfOnePartDoesNotCoverTheOther() =>
        VerifyAsync(
            Usings + StaleReview + "\npartial class C { void M() => Process.Start(\"a\"); }\npartial class C { void N() => {|#0:Process.Start(\"b\")|}; }\n",
            Gr3002("C.N()", "process start (1 use: Process.Start(string))", 0));

    [Fact]
    public Task TopLevelStatements_AreReportedWithAdvice()
    {
        var test = CreateTest(
            Usings + "{|#0:Process.Start(\"a\")|};\nLocal();\n" + StaleReview + "\nstatic void Local() => Process.Start(\"b\");\n",
            Verify.Diagnostic(Descriptors.GR3002).WithLocation(0).WithArguments(
                "<top-level statements>", "process start (1 use: Process.Start(string))",
                "; top-level statements cannot carry one, so move the code into a method and review that"));
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }

    // ---- The policy: review.sensitiveApis ----

    [Fact]
    public Task PolicyAdd_MakesACustomMethodSensitive_WithItsOwnCategoryOrPolicy()
    {
        var test = CreateTest(
            """
            namespace MyCompany.Payments
            {
                class Entry { }
                class Ledger { public void Post(Entry e) { } public void Void(Entry e) { } public void Read() { } }
                class Caller
                {
                    void M(Ledger ledger, Entry entry)
                    {
                        {|#0:ledger.Post(entry)|};
                        {|#1:ledger.Void(entry)|};
                        ledger.Read();
                    }
                }
            }
            """,
            Gr3002("Caller.M(Ledger, Entry)", "policy (1 use: Ledger.Post(Entry)), ledger write (1 use: Ledger.Void(Entry))", 0, 1));
        WithPolicy(test, add: "M:MyCompany.Payments.Ledger.Post(MyCompany.Payments.Entry)|M:MyCompany.Payments.Ledger.Void(MyCompany.Payments.Entry)%3B ledger write");
        return test.RunAsync();
    }

    [Fact]
    public Task PolicyAdd_CategoryWithTheListSeparator_IsReportedWhole()
    {
        var test = CreateTest(
            """
            namespace MyCompany.Payments
            {
                class Ledger { public void Post() { } }
                class Caller { void M(Ledger ledger) { {|#0:ledger.Post()|}; } }
            }
            """,
            Gr3002("Caller.M(Ledger)", "payments | cards #1 (1 use: Ledger.Post())", 0));
        // As the policy task writes it: each list item encoded on its own, '|' as %7C.
        WithPolicy(test, add: OptionList.Join(["M:MyCompany.Payments.Ledger.Post;payments | cards #1"]));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("M:System.Diagnostics.Process.Start")]
    [InlineData("M:System.Diagnostics.Process.Start*")]
    [InlineData("T:System.Diagnostics.Process")]
    [InlineData("N:System.Diagnostics")]
    public Task PolicyRemove_OfTheNameTypeOrNamespace_TakesProcessStartOut(string remove)
    {
        var test = CreateTest(Usings + "class C { void M() { Process.Start(\"a\"); Process.Start(\"a\", \"b\"); } }");
        WithPolicy(test, remove: remove);
        return test.RunAsync();
    }

    [Fact]
    public Task PolicyRemove_OfOneOverload_KeepsTheOthers()
    {
        var test = CreateTest(
            Usings + "class C { void M() { Process.Start(\"a\"); {|#0:Process.Start(\"a\", \"b\")|}; } }",
            Gr3002("C.M()", "process start (1 use: Process.Start(string, string))", 0));
        WithPolicy(test, remove: " M:System.Diagnostics.Process.Start(System.String) ");
        return test.RunAsync();
    }

    [Fact]
    public Task PolicyRemove_OfOneMemberOfASensitiveType_CarvesItOut()
    {
        var test = CreateTest(
            """
            using System.Reflection.Emit;
            class C { void M(ILGenerator il) { il.Emit(OpCodes.Ret); {|#0:il.DeclareLocal(typeof(int))|}; } }
            """,
            Gr3002("C.M(ILGenerator)", "reflection loading and emit (1 use: ILGenerator.DeclareLocal(Type))", 0));
        WithPolicy(test, remove: "M:System.Reflection.Emit.ILGenerator.Emit(System.Reflection.Emit.OpCode)");
        return test.RunAsync();
    }

    [Fact]
    public Task PolicyAdd_BeatsABroaderRemove()
    {
        var test = CreateTest(
            "using System.IO;\nclass C { void M() { {|#0:File.Delete(\"a\")|}; Directory.Delete(\"b\"); } }",
            Gr3002("C.M()", "policy (1 use: File.Delete(string))", 0));
        WithPolicy(test, add: "M:System.IO.File.Delete(System.String)", remove: "N:System.IO");
        return test.RunAsync();
    }

    /// <summary>The policy check rejects these IDs (GR0001); an analyzer config written by hand can still carry them.</summary>
    [Fact]
    public Task MalformedEntriesInTheAnalyzerConfig_AreSkipped_TheCatalogueStillApplies()
    {
        var test = CreateTest(
            Usings + "class C { void M() { {|#0:Process.Start(\"a\")|}; } }",
            Gr3002("C.M()", "process start (1 use: Process.Start(string))", 0));
        WithPolicy(test, add: "X:Nothing|M:|M:A.*.B", remove: "!!|T:|M:Lib.*.Spin");
        return test.RunAsync();
    }

    // ---- Robustness ----

    [Fact]
    public Task LookalikesOfCatalogueApis_InOtherNamespaces_AreNotReported() =>
        VerifyAsync(
            """
            namespace Mine
            {
                class Process { public static void Start(string s) { } }
                static class File { public static void Delete(string s) { } }
                class BinaryFormatter { public object Deserialize() => new object(); }
                class C { void M() { Process.Start("a"); File.Delete("b"); new BinaryFormatter().Deserialize(); } }
            }
            """);

    [Fact]
    public async Task BrokenCode_GivesNoAnalyzerCrash()
    {
        // Which half-bound calls the compiler recovers is its business: the test pins that nothing throws, and that the
        // well-formed class after the broken one is still checked.
        const string source = Usings + """
            class C
            {
                void M() { Process.Start(; Unknown.Start("x"); new Missing().Delete(); System.IO.File.Delete(undefined); }
                [Reviewed(] void N() { Process.Start("x") }
                unsafe int P => Process.Start
            }
            class D { int Q() => Process.Start("y").Id; }
            """;
        var exceptions = new List<Exception>();
        var references = await Verifiers.TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText(source, path: "/0/Broken.cs"), CSharpSyntaxTree.ParseText(Annotations) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SensitiveApiAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Contains(diagnostics, d => d.Id == Descriptors.GR3002.Id && d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'D.Q()'", StringComparison.Ordinal));
    }

    // ---- The catalogue ----

    [Fact]
    public void EveryCatalogueEntry_IsAValidEntry()
    {
        var origin = new BanEntryOrigin("catalogue", default(TextSpan), default(LinePositionSpan));
        Assert.All(SensitiveApiCatalog.Entries, entry =>
        {
            var parsed = BanEntry.Parse(entry.Id, origin);
            Assert.NotNull(parsed);
            Assert.True(parsed!.IsValid, entry.Id + " " + parsed.Problem);
            Assert.False(parsed.IsException);
        });
        Assert.Equal(SensitiveApiCatalog.Entries.Count, SensitiveApiCatalog.Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void RulePage_ListsEveryCatalogueEntryUnderItsCategory()
    {
        var page = File.ReadAllLines(RepositoryFiles.RulePage("GR3002"));
        var categories = SensitiveApiCatalog.Entries.Select(e => e.Category).ToHashSet(StringComparer.Ordinal);
        var rows = page
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length > 3 && categories.Contains(cells[1]))
            .Select(cells => (Category: cells[1], Ids: Regex.Matches(cells[2], "``(?<id>[^`]+(?:`[^`]+)*)``|`(?<id>[^`]+)`").Select(m => m.Groups["id"].Value).ToList()))
            .ToList();

        foreach (var entry in SensitiveApiCatalog.Entries)
        {
            Assert.True(
                rows.Any(row => row.Category == entry.Category && row.Ids.Contains(entry.Id)),
                "docs/rules/GR3002.md does not list " + entry.Id + " under '" + entry.Category + "'.");
        }

        var listed = rows.SelectMany(row => row.Ids).Where(id => Regex.IsMatch(id, "^[TMPNFE]:")).ToList();
        Assert.All(listed, id => Assert.Contains(SensitiveApiCatalog.Entries, e => e.Id == id));
    }

    [Theory]
    [InlineData("M:A.B.C(System.String)", "M:A.B.C(System.String)", true)]
    [InlineData("M:A.B.C", "M:A.B.C(System.String)", true)]
    [InlineData("M:A.B.C", "M:A.B.C*", true)]
    [InlineData("M:A.B.C(System.String)", "M:A.B.C*", false)]
    [InlineData("M:A.B.C", "M:A.B.CFrom*", false)]
    [InlineData("T:A.B", "M:A.B.C*", true)]
    [InlineData("T:A.B", "T:A.B*", false)]
    [InlineData("N:A", "T:A.B.C", true)]
    [InlineData("N:A.B", "N:A.B", true)]
    [InlineData("N:A.B", "M:A.Bc.D", false)]
    [InlineData("M:A.B.C*", "M:A.B.CFrom(System.String)", true)]
    [InlineData("T:A.B*", "M:A.Bx.C", true)]
    [InlineData("T:A.B*", "M:A.B.C", true)]
    [InlineData("M:A.B*", "T:A.Bx", false)]
    public void PolicyRemove_TakesOutTheCatalogueEntriesItNames(string remove, string entry, bool removed)
    {
        var origin = new BanEntryOrigin("test", default(TextSpan), default(LinePositionSpan));
        Assert.Equal(removed, SensitiveApiEntries.Removes(BanEntry.Parse("!" + remove, origin)!, BanEntry.Parse(entry, origin)!));
    }

    // ---- Code fix ----

    [Fact]
    public Task MarkAsReviewed_AnnotatesTheMemberAroundTheUse()
    {
        const string member = "void M() => Process.Start(\"a\");";
        var fingerprint = FingerprintOfMember(member);
        var today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var test = new FixVerify.Test
        {
            TestCode = Usings + "class C\n{\n    void M() => {|#0:Process.Start(\"a\")|};\n}\n",
            FixedCode = Usings + "class C\n{\n    [Reviewed(\"alice\", \"" + today + "\", Fingerprint = \"" + fingerprint + "\")]\n    void M() => Process.Start(\"a\");\n}\n",
        };
        AddAnnotations(test.TestState);
        AddAnnotations(test.FixedState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.reviewer = alice\n"));
        test.ExpectedDiagnostics.Add(FixVerify.Diagnostic(Descriptors.GR3002).WithLocation(0).WithArguments("C.M()", "process start (1 use: Process.Start(string))", string.Empty));
        return test.RunAsync();
    }

    [Fact]
    public Task MarkAsReviewed_TwoUsesInOneMember_OneFinding_GetOneReview()
    {
        const string member = "void M() { Process.Start(\"a\"); Process.Start(\"b\"); }";
        var fingerprint = FingerprintOfMember(member);
        var today = DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var test = new FixVerify.Test
        {
            TestCode = Usings + "class C\n{\n    void M() { {|#0:Process.Start(\"a\")|}; {|#1:Process.Start(\"b\")|}; }\n}\n",
            FixedCode = Usings + "class C\n{\n    [Reviewed(\"alice\", \"" + today + "\", Fingerprint = \"" + fingerprint + "\")]\n    void M() { Process.Start(\"a\"); Process.Start(\"b\"); }\n}\n",
        };
        AddAnnotations(test.TestState);
        AddAnnotations(test.FixedState);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nguardrails.reviewer = alice\n"));
        test.ExpectedDiagnostics.Add(
            FixVerify.Diagnostic(Descriptors.GR3002).WithLocation(0).WithLocation(1).WithArguments("C.M()", "process start (2 uses: Process.Start(string))", string.Empty));
        return test.RunAsync();
    }

    // ---- Helpers ----

    private const string SqlStubs = """
        namespace Microsoft.Data.SqlClient
        {
            public sealed class SqlConnection { }
            public sealed class SqlCommand
            {
                public SqlCommand() { }
                public SqlCommand(string cmdText, SqlConnection connection) { }
            }
        }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbSet<T> : System.Linq.IQueryable<T>
                where T : class
            {
                public System.Type ElementType => typeof(T);
                public System.Linq.Expressions.Expression Expression => null!;
                public System.Linq.IQueryProvider Provider => null!;
                public System.Collections.Generic.IEnumerator<T> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }
            public static class RelationalQueryableExtensions
            {
                public static System.Linq.IQueryable<T> FromSqlRaw<T>(this DbSet<T> set, string sql, params object[] parameters) where T : class => set;
            }
        }
        public sealed class Order { }
        """;

    private const string NewtonsoftStubs = """
        namespace Newtonsoft.Json
        {
            public enum TypeNameHandling { None, Objects, Arrays, All, Auto }
            public class JsonSerializerSettings { public TypeNameHandling TypeNameHandling { get; set; } }
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class JsonPropertyAttribute : System.Attribute { public TypeNameHandling TypeNameHandling { get; set; } }
        }
        """;

    private static string ReviewOf(string member) => string.Format(CultureInfo.InvariantCulture, Review, FingerprintOfMember(member));

    /// <summary>One finding for a member: at its first use, the member's other uses as additional locations, in source order.</summary>
    private static DiagnosticResult Gr3002(string name, string summary, params int[] locations)
    {
        var result = Verify.Diagnostic(Descriptors.GR3002);
        foreach (var location in locations)
        {
            result = result.WithLocation(location);
        }

        return result.WithArguments(name, summary, string.Empty);
    }

    private static Task VerifyAsync(string source, params DiagnosticResult[] expected) => CreateTest(source, expected).RunAsync();

    private static Task VerifyAsync(string source, string library, params DiagnosticResult[] expected)
    {
        var test = CreateTest(source, expected);
        var project = new ProjectState("Library", LanguageNames.CSharp, "/Library/", "cs");
        project.Sources.Add(("/Library/Library.cs", library));
        test.TestState.AdditionalProjects.Add("Library", project);
        test.TestState.AdditionalProjectReferences.Add("Library");
        return test.RunAsync();
    }

    private static Verify.Test CreateTest(string source, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        AddAnnotations(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static void WithPolicy(Verify.Test test, string? add = null, string? remove = null)
    {
        var config = "is_global = true\n";
        if (add is not null)
        {
            config += "guardrails.review.sensitive_apis.add = " + add + "\n";
        }

        if (remove is not null)
        {
            config += "guardrails.review.sensitive_apis.remove = " + remove + "\n";
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", config));
    }

    private static void AllowUnsafe(Verify.Test test) =>
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            var options = (CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
            return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
        });
}
