using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>
/// What the policy task hands the analyzers, for the hostile corpus: every <c>guardrails.*</c> key of
/// <see cref="AnalyzerOptionKeys"/> with a realistic value (several with entries that do not parse or resolve), per-file
/// sections for AI-generated files and review areas, a ban list and a baseline as additional files.
/// </summary>
internal static class CorpusOptions
{
    public const string PolicyFile = "/repo/guardrails.json";

    /// <summary>A ban list named only by <c>guardrails.apis.files</c> (not a BannedSymbols*.txt name).</summary>
    public const string ExtraBanFile = "/repo/policy/extra-bans.txt";

    public static ImmutableDictionary<string, string> GlobalOptions { get; } = new Dictionary<string, string>
    {
        [AnalyzerOptionKeys.PolicyFile] = PolicyFile,
        [AnalyzerOptionKeys.RepositoryRoot] = "/repo",
        [AnalyzerOptionKeys.Profile] = "strict",
        [AnalyzerOptionKeys.ApiFiles] = ExtraBanFile + "|/repo/policy/missing-file.txt||  ",
        [AnalyzerOptionKeys.BannedApiSeverity] = "warning",
        [AnalyzerOptionKeys.AiGeneratedHeaderMarker] = OptionValue.Encode("AI-GENERATED #copilot"),
        [AnalyzerOptionKeys.Reviewer] = "alice",
        [AnalyzerOptionKeys.ReviewReviewers] = "security=alice|bob,payments=carol|Dave%20O%27Neil,empty=,=orphan,%ZZ=broken",
        [AnalyzerOptionKeys.ReviewAreas] = "Corpus.Payments.*|Corpus.Sec?rity=payments|security,Corpus.Review.*=security,=nobody,Corpus.Locked=,%E0%A4%A=x",
        [AnalyzerOptionKeys.SensitiveApisAdd] = OptionValue.Encode(
            "M:Corpus.Payments.Ledger.Post*;payments|T:Corpus.Crypto.HomeMadeCipher;crypto|M:System.Console.WriteLine(System.String);console"
            + "|not an id|N:Missing.Namespace|[error] T:System.Random|!T:System.Guid"),
        [AnalyzerOptionKeys.SensitiveApisRemove] = "M:System.IO.File.Delete(System.String)|T:Missing.Type|N:System.Reflection.Emit|M:Bad((|T:System.Security.Cryptography.MD5*",
        [AnalyzerOptionKeys.SensitiveApisIncludeTests] = "true",
        [Guardrails.Analyzers.Rules.Review.SensitiveApiTestProject.IsTestProjectProperty] = "true",
        [AnalyzerOptionKeys.ReviewSlaDays] = "30",
        [AnalyzerOptionKeys.Today] = "2025-06-01",
        [PolicyOptions.SkipReference.ConfigKey] = @"(#[0-9]+|\bJIRA-[0-9]+\b|https?://\S+)",
        [PolicyOptions.AssertionMethods.ConfigKey] = "M:Corpus.Tests.Expect.Valid(System.Object)|Corpus.Tests.Check.That|M:Bad((|Missing.Type.Method| ",
        [PolicyOptions.AssertionAttributes.ConfigKey] = "Corpus.Tests.AssertionMethodAttribute|Corpus.Tests.CustomAssertion|Missing.Attr",
    }.ToImmutableDictionary();

    /// <summary>
    /// Every key with a value the policy task would never write: unparsable numbers and dates, a catastrophic regex, lists
    /// of separators, bare wildcards. A hand-edited .globalconfig can still say anything.
    /// </summary>
    public static ImmutableDictionary<string, string> MalformedGlobalOptions { get; } = new Dictionary<string, string>
    {
        [AnalyzerOptionKeys.PolicyFile] = "/",
        [AnalyzerOptionKeys.RepositoryRoot] = "../%ZZ/\u0000",
        [AnalyzerOptionKeys.Profile] = string.Empty,
        [AnalyzerOptionKeys.ApiFiles] = "%ZZ||%3B%|\\server\\share\\BannedSymbols.txt",
        [AnalyzerOptionKeys.BannedApiSeverity] = "loud",
        [AnalyzerOptionKeys.AiGeneratedHeaderMarker] = "%",
        [AnalyzerOptionKeys.Reviewer] = "\u0000",
        [AnalyzerOptionKeys.ReviewReviewers] = "=,==,,|||,%%%=%%%,a=b=c",
        [AnalyzerOptionKeys.ReviewAreas] = "=,==,,|||,*=*,?**?=x,**=**",
        [AnalyzerOptionKeys.SensitiveApisAdd] = "*|T:|M:*|T:System.*|[error]|!|M:System.Diagnostics.Process.*|T:System.Object",
        [AnalyzerOptionKeys.SensitiveApisRemove] = "*|N:|T:System|M:System.*|T:System.Diagnostics.*",
        [AnalyzerOptionKeys.SensitiveApisIncludeTests] = "%ZZ yes",
        [Guardrails.Analyzers.Rules.Review.SensitiveApiTestProject.IsTestProjectProperty] = "maybe",
        [AnalyzerOptionKeys.ReviewSlaDays] = " 0 ",
        [AnalyzerOptionKeys.Today] = "9999-12-31",
        [PolicyOptions.SkipReference.ConfigKey] = "(a+)+$",
        [PolicyOptions.AssertionMethods.ConfigKey] = "M:|M:(|.|..|M:A.B``(|System.Object.Equals",
        [PolicyOptions.AssertionAttributes.ConfigKey] = "|Attribute|System.Attribute|System.ObsoleteAttribute",
    }.ToImmutableDictionary();

