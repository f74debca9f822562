using System.Collections.Immutable;
using System.Text;
using Guardrails.Benchmarks.Policy;
using Guardrails.Policy;
using Microsoft.CodeAnalysis;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// The policy a repository adopting Guardrails starts with: the rule severities <c>guardrails init</c> writes (review and
/// test-integrity rules on, with no annotation, review area or AI-generated path configured: on real code they have
/// nothing to find), GR1101 as a warning; the banned APIs are the 30-entry BannedSymbols.txt given to RS0030 too. Turned
/// into the global analyzer config by the policy task's own <see cref="AnalyzerConfigWriter"/>.
/// </summary>
internal static class RealCodePolicy
{
    public const string Text = """
        {
          "rules": {
            "GR0001": "error",
            "GR0002": "warning",
            "GR0003": "warning",
            "dependencies": "warning",
            "coverage": "warning",
            "review": "warning",
            "GR3007": "suggestion",
            "testIntegrity": "warning",
            "GR1101": "warning",
          },
        }
        """;

    /// <summary>The date handed to the review-SLA rule.</summary>
    public const string Today = "2026-12-07";

    /// <summary>The global analyzer config the policy task writes for a project with these source files.</summary>
    public static AnalyzerConfig GlobalConfig(string repository, IEnumerable<string> sourceFiles)
    {
        var path = Path.Combine(repository, "guardrails.json");
        var result = PolicyLoader.Parse(Encoding.UTF8.GetBytes(Text), path, profile: null, profileIsExplicit: false);
        PolicyChecks.RequireClean(result, "real-code policy");
        var text = AnalyzerConfigWriter.Write(result.Policy, sourceFiles.ToList(), Today);
        return AnalyzerConfig.Parse(text, Path.Combine(repository, "obj", "guardrails", "policy.globalconfig"));
    }

    public static ImmutableArray<AdditionalText> BannedList() => ImmutableArray.Create<AdditionalText>(new Analyzers.BannedApiListFile());
}
