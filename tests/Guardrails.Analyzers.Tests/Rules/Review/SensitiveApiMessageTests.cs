using static Guardrails.Analyzers.Tests.Rules.Review.SensitiveApiTestSupport;

namespace Guardrails.Analyzers.Tests.Rules.Review;

/// <summary>
/// A multi-targeted project compiles each line once per framework, against reference assemblies that carry different
/// annotations for the same API (markdig: <c>Unsafe.As&lt;LeafBlock&gt;(object)</c> in one inner build,
/// <c>(object?)</c> in another). A baseline entry is keyed by the message, so the message must be the same text for both.
/// Each case declares the API once as one framework's reference assembly has it and once as another's.
/// </summary>
public class SensitiveApiMessageTests
{
    private const string Policy = "guardrails.review.sensitive_apis.add = T:Polyfill.Unsafe";

    public static TheoryData<string, string, string> SameApiInTwoShapes => new()
    {
        // Nullable reference type annotations (netstandard2.0's System.Runtime.CompilerServices.Unsafe package has none).
        { "#nullable enable\npublic static T As<T>(object? o) where T : class => (T)o!;", "Unsafe.As<string>(value)", "Unsafe.As<string>(object)" },
        { "#nullable disable\npublic static T As<T>(object o) where T : class => (T)o;", "Unsafe.As<string>(value)", "Unsafe.As<string>(object)" },
        { "#nullable enable\npublic static string?[]? Split(string? s, params string?[]? parts) => null;", "Unsafe.Split(\"a\", \"b\")", "Unsafe.Split(string, string[])" },
        { "#nullable disable\npublic static string[] Split(string s, string[] parts) => null;", "Unsafe.Split(\"a\", new[] { \"b\" })", "Unsafe.Split(string, string[])" },

        // .NET 8 turned Unsafe.AsRef's 'in T' and Unsafe.AreSame's 'ref T' into 'ref readonly T', some with 'scoped'.
        { "public static ref T AsRef<T>(in T source) => throw null!;", "Unsafe.AsRef(in number)", "Unsafe.AsRef<int>(ref int)" },
        { "public static ref T AsRef<T>(scoped ref readonly T source) => throw null!;", "Unsafe.AsRef(in number)", "Unsafe.AsRef<int>(ref int)" },
        { "public static ref T AsRef<T>(ref T source) => throw null!;", "Unsafe.AsRef(ref number)", "Unsafe.AsRef<int>(ref int)" },

        // Tuple element names, dynamic and native integers are attributes on the signature too.
        { "public static int First((int Left, int Right) pair) => pair.Left;", "Unsafe.First((1, 2))", "Unsafe.First((int, int))" },
        { "public static int First(System.ValueTuple<int, int> pair) => pair.Item1;", "Unsafe.First((1, 2))", "Unsafe.First((int, int))" },
        { "public static void Echo(dynamic value) { }", "Unsafe.Echo(value)", "Unsafe.Echo(object)" },
        { "public static void Echo(object value) { }", "Unsafe.Echo(value)", "Unsafe.Echo(object)" },
        { "public static void Read(System.IntPtr pointer) { }", "Unsafe.Read(System.IntPtr.Zero)", "Unsafe.Read(nint)" },
        { "public static void Read(nint pointer) { }", "Unsafe.Read(0)", "Unsafe.Read(nint)" },
    };

    [Theory]
    [MemberData(nameof(SameApiInTwoShapes))]
    public Task TheSameApi_AnnotatedOrNot_IsNamedTheSame(string declaration, string call, string api)
    {
        var test = CreateTest(
            "using Polyfill;\nclass C { void M(object value, int number) { {|#0:" + call + "|}; } }",
            Gr3002("C.M(object, int)", "policy (1 use: " + api + ")", 0));
        AddReferencedProject(test, "Polyfill", "namespace Polyfill\n{\npublic static class Unsafe\n{\n" + declaration + "\n}\n}\n");
        WithGlobalConfig(test, Policy);
        return test.RunAsync();
    }

    [Theory]
    [InlineData("#nullable enable\n", "string? text, params object?[] values")]
    [InlineData("#nullable disable\n", "string text, object[] values")]
    public Task TheMemberTheFindingNames_AnnotatedOrNot_IsNamedTheSame(string context, string parameters)
    {
        var test = CreateTest(
            "using Polyfill;\n" + context + "class C { void M(" + parameters + ") { _ = {|#0:Unsafe.As<string>(text)|}; } }",
            Gr3002("C.M(string, object[])", "policy (1 use: Unsafe.As<string>(object))", 0));
        AddReferencedProject(test, "Polyfill", "namespace Polyfill { public static class Unsafe { public static T As<T>(object o) where T : class => (T)o; } }");
        WithGlobalConfig(test, Policy);
        return test.RunAsync();
    }
}