    /// <summary>The options for every key, plus per-file sections built from the corpus files' own settings.</summary>
    public static AnalyzerOptions Create(IEnumerable<CorpusFile> files, IEnumerable<AdditionalText> additionalFiles) =>
        Create(files, additionalFiles, GlobalOptions);

    public static AnalyzerOptions Create(IEnumerable<CorpusFile> files, IEnumerable<AdditionalText> additionalFiles, ImmutableDictionary<string, string> globalOptions)
    {
        var perFile = new Dictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var options = ImmutableDictionary<string, string>.Empty;
            if (file.AiGenerated)
            {
                options = options.Add(AnalyzerOptionKeys.AiGeneratedFile, "true");
            }

            if (file.ReviewAreas is { } areas)
            {
                options = options.Add(AnalyzerOptionKeys.ReviewAreaFile, areas);
            }

            if (!options.IsEmpty)
            {
                perFile[file.Path] = options;
            }
        }

        return new AnalyzerOptions(additionalFiles.ToImmutableArray(), new Provider(globalOptions, perFile));
    }

    /// <summary>The ban lists and the baseline, with broken lines among the real entries.</summary>
    public static ImmutableArray<AdditionalText> AdditionalFiles() => ImmutableArray.Create<AdditionalText>(
        new Text("/repo/BannedSymbols.txt", """
            T:System.Console; use ILogger
            M:System.IO.File.ReadAllText(System.String); use the file abstraction
            N:System.Net.Http
            P:System.DateTime.Now; use TimeProvider
            F:System.String.Empty
            E:System.AppDomain.UnhandledException
            M:System.Environment.Get*
            !M:System.Console.WriteLine(System.String)
            [error] T:System.Random
            [bogus] T:System.Guid
            T:Corpus.Legacy.OldApi; retired
            M:Corpus.Money.op_Addition(Corpus.Money,Corpus.Money)
            T:System.Collections.Generic.List`1
            T:Missing.Type
            M:System.Console.WriteLine(
            T:System.Console
            !T:System.Console
            ;only a message
            !
            []
            T:System.Threading.Thread*
            T:System.Threading.*
            M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})
            """),
        new Text("/repo/obj/Debug/guardrails/Guardrails.BannedApis.txt", """
            # generated from guardrails.json
            #@ 12:7
            T:System.Diagnostics.Stopwatch; measure with the metrics API
            #@ 0:0
            M:System.GC.Collect
            #@ x:y
            N:Corpus.Forbidden
            #@
            [none] T:System.Xml.XmlDocument
            #@ 99999999999:1
            T:System.Console
            """),
        new Text(ExtraBanFile, "T:System.Threading.Timer // timers leak\n\u0000\uFFFE garbage \t\n   \n// only a comment\nT:System.Timers.Timer"),
        new Text("/repo/BannedSymbols.Null.txt", text: null),
        new Text("/repo/banned/BannedSymbols.Empty.txt", string.Empty),
        new Text("/repo/obj/Debug/guardrails/Guardrails.Baseline.txt", BaselineText),
        new Text("/repo/Guardrails.Baseline.txt", text: null),
        new Text("/repo/notes/readme.md", "# not a ban file\nT:System.Object\n"));

    /// <summary>
    /// One entry that matches a finding in the corpus (so the suppressor has something to suppress), and lines that are
    /// malformed, name an unknown rule, or overflow a count.
    /// </summary>
    private static readonly string BaselineText = string.Join("\n", new[]
    {
        "# baseline written by the policy task",
        Line("GR2004", "src/Corpus/Baseline/Legacy.cs", "1", "'Legacy' is excluded from code coverage without a justification; set Justification to say why it needs no tests"),
        Line("GR3002", "src/Corpus/Baseline/Legacy.cs", "many", "not a count"),
        "GR4001\tonly three\tfields",
        Line("GR9999", "src/Corpus/Baseline/Legacy.cs", "1", "an unknown rule"),
        Line("GR2004", @"src\\Corpus\\Baseline\\Legacy.cs", "2147483647", @"a\tmessage\nwith escapes\"),
        Line("GR2004", "src/Corpus/Baseline/Legacy.cs", "2147483647", "overflows the count when added to the same identity"),
        Line("GR2004", "src/Corpus/Baseline/Legacy.cs", "2147483647", "overflows the count when added to the same identity"),
        "\r",
    });

    private static string Line(string rule, string file, string count, string message) => string.Join("\t", rule, file, count, message);

    /// <summary>An additional file; <c>text: null</c> is a file that cannot be read, which the API allows.</summary>
    internal sealed class Text : AdditionalText
    {
        private readonly SourceText? _text;

        public Text(string path, string? text)
        {
            Path = path;
            _text = text is null ? null : SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        private readonly Options _global;
        private readonly Dictionary<string, ImmutableDictionary<string, string>> _perFile;

        public Provider(ImmutableDictionary<string, string> global, Dictionary<string, ImmutableDictionary<string, string>> perFile)
        {
            _global = new Options(global);
            _perFile = perFile;
        }

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            _perFile.TryGetValue(tree.FilePath, out var options) ? new Options(_global.Values.SetItems(options)) : _global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public Options(ImmutableDictionary<string, string> values) => Values = values;

        public ImmutableDictionary<string, string> Values { get; }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => Values.TryGetValue(key, out value);
    }
}
