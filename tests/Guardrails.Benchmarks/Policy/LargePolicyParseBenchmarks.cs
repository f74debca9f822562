using System.Text;
using BenchmarkDotNet.Attributes;
using Guardrails.Policy;

namespace Guardrails.Benchmarks.Policy;

/// <summary>Parsing a policy dominated by a long banned-package list, at three sizes, to show the cost grows linearly.</summary>
[MemoryDiagnoser]
public class LargePolicyParseBenchmarks
{
    private byte[] _content = Array.Empty<byte>();

    [Params(500, 2000, 5000)]
    public int BannedPackages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _content = Encoding.UTF8.GetBytes(PolicyTexts.LargeBannedList(BannedPackages));
        var result = PolicyLoader.Parse(_content, PolicyTexts.FilePath, null, profileIsExplicit: false);
        PolicyChecks.RequireClean(result, BannedPackages + "-entry policy");
        var banned = result.Policy.Section("packages")?["banned"]?.Items.Count;
        if (banned != BannedPackages)
        {
            throw new InvalidOperationException("Expected " + BannedPackages + " banned packages, found " + banned + ".");
        }
    }

    [Benchmark(Description = "Parse policy with N banned packages")]
    public object Parse() =>
        PolicyLoader.Parse(_content, PolicyTexts.FilePath, null, profileIsExplicit: false);
}
