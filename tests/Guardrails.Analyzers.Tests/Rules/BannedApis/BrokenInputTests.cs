using System.Collections.Immutable;
using System.Text;
using Guardrails.Analyzers.Rules;
using Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>Code that does not compile and ban files that make no sense give diagnostics, never an analyzer crash (AD0001).</summary>
public class BrokenInputTests
{
    private const string BrokenCode = """
        using System;
        using Missing.Namespace;
        using static System.Console
        class C : MissingBase, IMissing
        {
            MissingType _field;
            MissingType<int, Missing> Prop => new MissingType<int, Missing>();
            void M(Missing p)
            {
                WriteLine(
                var x = new System.Text.StringBuilder(;
                x.Append(1).
                Console.WriteLine(Undefined + );
                typeof(Missing);
                new Missing[3];
                foreach (Missing m in p) { }
                if (p is Missing q) { }
                Func<int> f = () => Missing.Call();
                /// <see cref="Missing"/>
            }
        """;

    [Fact]
    public Task CodeThatDoesNotCompile_StillReportsWhatIsBannedAndNeverCrashes()
    {
        const string Missing = "matches nothing in this compilation: 'Missing' does not exist here; check the spelling, or whether this project references the assembly that defines it";
        var source = BrokenCode
            .Replace("using static System.Console", "using static {|#0:System.Console|}", StringComparison.Ordinal)
            .Replace("new System.Text.StringBuilder(;", "{|#1:new System.Text.StringBuilder(|};", StringComparison.Ordinal);
        var test = Create(
                source,
                Banned(0, "Console"),
                Banned(1, "System.Text"),
                Unresolved("BannedSymbols.txt", 2, 1, "T:Missing", Missing),
                Unresolved("BannedSymbols.txt", 3, 1, "M:Missing.Call", Missing),
                Unresolved("BannedSymbols.txt", 5, 1, "N:Missing.Namespace", Missing))
            .WithBannedSymbols("N:System.Text\nT:Missing\nM:Missing.Call\nT:System.Console\nN:Missing.Namespace");
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        return test.RunAsync();
    }

    [Fact]
    public async Task RandomBanFilesAndBrokenCode_NeverThrow()
    {
        var references = await TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var trees = new[]
        {
            CSharpSyntaxTree.ParseText(BrokenCode, path: "Broken.cs"),
            CSharpSyntaxTree.ParseText(ConformanceSample.Files[0].Text, path: ConformanceSample.Files[0].Path),
        };
        var compilation = CSharpCompilation.Create("Fuzz", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var random = new Random(20261122);
        const string alphabet = "TMPFENX:!;[]#@*`{}(),.~ \t/abcSystemIOFile0123456789\u00e9\u0000";
        for (var round = 0; round < 40; round++)
        {
            var text = new StringBuilder();
            for (var line = 0; line < 25; line++)
            {
                var length = random.Next(0, 40);
                for (var i = 0; i < length; i++)
                {
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                }

                text.Append(random.Next(4) == 0 ? "\r\n" : "\n");
            }

            // Half the rounds also give well-formed entries, so the analysis callbacks run over the broken code too.
            if (round % 2 == 0)
            {
                text.Append("N:System\nT:Missing\nM:System.Console.*\n!T:System.Object\n[error] T:System.String\n");
            }

            var files = ImmutableArray.Create<AdditionalText>(
                new InMemoryAdditionalText("BannedSymbols.txt", text.ToString()),
                new InMemoryAdditionalText("obj/Guardrails.BannedApis.txt", "#@ x:y\n#@ 0:0\n#@\n" + text));
            var exceptions = new List<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(files),
                onAnalyzerException: (ex, _, _) => exceptions.Add(ex),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BannedApiAnalyzer()), options).GetAnalyzerDiagnosticsAsync();

            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.All(diagnostics, d => Assert.StartsWith("GR110", d.Id, StringComparison.Ordinal));
            if (round % 2 == 0)
            {
                Assert.Contains(diagnostics, d => d.Id == "GR1101");
            }
        }
    }

    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
