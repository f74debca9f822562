using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// GR2001: line, branch or method coverage below its threshold, for the total, per assembly and per file, after
/// coverage.exclude. A scope with nothing to count (no coverable lines, no branches) is not judged. The total and
/// assemblies are reported at the threshold's key in the policy file, a file at its first uncovered line, so the
/// IDE shows it in the source.
/// </summary>
internal static class CoverageCheck
{
    /// <summary>How many of the least covered files a total or assembly diagnostic names.</summary>
    private const int WorstFiles = 3;

    /// <summary>
    /// GR2001 diagnostics, in the order total, assemblies, files. Also GR0002 when the reports hold no coverable
    /// line and the policy needs coverage (any coverage rule) with coverage.treatNoDataAsFailure on.
    /// </summary>
    public static IReadOnlyList<GuardrailsDiagnostic> Evaluate(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage)
    {
        var result = new List<GuardrailsDiagnostic>();
        var noData = CoverageInputProblems.NoData(policy, settings, coverage);
        if (noData is not null)
        {
            result.Add(noData);
            return result;
        }

        if (!settings.HasThresholds)
        {
            return result;
        }

        var setting = policy.SettingOf(RuleCatalog.GR2001);
        var data = settings.Apply(coverage);
        foreach (var metric in CoverageMetricNames.All)
        {
            var threshold = settings.Total.Get(metric);
            var count = data.Count(metric);
            if (threshold is not null && !count.Meets(threshold.Percent))
            {
                var details = MostUncovered(settings, data.Files, metric);
                result.Add(AtThreshold(setting, metric, "all measured code", count, threshold, details, metric.Key() + ":total"));
            }
        }

        foreach (var assembly in data.Assemblies)
        {
            var thresholds = settings.ForAssembly(assembly.Name);
            foreach (var metric in CoverageMetricNames.All)
            {
                var threshold = thresholds.Get(metric);
                var count = threshold is null ? default : assembly.Count(metric);
                if (threshold is not null && !count.Meets(threshold.Percent))
                {
                    var details = MostUncovered(settings, assembly.Files, metric);
                    result.Add(AtThreshold(setting, metric, "assembly " + assembly.Name, count, threshold, details, metric.Key() + ":assembly:" + assembly.Name));
                }
            }
        }

        foreach (var file in data.Files)
        {
            var thresholds = settings.ForFile(file.Path);
            foreach (var metric in CoverageMetricNames.All)
            {
                var threshold = thresholds.Get(metric);
                var count = threshold is null ? default : file.Count(metric);
                if (threshold is not null && !count.Meets(threshold.Percent))
                {
                    result.Add(AtFile(setting, settings, file, metric, count, threshold));
                }
            }
        }

        return result;
    }

    private static GuardrailsDiagnostic AtThreshold(RuleSetting setting, CoverageMetric metric, string scope, CoverageCount count, CoverageThreshold threshold, string details, string symbol)
    {
        var last = threshold.Describe() + details + ". Add tests for the uncovered code, leave generated code out with coverage.exclude, or change the threshold in guardrails.json.";
        return Create(setting, metric, scope, count, last, threshold.File, threshold.Position.Line, threshold.Position.Column, symbol);
    }

    private static GuardrailsDiagnostic AtFile(RuleSetting setting, CoverageSettings settings, FileCoverage file, CoverageMetric metric, CoverageCount count, CoverageThreshold threshold)
    {
        var relative = settings.RelativePath(file.Path);
        var uncovered = file.Uncovered(metric).ToList();
        var what = metric == CoverageMetric.Line ? "uncovered lines" : metric == CoverageMetric.Branch ? "lines with branches not taken" : "first lines of methods never run";
        var uncoveredSet = new HashSet<int>(uncovered);
        var ranges = metric == CoverageMetric.Method
            ? uncovered.Select(l => (l, l)).ToList()
            : LineRanges.Group(file.Lines.Keys, uncoveredSet.Contains);
        var last = threshold.Describe() + "; " + what + ": " + LineRanges.Format(ranges) + ". Add tests that run them, or change the threshold in guardrails.json.";
        var line = uncovered.Count > 0 ? uncovered[0] : 0;
        return Create(setting, metric, "file " + relative, count, last, file.Path, line, line > 0 ? 1 : 0, metric.Key() + ":file:" + relative);
    }

    private static GuardrailsDiagnostic Create(RuleSetting setting, CoverageMetric metric, string scope, CoverageCount count, string last, string? file, int line, int column, string symbol)
    {
        var arguments = new[] { metric.Title(), scope, count.Describe(metric.Unit()), last };
        var message = string.Format(CultureInfo.InvariantCulture, RuleCatalog.GR2001.MessageFormat, arguments);
        return GuardrailsDiagnostic.ForRule(RuleCatalog.GR2001, setting, message, file, line, column, symbol, arguments);
    }

    /// <summary>"; most uncovered: src/A.cs (12 lines), src/B.cs (3 lines)".</summary>
    private static string MostUncovered(CoverageSettings settings, IEnumerable<FileCoverage> files, CoverageMetric metric)
    {
        var worst = files
            .Select(f => (File: f, Count: f.Count(metric)))
            .Where(f => f.Count.Total > f.Count.Covered)
            .OrderByDescending(f => f.Count.Total - f.Count.Covered)
            .ThenBy(f => f.File.Path, System.StringComparer.Ordinal)
            .Take(WorstFiles)
            .Select(f => settings.RelativePath(f.File.Path) + " (" + metric.Count(f.Count.Total - f.Count.Covered) + ")")
            .ToList();
        return worst.Count == 0 ? string.Empty : "; most uncovered: " + string.Join(", ", worst);
    }
}
