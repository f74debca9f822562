using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>Beyond BannedApiAnalyzers: wildcards (every overload, every member of a kind) and exceptions inside a ban.</summary>
public class WildcardAndExceptionTests
{
    private const string Library = """
        namespace Lib.Storage
        {
            public class Files
            {
                public Files() { }
                public static void Delete(string path) { }
                public static void Delete(string path, bool recursive) { }
                public static System.Threading.Tasks.Task DeleteAsync(string path) => System.Threading.Tasks.Task.CompletedTask;
                public static bool Exists(string path) => true;
                public static bool Exists(string path, bool followLinks) => true;
                public static string Root => "/";
                public static int Limit;
            }

            public class Paths { public static string Combine(string a, string b) => a + b; public class Part { } }
        }

        namespace Lib.Storage.Cloud
        {
            public class Bucket { }
        }
        """;

    private static Task VerifyLibAsync(string source, string bannedSymbols, params DiagnosticResult[] expected) =>
        Create(source, expected).WithLibrary(Library).WithBannedSymbols(bannedSymbols).RunAsync();

    // ---- Wildcards ----

    [Fact]
    public Task MethodNamePrefixWildcard_BansEveryOverloadAndEveryMethodStartingWithIt() =>
        VerifyLibAsync(
            """
            using Lib.Storage;
            class C
            {
                async System.Threading.Tasks.Task M()
                {
                    {|#0:Files.Delete("a")|};
                    {|#1:Files.Delete("a", true)|};
                    await {|#2:Files.DeleteAsync("a")|};
                    _ = Files.Exists("a");
                }
            }
            """,
            "M:Lib.Storage.Files.Delete*;deleting is irreversible",
            Banned(0, "Files.Delete(string)", "deleting is irreversible"),
            Banned(1, "Files.Delete(string, bool)", "deleting is irreversible"),
            Banned(2, "Files.DeleteAsync(string)", "deleting is irreversible"));

    [Fact]
    public Task MethodStarWildcard_BansEveryMethodButNotPropertiesOrFields() =>
        VerifyLibAsync(
            """
            using Lib.Storage;
            class C
            {
                void M()
                {
                    var f = {|#0:new Files()|};
                    _ = {|#1:Files.Exists("a")|};
                    _ = Files.Root;
                    _ = Files.Limit;
                    _ = Paths.Combine("a", "b");
                }
            }
            """,
            "M:Lib.Storage.Files.*",
            Banned(0, "Files.Files()"),
            Banned(1, "Files.Exists(string)"));

    [Fact]
    public Task PropertyAndFieldWildcards_MatchTheirKind() =>
        VerifyLibAsync(
            "using Lib.Storage; class C { void M() { _ = {|#0:Files.Root|}; _ = {|#1:Files.Limit|}; _ = Files.Exists(\"a\"); } }",
            "P:Lib.Storage.Files.*\nF:Lib.Storage.Files.*",
            Banned(0, "Files.Root"),
            Banned(1, "Files.Limit"));

    [Fact]
    public Task TypeWildcard_BansTheTypesOfANamespaceButNotOfItsChildren() =>
        VerifyLibAsync(
            """
            class C
            {
                void M()
                {
                    _ = {|#0:new Lib.Storage.Paths.Part()|};
                    _ = {|#1:Lib.Storage.Paths.Combine("a", "b")|};
                    _ = new Lib.Storage.Cloud.Bucket();
                }
            }
            """,
            "T:Lib.Storage.P*",
            Banned(0, "Paths"),
            Banned(1, "Paths"));

    [Fact]
    public Task TypeWildcardInsideAType_BansItsNestedTypes() =>
        VerifyLibAsync(
            "class C { object M() => {|#0:new Lib.Storage.Paths.Part()|}; object N() => Lib.Storage.Paths.Combine(\"a\", \"b\"); }",
            "T:Lib.Storage.Paths.*",
            Banned(0, "Paths.Part"));

    // ---- Exceptions ----

    [Fact]
    public Task ExceptionForAType_InsideABannedNamespace_IsAllowed() =>
        VerifyLibAsync(
            """
            class C
            {
                void M()
                {
                    _ = Lib.Storage.Paths.Combine("a", "b");
                    _ = {|#0:Lib.Storage.Files.Exists("a")|};
                    _ = {|#1:new Lib.Storage.Cloud.Bucket()|};
                }
            }
            """,
            "N:Lib.Storage;use the storage service\n!T:Lib.Storage.Paths",
            Banned(0, "Lib.Storage", "use the storage service"),
            Banned(1, "Lib.Storage", "use the storage service"));

    [Fact]
    public Task ExceptionForAChildNamespace_IsAllowed() =>
        VerifyLibAsync(
            "class C { object M() => new Lib.Storage.Cloud.Bucket(); object N() => {|#0:new Lib.Storage.Files()|}; }",
            "N:Lib.Storage\n!N:Lib.Storage.Cloud",
            Banned(0, "Lib.Storage"));

    [Fact]
    public Task ExceptionForAnOverload_InsideABannedType_IsAllowed_TheTypeItselfStaysBanned() =>
        VerifyLibAsync(
            """
            class C
            {
                void M()
                {
                    _ = Lib.Storage.Files.Exists("a");
                    _ = {|#0:Lib.Storage.Files.Exists("a", true)|};
                    {|#1:Lib.Storage.Files.Delete("a")|};
                    _ = {|#2:typeof(Lib.Storage.Files)|};
                }
            }
            """,
            "T:Lib.Storage.Files\n!M:Lib.Storage.Files.Exists(System.String)",
            Banned(0, "Files"),
            Banned(1, "Files"),
            Banned(2, "Files"));

    [Fact]
    public Task WildcardException_InsideABannedType_AllowsEveryOverload() =>
        VerifyLibAsync(
            "class C { void M() { _ = Lib.Storage.Files.Exists(\"a\"); _ = Lib.Storage.Files.Exists(\"a\", true); {|#0:Lib.Storage.Files.Delete(\"a\")|}; } }",
            "T:Lib.Storage.Files\n!M:Lib.Storage.Files.Exists*",
            Banned(0, "Files"));

    [Fact]
    public Task ExactException_BeatsAWildcardBan() =>
        VerifyLibAsync(
            "class C { void M() { Lib.Storage.Files.Delete(\"a\"); {|#0:Lib.Storage.Files.Delete(\"a\", true)|}; } }",
            "M:Lib.Storage.Files.Delete*\n!M:Lib.Storage.Files.Delete(System.String)",
            Banned(0, "Files.Delete(string, bool)"));

    [Fact]
    public Task ExceptionFromThePolicy_AllowsTheMember() =>
        Create("class C { void M() { _ = Lib.Storage.Files.Exists(\"a\"); {|#0:Lib.Storage.Files.Delete(\"a\")|}; } }", Banned(0, "Files", "use IFileStore"))
            .WithLibrary(Library)
            .WithBannedSymbols("#@ 4:9\nT:Lib.Storage.Files;use IFileStore\n#@ 5:21\n!M:Lib.Storage.Files.Exists(System.String)\n", "obj/guardrails/Guardrails.BannedApis.txt")
            .RunAsync();
}
