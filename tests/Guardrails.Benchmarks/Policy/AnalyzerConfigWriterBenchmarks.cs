using System.Text;
using BenchmarkDotNet.Attributes;
using Guardrails.Policy;

namespace Guardrails.Benchmarks.Policy;

/// <summary>Writing the realistic policy (ci profile applied) as the generated global analyzer config.</summary>
[MemoryDiagnoser]
public class AnalyzerConfigWriterBenchmarks
{
    private GuardrailsPolicy _policy = GuardrailsPolicy.Defaults;

    [GlobalSetup]
    public void Setup()
    {
        var result = PolicyLoader.Parse(Encoding.UTF8.GetBytes(PolicyTexts.Realistic), PolicyTexts.FilePath, PolicyLoader.CiProfile, profileIsExplicit: true);
        PolicyChecks.RequireClean(result, "realistic policy, ci profile");
        _policy = result.Policy;
        if (!AnalyzerConfigWriter.Write(_policy).Contains("dotnet_diagnostic.GR2004.severity = error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The analyzer config does not carry the policy's GR2004 severity.");
        }
    }

    [Benchmark(Description = "AnalyzerConfigWriter.Write")]
    public string Write() => AnalyzerConfigWriter.Write(_policy);
}
