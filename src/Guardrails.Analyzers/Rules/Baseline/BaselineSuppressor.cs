using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Guardrails.Options;
using Guardrails.Policy.Baseline;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Baseline
{
    /// <summary>
    /// Suppresses the analyzer findings the policy's baseline records (known violations from before Guardrails was
    /// adopted), so only new ones are reported. A finding matches an entry by rule, file (relative to the policy file's
    /// folder) and message — never by line — and an entry with a count takes that many findings, in source order; any
    /// more are new. The baseline arrives as the generated additional file Guardrails.Baseline.txt.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineSuppressor : DiagnosticSuppressor
    {
        private const string BaselineFileName = "Guardrails.Baseline.txt";

        private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = RuleCatalog.All
            .Where(r => r.Kind == RuleKind.Analyzer && r.Implemented)
            .ToImmutableDictionary(
                r => r.Id,
                r => new SuppressionDescriptor(
                    BaselineSuppressionIds.For(r.Id),
                    r.Id,
                    "Recorded in the Guardrails baseline (baseline.file in guardrails.json): a known violation, not a new one."));

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var file = context.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(System.IO.Path.GetFileName(f.Path), BaselineFileName, StringComparison.Ordinal));
            var text = file?.GetText(context.CancellationToken);
            if (text is null)
            {
                return;
            }

            var budget = Read(text.ToString());
            if (budget.Count == 0)
            {
                return;
            }

            context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AnalyzerOptionKeys.PolicyFile, out var policyFile);
            var baseDirectory = string.IsNullOrWhiteSpace(policyFile) ? null : System.IO.Path.GetDirectoryName(OptionValue.Decode(policyFile!.Trim()));
            var ordered = context.ReportedDiagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start);
            foreach (var diagnostic in ordered)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (!ByRule.TryGetValue(diagnostic.Id, out var descriptor))
                {
                    continue;
                }

                var identity = (diagnostic.Id, Relative(baseDirectory, diagnostic.Location.SourceTree?.FilePath), diagnostic.GetMessage(CultureInfo.InvariantCulture));
                if (budget.TryGetValue(identity, out var left) && left > 0)
                {
                    budget[identity] = left - 1;
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                }
            }
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

        /// <summary>The path relative to the policy file's folder with '/', as the baseline records it (absolute when outside it).</summary>
        private static string Relative(string? baseDirectory, string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return string.Empty;
            }

            var file = path!.Replace('\\', '/');
            if (baseDirectory is null)
            {
                return file;
            }

            var root = baseDirectory.Replace('\\', '/').TrimEnd('/') + "/";
            var comparison = System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return file.StartsWith(root, comparison) ? file.Substring(root.Length) : file;
        }
    }
}
