using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>
/// A multi-targeted project compiles each use once per framework, against reference assemblies that annotate the same API
/// differently; the baseline keys a finding by its message, so GR1101 must name the API the same way in every one.
/// </summary>
public class BannedApiMessageTests
{
    [Theory]
    [InlineData("#nullable enable\npublic static string? Turn(object? value, params string?[] names) => null;")]
    [InlineData("#nullable disable\npublic static string Turn(object value, string[] names) => null;")]
    public Task TheSameBannedApi_AnnotatedOrNot_IsNamedTheSame(string declaration) =>
        Create(
            "class C { void M(object value) { {|#0:Lib.Gear.Turn(value, new[] { \"a\" })|}; } }",
            Banned(0, "Gear.Turn(object, string[])"))
            .WithLibrary("namespace Lib\n{\npublic static class Gear\n{\n" + declaration + "\n}\n}\n")
            .WithBannedSymbols("M:Lib.Gear.Turn(System.Object,System.String[])")
            .RunAsync();
}
