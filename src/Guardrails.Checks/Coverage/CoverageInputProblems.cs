using System.Collections.Generic;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Coverage;

/// <summary>GR0002 for coverage data that is absent where the policy needs it: never a silent pass.</summary>
internal static class CoverageInputProblems
{
    /// <summary>
    /// No coverage report was found for a policy that needs one; null when nothing needs coverage or
    /// coverage.treatNoDataAsFailure is false. Reported at the policy's "coverage" key.
    /// </summary>
    public static GuardrailsDiagnostic? NoReports(GuardrailsPolicy policy, CoverageSettings settings, IEnumerable<string> searched)
    {
        if (!settings.NeedsCoverage || !settings.TreatNoDataAsFailure)
        {
            return null;
        }

        var message = "No coverage report was found (looked for " + string.Join(", ", searched) + "), so the coverage rules cannot be checked. "
            + "Run the tests with coverage (dotnet test --collect \"XPlat Code Coverage\", or --coverage --coverage-output-format cobertura on Microsoft.Testing.Platform), "
            + "name the reports in coverage.reports, or set coverage.treatNoDataAsFailure to false to allow a run without coverage.";
        return Create(policy, settings, message, "coverage:no-reports");
    }

    /// <summary>The reports hold no coverable line outside coverage.exclude; null when that is allowed.</summary>
    public static GuardrailsDiagnostic? NoData(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage)
    {
        if (!settings.NeedsCoverage || !settings.TreatNoDataAsFailure || !settings.Apply(coverage).Count(CoverageMetric.Line).IsEmpty)
        {
            return null;
        }

        var message = "The coverage reports hold no coverable line outside coverage.exclude, so the coverage rules cannot be checked. "
            + "Check that the tests ran with coverage and that the coverage tool's Include/Exclude filters and coverage.exclude leave code to measure, "
            + "or set coverage.treatNoDataAsFailure to false to allow this.";
        return Create(policy, settings, message, "coverage:no-data");
    }

    private static GuardrailsDiagnostic Create(GuardrailsPolicy policy, CoverageSettings settings, string message, string symbol) =>
        GuardrailsDiagnostic.ForRule(
            RuleCatalog.GR0002,
            policy.SettingOf(RuleCatalog.GR0002),
            message,
            settings.PolicyFile,
            settings.SectionPosition.Line,
            settings.SectionPosition.Column,
            symbol,
            new[] { message });
}
