using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Guardrails.Analyzers.Rules;
using Guardrails.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>
/// The issue's conformance requirement: on a realistic multi-file sample, with one BannedSymbols.txt given to both
/// BannedApiAnalyzers (RS0030, loaded from its package) and Guardrails, every location RS0030 reports is reported by GR1101.
/// </summary>
public class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public async Task EveryLocationRs0030Reports_IsReportedByGr1101()
    {
        var compilation = await CompileSampleAsync();
        var banFile = new BrokenInputTests.InMemoryAdditionalText("/sample/BannedSymbols.txt", ConformanceSample.BannedSymbols);

        var rs0030 = await AnalyzeAsync(compilation, BannedApiAnalyzersPeer.Create(), banFile);
        var gr1101 = await AnalyzeAsync(compilation, new BannedApiAnalyzer(), banFile);

        var peer = rs0030.Where(d => d.Id == "RS0030").ToList();
        var ours = gr1101.Where(d => d.Id == "GR1101").ToList();
        var ourLocations = ours.Select(Key).ToHashSet();
        var missed = peer.Where(d => !ourLocations.Contains(Key(d))).ToList();

        _output.WriteLine("RS0030: " + peer.Count + " diagnostics at " + peer.Select(Key).Distinct().Count() + " locations; GR1101: " + ours.Count + " at " + ourLocations.Count + " locations.");
        foreach (var extra in ours.Where(d => !peer.Select(Key).Contains(Key(d))))
        {
            _output.WriteLine("GR1101 only: " + extra);
        }

        // The sample must exercise RS0030 broadly, or the comparison proves nothing.
        Assert.True(peer.Count >= 40, "RS0030 reported only " + peer.Count + " diagnostics on the sample.");
        Assert.True(missed.Count == 0, "GR1101 misses locations RS0030 reports:\n" + string.Join("\n", missed));

        // Neither analyzer reports an entry problem on this list (every entry resolves, none repeats).
        Assert.DoesNotContain(rs0030, d => d.Id == "RS0031");
        Assert.DoesNotContain(gr1101, d => d.Id is "GR1102" or "GR1103");
    }

    [Fact]
    public async Task AtEachCommonLocation_Gr1101NamesWhatRs0030Names()
    {
        // Same wording as RS0030 ("The symbol '{0}' is banned in this project{1}"), so users can compare the two. The one
        // difference is on purpose: GR1101 names the symbol the same for every target framework, so without the nullable
        // annotations and 'params' that RS0030 shows (File.WriteAllText(string, string?) is (string, string) here).
        var compilation = await CompileSampleAsync();
        var banFile = new BrokenInputTests.InMemoryAdditionalText("/sample/BannedSymbols.txt", ConformanceSample.BannedSymbols);
        var peer = (await AnalyzeAsync(compilation, BannedApiAnalyzersPeer.Create(), banFile)).Where(d => d.Id == "RS0030").ToLookup(Key, d => WithoutAnnotations(d.GetMessage()));
        var ours = (await AnalyzeAsync(compilation, new BannedApiAnalyzer(), banFile)).Where(d => d.Id == "GR1101").ToList();

        var different = ours
            .Where(d => peer.Contains(Key(d)) && !peer[Key(d)].Contains(d.GetMessage()))
            .Select(d => d + " | RS0030: " + string.Join(" / ", peer[Key(d)]))
            .ToList();

        Assert.True(different.Count == 0, "GR1101's message differs from RS0030's at:\n" + string.Join("\n", different));
    }

    /// <summary>RS0030's message without what GR1101 leaves out: '?' after a reference type and the 'params' keyword.</summary>
    private static string WithoutAnnotations(string message) =>
        Regex.Replace(message, @"(?<![\s(,<](?:int|long|short|byte|bool|char|double|float|decimal|uint|ulong|ushort|sbyte|nint|nuint))\?(?=[,)\]>\[ ])", string.Empty)
            .Replace("params ", string.Empty, StringComparison.Ordinal);

    [Fact]
    public async Task Rs0031AndGr1103_AgreeOnDuplicates()
    {
        var compilation = await CompileSampleAsync();
        var banFile = new BrokenInputTests.InMemoryAdditionalText("/sample/BannedSymbols.txt", "T:System.Console\nT:System.Random\nT:System.Console;again\n");

        var rs0031 = (await AnalyzeAsync(compilation, BannedApiAnalyzersPeer.Create(), banFile)).Where(d => d.Id == "RS0031").ToList();
        var gr1103 = (await AnalyzeAsync(compilation, new BannedApiAnalyzer(), banFile)).Where(d => d.Id == "GR1103").ToList();

        Assert.Single(rs0031);
        Assert.Equal(rs0031.Select(d => d.Location.GetLineSpan().StartLinePosition), gr1103.Select(d => d.Location.GetLineSpan().StartLinePosition));
        Assert.Equal("/sample/BannedSymbols.txt", Assert.Single(gr1103).Location.GetLineSpan().Path);
    }

    internal static async Task<Compilation> CompileSampleAsync()
    {
        var references = await TestReferenceAssemblies.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
        var compilation = CSharpCompilation.Create(
            "Contoso.Shop",
            ConformanceSample.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The conformance sample does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }

    internal static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, DiagnosticAnalyzer analyzer, params AdditionalText[] files)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create(files)),
            onAnalyzerException: (ex, _, _) => exceptions.Add(ex),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer), options).GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.Count == 0, analyzer.GetType().Name + " threw:\n" + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static (string Path, int Start) Key(Diagnostic diagnostic) =>
        (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.SourceSpan.Start);
}
