using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Guardrails.Benchmarks.Policy;
using Guardrails.Policy;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Benchmarks.Dependencies;

/// <summary>
/// The dependency task's work (GR1001-GR1004, <see cref="DependencyCheck"/>) on a generated restore of 500 packages with a
/// realistic policy, for a project with one target framework and one whose audit covers two (the frameworks share one
/// read of each licence); and for the first project of a build to read the licences or a later one, whose licences the
/// build's cache already holds. Budget: 50 ms for 500 packages.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[IterationCount(10)]
public class DependencyAuditBenchmarks
{
    private GeneratedRestore _restore = null!;
    private LicenseCache? _licenses;

    [Params(500)]
    public int Packages { get; set; }

    [Params(1, 2)]
    public int TargetFrameworks { get; set; }

    /// <summary>Whether an earlier project of the same build has read the licences (the task's build-wide cache).</summary>
    [Params(false, true)]
    public bool LicencesCached { get; set; }

    /// <summary>The policy loads cleanly, and the audit reports exactly the planted findings (and no GR0002: everything was read).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _restore = GeneratedRestore.Create(Packages, TargetFrameworks);
        PolicyChecks.RequireClean(PolicyLoader.Load(_restore.PolicyFile, pathIsExplicit: true, profile: null, profileIsExplicit: false), "dependency policy");

        var clock = Stopwatch.StartNew();
        var (diagnostics, serialized) = DependencyCheck.Run(_restore);
        clock.Stop();
        if (LicencesCached)
        {
            _licenses = new LicenseCache();
            DependencyCheck.Run(_restore, _licenses);
        }

        var expected = new Dictionary<string, int>(PackageGraph.ExpectedPackageFindings) { ["GR1004"] = GeneratedRestore.ExpectedLayeringFindings };
        var found = diagnostics.GroupBy(d => d.RuleId).ToDictionary(g => g.Key, g => g.Count());
        if (found.Count != expected.Count || expected.Any(e => found.GetValueOrDefault(e.Key) != e.Value))
        {
            throw new InvalidOperationException("The audit did not report the planted findings. Expected " + Describe(expected) + ", found " + Describe(found) + ":"
                + Environment.NewLine + string.Join(Environment.NewLine, diagnostics));
        }

        Console.WriteLine("// Restore: " + _restore.Packages.Count + " packages (" + PackageGraph.DirectCount + " direct, "
            + _restore.Packages.Sum(p => p.Dependencies.Count) + " dependency edges), frameworks " + string.Join(", ", _restore.Frameworks)
            + "; project.assets.json " + (new FileInfo(_restore.AssetsFile).Length / 1024) + " KB. Findings: " + Describe(found)
            + ". First (cold) run: " + clock.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture) + " ms; diagnostics file "
            + (serialized.Length / 1024) + " KB.");
    }

    [GlobalCleanup]
    public void Cleanup() => _restore.Dispose();

    [Benchmark(Description = "Dependency task: load policy, read assets, audit GR1001-GR1004")]
    public string CheckDependencies() => DependencyCheck.Run(_restore, _licenses).Serialized;

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + " " + c.Value));
}
