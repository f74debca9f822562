using System.Text;
using BenchmarkDotNet.Attributes;
using Guardrails.Policy;

namespace Guardrails.Benchmarks.Policy;

/// <summary>Parsing, validating and resolving a realistic ~80-line guardrails.json, as every build does once per project.</summary>
[MemoryDiagnoser]
public class PolicyParseBenchmarks
{
    private byte[] _content = Array.Empty<byte>();

    [GlobalSetup]
    public void Setup()
    {
        _content = Encoding.UTF8.GetBytes(PolicyTexts.Realistic);
        PolicyChecks.RequireClean(PolicyLoader.Parse(_content, PolicyTexts.FilePath, null, profileIsExplicit: false), "realistic policy");
        var ci = PolicyLoader.Parse(_content, PolicyTexts.FilePath, PolicyLoader.CiProfile, profileIsExplicit: true);
        PolicyChecks.RequireClean(ci, "realistic policy, ci profile");
        if (ci.Policy.ActiveProfile != PolicyLoader.CiProfile)
        {
            throw new InvalidOperationException("The ci profile was not applied.");
        }
    }

    [Benchmark(Baseline = true, Description = "Parse realistic policy")]
    public object Parse() =>
        PolicyLoader.Parse(_content, PolicyTexts.FilePath, null, profileIsExplicit: false);

    [Benchmark(Description = "Parse realistic policy + ci profile")]
    public object ParseWithCiProfile() =>
        PolicyLoader.Parse(_content, PolicyTexts.FilePath, PolicyLoader.CiProfile, profileIsExplicit: true);
}
