using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Guardrails.Benchmarks.Policy;
using Guardrails.Policy;
using Guardrails.Checks.Coverage;
using Guardrails.Checks.Diagnostics;

namespace Guardrails.Benchmarks.Coverage;

/// <summary>The generated reports: a realistic 100 MB one, a realistic 10 MB one, and the 10 MB one's coverage in 100 MB.</summary>
public enum CoverageReportSize
{
    /// <summary>4,360 source files in 40 assemblies, each class listed once: 100.5 MB.</summary>
    Files4360_100MB,

    /// <summary>436 source files in 4 assemblies: 10.2 MB.</summary>
    Files436_10MB,

    /// <summary>The same 436 files and the same coverage, every class listed 10 times: 101.7 MB.</summary>
    Files436x10_100MB,
}

/// <summary>
/// GR2001 on a generated coverlet-shaped Cobertura report (<see cref="CoberturaReportGenerator"/>): reading it
/// (<see cref="CoberturaReader.Read(string)"/>, streaming from disk), and reading, merging and evaluating it against a policy
/// with total, assembly and file thresholds and an exclusion, as the MSBuild task does. The 10 MB report and the same
/// coverage listed 10 times in 100 MB separate what the result costs from what the bytes cost.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[IterationCount(9)] // Each invocation reads a whole report (up to a second); the median of 9 steadies the figures on a busy machine.
public class CoverageBenchmarks
{
    private const string Policy = """
        {
          "coverage": {
            "line": 80,
            "branch": 70,
            "method": 85,
            "assemblies": {
              "Contoso.*": { "line": 75 },
              "Contoso.Payments": { "line": 90, "branch": 80 }
            },
            "files": {
              "src/**": { "branch": 60 },
              "src/Contoso.Payments/**": { "line": 95, "branch": 90 }
            },
            "exclude": [ "**/Migrations/**" ]
          }
        }
        """;

    private string _directory = string.Empty;
    private string _reportPath = string.Empty;
    private GuardrailsPolicy _policy = GuardrailsPolicy.Defaults;
    private CoverageSettings _settings = null!;

    [Params(CoverageReportSize.Files4360_100MB, CoverageReportSize.Files436_10MB, CoverageReportSize.Files436x10_100MB)]
    public CoverageReportSize Report { get; set; }

    /// <summary>Writes the report into a new temporary folder and checks that reading and evaluating it give the expected figures.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "guardrails-coverage-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _reportPath = Path.Combine(_directory, "coverage.cobertura.xml");
        var shape = Report switch
        {
            CoverageReportSize.Files4360_100MB => new ReportShape(Assemblies: 40, FilesPerAssembly: 109),
            CoverageReportSize.Files436_10MB => new ReportShape(Assemblies: 4, FilesPerAssembly: 109),
            _ => new ReportShape(Assemblies: 4, FilesPerAssembly: 109, Listings: 10),
        };
        var expected = CoberturaReportGenerator.Write(_reportPath, shape);
        Console.WriteLine("// Report: " + expected);

        var load = PolicyLoader.Parse(Encoding.UTF8.GetBytes(Policy), CoberturaReportGenerator.SourceRoot + "guardrails.json", null, profileIsExplicit: false);
        PolicyChecks.RequireClean(load, "coverage policy");
        _policy = load.Policy;
        _settings = CoverageSettings.From(_policy);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var coverage = ReadReport();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        Check(coverage, expected);
        Console.WriteLine("// Result held in memory after reading: " + (retained / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " MB");

        var diagnostics = Evaluate();
        var scopes = diagnostics.Select(d => d.Symbol ?? string.Empty).ToList();
        if (!scopes.Any(s => s.EndsWith(":total", StringComparison.Ordinal)) || !scopes.Any(s => s.Contains(":assembly:", StringComparison.Ordinal))
            || !scopes.Any(s => s.Contains(":file:", StringComparison.Ordinal)) || scopes.Any(s => s.Contains("/Migrations/", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("Expected GR2001 for the total, an assembly and files (and none for excluded files); got: " + string.Join(", ", scopes.Take(20)));
        }

        Console.WriteLine("// GR2001 diagnostics: " + diagnostics.Count + " (" + scopes.Count(s => s.EndsWith(":total", StringComparison.Ordinal)) + " total, "
            + scopes.Count(s => s.Contains(":assembly:", StringComparison.Ordinal)) + " assembly, " + scopes.Count(s => s.Contains(":file:", StringComparison.Ordinal)) + " file)");
        GC.KeepAlive(coverage);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Baseline = true, Description = "Read the report (CoberturaReader.Read)")]
    public object Read() => ReadReport();

    [Benchmark(Description = "Read, merge and evaluate GR2001")]
    public object ReadMergeAndEvaluate() => Evaluate();

    private CoverageData ReadReport()
    {
        var result = CoberturaReader.Read(_reportPath);
        return result.Coverage ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems));
    }

    private IReadOnlyList<GuardrailsDiagnostic> Evaluate()
    {
        var merged = CoverageData.Merge(new[] { ReadReport() });
        return CoverageCheck.Evaluate(_policy, _settings, merged);
    }

    private static void Check(CoverageData coverage, GeneratedReport expected)
    {
        var actual = (coverage.Assemblies.Count, coverage.Files.Count, coverage.Count(CoverageMetric.Line), coverage.Count(CoverageMetric.Branch), coverage.Count(CoverageMetric.Method));
        var wanted = (expected.Assemblies, expected.Files, new CoverageCount(expected.CoveredLines, expected.Lines), new CoverageCount(expected.CoveredBranches, expected.Branches), new CoverageCount(expected.CoveredMethods, expected.Methods));
        if (actual.ToString() != wanted.ToString())
        {
            throw new InvalidOperationException("The reader found " + actual + " (assemblies, files, lines, branches, methods); the generator wrote " + wanted + ".");
        }
    }
}
