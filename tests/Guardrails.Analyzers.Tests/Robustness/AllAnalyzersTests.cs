using Guardrails.Analyzers.Rules;
using Guardrails.Analyzers.Rules.Baseline;
using Guardrails.Analyzers.Rules.Review;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>The robustness tests run what reflection finds; this pins that it finds what exists.</summary>
public class AllAnalyzersTests
{
    [Fact]
    public void Reflection_FindsEveryAnalyzerAndTheSuppressor()
    {
        var expected = new[]
        {
            typeof(BannedApiAnalyzer),
            typeof(ExcludeFromCodeCoverageJustificationAnalyzer),
            typeof(SkippedTestWithoutReferenceAnalyzer),
            typeof(TestWithoutAssertionAnalyzer),
            typeof(UnjustifiedSuppressionAnalyzer),
            typeof(ReviewAnnotationAnalyzer),
            typeof(ReviewDebtAnalyzer),
            typeof(ReviewerAuthorizationAnalyzer),
            typeof(ReviewSlaAnalyzer),
            typeof(SensitiveApiAnalyzer),
            typeof(BaselineSuppressor),
        };

        Assert.All(expected, type => Assert.Contains(type, AllAnalyzers.Types));
        Assert.Contains(AllAnalyzers.Types, t => typeof(DiagnosticSuppressor).IsAssignableFrom(t));
    }

    [Fact]
    public void EveryFoundType_CanBeCreated_AndDeclaresWhatItReports()
    {
        var analyzers = AllAnalyzers.Create();

        Assert.Equal(AllAnalyzers.Types.Length, analyzers.Length);
        Assert.All(analyzers, analyzer => Assert.True(
            analyzer is DiagnosticSuppressor suppressor ? !suppressor.SupportedSuppressions.IsEmpty : !analyzer.SupportedDiagnostics.IsEmpty,
            analyzer.GetType().Name + " declares nothing it reports or suppresses."));
    }
}
