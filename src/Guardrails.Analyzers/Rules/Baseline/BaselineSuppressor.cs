using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Guardrails.Options;
using Guardrails.Checks.Baseline;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Baseline;

/// <summary>
/// Suppresses the analyzer findings the policy's baseline records (known violations from before Guardrails was
/// adopted), so only new ones are reported. A finding matches an entry by rule, file (relative to the repository
/// root, <see cref="AnalyzerOptionKeys.RepositoryRoot"/>, whether a source file, a linked one from outside the project,
/// or an additional file) and message — never by line — and an entry with a count takes that many findings, in source
/// order; any more are new. The baseline arrives as the generated additional file Guardrails.Baseline.txt.
/// Findings in files outside the repository (the test SDK's Program.cs in the NuGet cache, the SDK's own files) are
/// not the repository's code: they are suppressed too, under their own suppression ID, and never recorded.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    private const string BaselineFileName = "Guardrails.Baseline.txt";

    private static readonly ImmutableArray<RuleInfo> Rules = RuleCatalog.All.Where(r => r.Kind == RuleKind.Analyzer && r.Implemented).ToImmutableArray();

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = Rules.ToImmutableDictionary(
        r => r.Id,
        r => new SuppressionDescriptor(
            BaselineSuppressionIds.For(r.Id),
            r.Id,
            "Recorded in the Guardrails baseline (baseline.file in guardrails.json): a known violation, not a new one."));

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> OutsideByRule = Rules.ToImmutableDictionary(
        r => r.Id,
        r => new SuppressionDescriptor(
            BaselineSuppressionIds.OutsideRepositoryFor(r.Id),
            r.Id,
            "In a file outside the repository (e.g. the NuGet cache): not the repository's code."));

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ByRule.Values.Concat(OutsideByRule.Values).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var repositoryRoot = options.TryGetValue(AnalyzerOptionKeys.RepositoryRoot, out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? OptionValue.Decode(configured.Trim())
            : null;
        var root = repositoryRoot ?? PolicyFolderOf(options);
        var budget = ReadBudget(context);
        if (repositoryRoot is null && budget.Count == 0)
        {
            return;
        }

        var located = new List<(Diagnostic Diagnostic, string Path)>();
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (ByRule.ContainsKey(diagnostic.Id))
            {
                located.Add((diagnostic, PathOf(diagnostic)));
            }
        }

        located.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Path, b.Path);
            return byPath != 0 ? byPath : a.Diagnostic.Location.SourceSpan.Start.CompareTo(b.Diagnostic.Location.SourceSpan.Start);
        });
        foreach (var (diagnostic, path) in located)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var file = path.Length == 0 ? string.Empty : RepositoryPaths.Key(root, path);
            if (file is null && repositoryRoot is not null)
            {
                context.ReportSuppression(Suppression.Create(OutsideByRule[diagnostic.Id], diagnostic));
                continue;
            }

            if (file is null || budget.Count == 0)
            {
                continue;
            }

            var identity = (diagnostic.Id, file, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            if (budget.TryGetValue(identity, out var left) && left > 0)
            {
                budget[identity] = left - 1;
                context.ReportSuppression(Suppression.Create(ByRule[diagnostic.Id], diagnostic));
            }
        }
    }

    /// <summary>Where baseline paths are relative to when the config names no repository root (an older one): the policy's folder.</summary>
    private static string? PolicyFolderOf(AnalyzerConfigOptions options) =>
        options.TryGetValue(AnalyzerOptionKeys.PolicyFile, out var policyFile) && !string.IsNullOrWhiteSpace(policyFile)
            ? System.IO.Path.GetDirectoryName(OptionValue.Decode(policyFile.Trim()))
            : null;

    /// <summary>The file a diagnostic is in (a source file or an additional file), as the compiler names it; empty when none.</summary>
    private static string PathOf(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location.SourceTree is { } tree)
        {
            return tree.FilePath ?? string.Empty;
        }

        return location.Kind == LocationKind.ExternalFile ? location.GetLineSpan().Path ?? string.Empty : string.Empty;
    }

    private static Dictionary<(string Rule, string File, string Key), int> ReadBudget(SuppressionAnalysisContext context)
    {
        foreach (var file in context.Options.AdditionalFiles)
        {
            if (string.Equals(System.IO.Path.GetFileName(file.Path), BaselineFileName, StringComparison.Ordinal))
            {
                var text = file.GetText(context.CancellationToken);
                return text is null ? new Dictionary<(string, string, string), int>() : Read(text.ToString());
            }
        }

        return new Dictionary<(string, string, string), int>();
    }

    private static Dictionary<(string Rule, string File, string Key), int> Read(string text)
    {
        var budget = new Dictionary<(string, string, string), int>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var identity = (parts[0], BaselineLineFormat.Unescape(parts[1]), BaselineLineFormat.Unescape(parts[3]));
            budget.TryGetValue(identity, out var existing);
            budget[identity] = existing > int.MaxValue - count ? int.MaxValue : existing + count;
        }

        return budget;
    }
}
