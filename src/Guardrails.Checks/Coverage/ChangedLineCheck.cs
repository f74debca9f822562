using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// GR2002: coverage of the changed lines below coverage.newCode's threshold. The changed coverable lines are the
/// changed lines the (merged) reports list as coverable, in files not excluded; with fewer than minLines of them
/// nothing is judged. Reported at the first uncovered changed line.
/// </summary>
internal static class ChangedLineCheck
{
    /// <summary>Finds the changed lines with git (from <paramref name="workingDirectory"/>), then checks them; git failing is GR0002.</summary>
    public static IReadOnlyList<GuardrailsDiagnostic> Evaluate(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage, string workingDirectory, GitRunner? runner = null)
    {
        if (!settings.NewCode.IsEnabled)
        {
            return Array.Empty<GuardrailsDiagnostic>();
        }

        var changes = GitChanges.Collect(workingDirectory, settings.NewCode, runner);
        if (changes.Lines is null)
        {
            var problem = new CoverageProblem(settings.NewCode.File, settings.NewCode.Position.Line, settings.NewCode.Position.Column, changes.Error ?? "git failed.");
            return new[] { problem.ToDiagnostic(policy, "coverage:newCode:git") };
        }

        return Evaluate(policy, settings, coverage, changes.Lines);
    }

    public static IReadOnlyList<GuardrailsDiagnostic> Evaluate(GuardrailsPolicy policy, CoverageSettings settings, CoverageData coverage, ChangedLines changed)
    {
        var result = new List<GuardrailsDiagnostic>();
        var newCode = settings.NewCode;
        if (!newCode.IsEnabled)
        {
            return result;
        }

        var files = ChangedCoverableLines(settings, coverage, changed);
        var lineCount = Count(files, CoverageMetric.Line);
        if (lineCount.IsEmpty || lineCount.Total < newCode.MinLines)
        {
            return result;
        }

        var setting = policy.SettingOf(RuleCatalog.GR2002);
        Check(result, setting, files, CoverageMetric.Line, newCode.Line, changed.Description);
        Check(result, setting, files, CoverageMetric.Branch, newCode.Branch, changed.Description);
        return result;
    }

    private static void Check(List<GuardrailsDiagnostic> result, RuleSetting setting, List<ChangedFile> files, CoverageMetric metric, CoverageThreshold? threshold, string description)
    {
        var count = Count(files, metric);
        if (threshold is null || count.Meets(threshold.Percent))
        {
            return;
        }

        Func<LineCoverage, bool> uncovered = metric == CoverageMetric.Line ? l => !l.IsCovered : l => l.HasUncoveredBranches;
        var ranges = files
            .Select(f => (f.RelativePath, LineRanges.Group(f.Lines.Keys, n => uncovered(f.Lines[n]))))
            .ToList();
        var first = files.Select(f => (f.File, Line: f.Lines.Where(l => uncovered(l.Value)).Select(l => l.Key).DefaultIfEmpty(0).Min()))
            .FirstOrDefault(f => f.Line > 0);
        var advice = metric == CoverageMetric.Line ? "Add tests that run these lines" : "Add tests that take the branches not taken on these lines";
        var arguments = new[]
        {
            count.Describe(metric.Unit()),
            threshold.Describe(),
            LineRanges.Format(ranges) + " (" + description + "). " + advice + ", or change the threshold in guardrails.json.",
        };
        var message = string.Format(CultureInfo.InvariantCulture, RuleCatalog.GR2002.MessageFormat, arguments);
        result.Add(GuardrailsDiagnostic.ForRule(RuleCatalog.GR2002, setting, message, first.File?.Path, first.Line, first.Line > 0 ? 1 : 0, metric.Key() + ":changed", arguments));
    }

    private static List<ChangedFile> ChangedCoverableLines(CoverageSettings settings, CoverageData coverage, ChangedLines changed)
    {
        var files = new List<ChangedFile>();
        foreach (var path in changed.Files)
        {
            var file = coverage.FindFile(path);
            if (file is null || settings.IsExcluded(file.Path))
            {
                continue;
            }

            var lines = new SortedDictionary<int, LineCoverage>();
            foreach (var line in file.Lines)
            {
                if (changed.Contains(path, line.Key))
                {
                    lines.Add(line.Key, line.Value);
                }
            }

            if (lines.Count > 0)
            {
                files.Add(new ChangedFile(file, settings.RelativePath(file.Path), lines));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    private static CoverageCount Count(List<ChangedFile> files, CoverageMetric metric)
    {
        long covered = 0, total = 0;
        foreach (var line in files.SelectMany(f => f.Lines.Values))
        {
            if (metric == CoverageMetric.Line)
            {
                total++;
                covered += line.IsCovered ? 1 : 0;
            }
            else
            {
                total += line.TotalBranches;
                covered += line.CoveredBranches;
            }
        }

        return new CoverageCount(covered, total);
    }

    private sealed class ChangedFile
    {
        public ChangedFile(FileCoverage file, string relativePath, SortedDictionary<int, LineCoverage> lines)
        {
            File = file;
            RelativePath = relativePath;
            Lines = lines;
        }

        public FileCoverage File { get; }

        public string RelativePath { get; }

        public SortedDictionary<int, LineCoverage> Lines { get; }
    }
}
