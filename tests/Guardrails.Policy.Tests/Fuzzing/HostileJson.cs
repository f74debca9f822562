using System.Text;

namespace Guardrails.Policy.Tests.Fuzzing;

/// <summary>JSON values a policy key should never receive: each one a known way for a reader or validator to break.</summary>
internal static class HostileJson
{
    /// <summary>Deeper than System.Text.Json's default MaxDepth (64) and the policy reader's, by far.</summary>
    public const int DeepNesting = 10_000;

    public static readonly string[] WrongTypes =
    {
        "true", "false", "null", "0", "-1", "\"text\"", "\"\"", "[]", "{}", "[1, \"a\", null, {}]", "{ \"unknown\": 1 }", "\"error\"",
    };

    public static readonly string[] HugeNumbers =
    {
        "1e309", "-1e309", "1E+2147483648", "99999999999999999999999999999999", "4294967296", "2147483648", "-2147483649",
        "1.0000000000000000000000000001", "1e-400", "-0", "-0.0", "100.00000000000001", "79228162514264337593543950336",
        new string('9', 10_000), "0." + new string('0', 5_000) + "1",
    };

    public static readonly string[] BadGlobs =
    {
        "\"[abc\"", "\"**/[a-\"", "\"{a,b\"", "\"a[]b\"", "\"\\\\\"", "\"[!]\"", "\"***\"", "\"[z-a]\"", "\" \"", "\"\\u0000\"", "\"**/**/**/**/**/**/**/**/**/**/**/x\"",
        "[\"[\", \"]\", \"{\", \"}\"]",
    };

    /// <summary>Patterns that backtrack exponentially on the right input, and patterns that do not compile.</summary>
    public static readonly string[] BadRegexes =
    {
        "\"(a+)+$\"", "\"(\\\\w+\\\\s?)+$\"", "\"^(a|aa)+$\"", "\"(.*a){25}\"", "\"^(\\\\d+)+$\"", "\"(x+x+)+y\"", "\"(.*,){12}X\"", "\"(?<a>\"", "\"(?(\"", "\"\\\\\"", "\"[z-a]\"", "\"a{2147483648}\"",
    };

    public static readonly string[] BadFormats =
    {
        "\"[1.0\"", "\"(,)\"", "\"< x\"", "\"[2.0,1.0]\"", "\"2026-02-30\"", "\"9999-99-99\"", "\"GR9999\"", "\"gr0001\"", "\"CA1000\"", "\"T:\"", "\"X:System.Console\"",
        "\"[error]T:System.Console\"", "\"!T:System.Console\"", "\"T:A<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\"",
    };

    public static readonly string[] OddStrings =
    {
        "\"\\ud800\"", "\"\\udc00x\"", "\"\\ud800\\ud800\"", "\"\\u0000\"", "\"\\x41\"", "\"\\u12\"", "\"a\tb\"", "\"line\nbreak\"", "\"\u202Eevil\"", "\"\uFEFF\"",
        "\"" + new string('a', 1 << 20) + "\"", "\"" + string.Concat(Enumerable.Repeat("\\u00e9", 50_000)) + "\"",
    };

    public static readonly string[] DeepStructures =
    {
        new string('[', DeepNesting) + new string(']', DeepNesting),
        string.Concat(Enumerable.Repeat("{\"a\":", DeepNesting)) + "1" + new string('}', DeepNesting),
        new string('[', DeepNesting),
        string.Concat(Enumerable.Repeat("[{\"rules\":", 40)) + "1" + string.Concat(Enumerable.Repeat("}]", 40)),
        "{" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => "\"k" + i + "\":" + i)) + "}",
        "{\"a\":1,\"a\":2,\"a\":3}",
        "[" + string.Join(",", Enumerable.Repeat("\"GR2004\"", 50_000)) + "]",
        "/* unterminated comment",
        "1 // trailing comment",
    };

    public static readonly string[][] All = { WrongTypes, HugeNumbers, BadGlobs, BadRegexes, BadFormats, OddStrings, DeepStructures };

    /// <summary>Every hostile value, flattened, as UTF-8.</summary>
    public static readonly byte[][] Values = All.SelectMany(group => group).Select(Encoding.UTF8.GetBytes).ToArray();

    /// <summary>Property names that are unknown, differently cased, or belong elsewhere.</summary>
    public static readonly string[] Names =
    {
        "\"rules\"", "\"coverage\"", "\"Coverage\"", "\"profiles\"", "\"ci\"", "\"GR0001\"", "\"GR9999\"", "\"\"", "\"\\u0000\"", "\"$schema\"", "\"severity\"", "\"line\"",
        "\"" + new string('k', 100_000) + "\"", "\"\\ud800\"",
    };

    /// <summary>Wrappers that put a value one level too deep or inside the wrong kind of container.</summary>
    public static readonly (string Before, string After)[] Wrappers =
    {
        ("[", "]"), ("{\"x\":", "}"), ("[[", "]]"), ("{\"rules\":", "}"), ("{\"severity\":", "}"), ("[", ",]"), ("", ","), ("", "}"), ("", "]"),
    };
}
