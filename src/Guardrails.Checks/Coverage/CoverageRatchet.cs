using System;
using System.Collections.Generic;
using System.Globalization;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// GR2003: line or branch coverage of the total, an assembly or a file fell below the baseline by more than
/// coverage.ratchet.tolerance percentage points. Only scopes in both the baseline and the current run are compared:
/// a file or assembly that is gone (deleted, renamed, excluded) has nothing left to fall, and a new one has no
/// record yet (GR2001 and GR2002 judge new code). Reported in the baseline file, at the figure that fell.
/// </summary>
internal static class CoverageRatchet
{
    private static readonly CoverageMetric[] Metrics = { CoverageMetric.Line, CoverageMetric.Branch };

    /// <summary>Reads the baseline file the settings name and compares; a missing or broken baseline is GR0002.</summary>
    public static IReadOnlyList<GuardrailsDiagnostic> Evaluate(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage)
    {
        var ratchet = settings.Ratchet;
        if (!ratchet.Enabled)
        {
            return Array.Empty<GuardrailsDiagnostic>();
        }

        var read = CoverageBaseline.Read(ratchet.BaselinePath);
        if (read.FileMissing)
        {
            var message = "coverage.ratchet is on, but its baseline '" + ratchet.BaselinePath + "' does not exist. Create it with `"
                + RatchetSettings.UpdateCommand + "` and commit it, or switch the ratchet off.";
            return new[] { new CoverageProblem(ratchet.File, ratchet.Position.Line, ratchet.Position.Column, message).ToDiagnostic(policy, "coverage:ratchet:missing") };
        }

        if (read.Baseline is null)
        {
            var problems = new List<GuardrailsDiagnostic>();
            foreach (var problem in read.Problems)
            {
                problems.Add(problem.ToDiagnostic(policy, "coverage:ratchet:unreadable"));
            }

            return problems;
        }

        return Evaluate(policy, settings, coverage, read.Baseline);
    }

    public static IReadOnlyList<GuardrailsDiagnostic> Evaluate(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage, CoverageBaseline baseline)
    {
        var result = new List<GuardrailsDiagnostic>();
        if (!settings.Ratchet.Enabled)
        {
            return result;
        }

        var setting = policy.SettingOf(RuleCatalog.GR2003);
        var current = CoverageBaseline.Create(settings, coverage);
        Compare(result, setting, settings, "all measured code", "total", baseline.Total, current.Total);
        foreach (var recorded in baseline.Assemblies)
        {
            current.Assemblies.TryGetValue(recorded.Key, out var now);
            Compare(result, setting, settings, "assembly " + recorded.Key, "assembly:" + recorded.Key, recorded.Value, now);
        }

        foreach (var recorded in baseline.Files)
        {
            current.Files.TryGetValue(recorded.Key, out var now);
            Compare(result, setting, settings, "file " + recorded.Key, "file:" + recorded.Key, recorded.Value, now);
        }

        return result;
    }

    private static void Compare(List<GuardrailsDiagnostic> result, RuleSetting setting, CoverageSettings settings, string scope, string key, BaselineEntry? recorded, BaselineEntry? now)
    {
        if (recorded is null || now is null)
        {
            return;
        }

        foreach (var metric in Metrics)
        {
            var before = recorded.Get(metric);
            var after = now.Get(metric);
            if (before is null || after is null || !after.Value.FellBelow(before.Value, settings.Ratchet.Tolerance))
            {
                continue;
            }

            var tolerance = settings.Ratchet.Tolerance == 0
                ? "; the ratchet allows no drop"
                : ", more than the tolerance of " + settings.Ratchet.Tolerance.ToString("0.############################", CultureInfo.InvariantCulture) + " percentage points";
            var arguments = new[]
            {
                metric.Title(),
                scope,
                before.Value.Describe(metric.Unit()),
                after.Value.Describe(metric.Unit()) + tolerance
                    + ". Add tests for the code that lost coverage; if the drop is intended (tested code was removed or moved), record the new figures with `"
                    + RatchetSettings.UpdateCommand + "`.",
            };
            var message = string.Format(CultureInfo.InvariantCulture, RuleCatalog.GR2003.MessageFormat, arguments);
            var position = recorded.PositionOf(metric);
            result.Add(GuardrailsDiagnostic.ForRule(RuleCatalog.GR2003, setting, message, settings.Ratchet.BaselinePath, position.Line, position.Column, metric.Key() + ":ratchet:" + key, arguments));
        }
    }
}
