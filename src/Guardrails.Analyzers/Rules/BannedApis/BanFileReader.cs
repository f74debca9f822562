using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// Finds the banned-API files among the additional files and reads their entries, in a fixed order: the file generated
/// from guardrails.json first, then the others by path (additional files come in no stable order).
/// <list type="bullet">
/// <item><c>Guardrails.BannedApis.txt</c>: written by the policy task from <c>apis.banned</c>; <c>#@ line:column</c> gives the
/// entry's position in guardrails.json, other <c>#</c> lines are comments, and the whole line is the entry (JSON has its
/// own comments, so a reason may contain a URL).</item>
/// <item><c>BannedSymbols.*.txt</c> (as BannedApiAnalyzers finds them) and the files named by <c>apis.files</c>: read as
/// BannedApiAnalyzers reads them (<c>//</c> starts a comment anywhere, trailing whitespace ignored, blank lines skipped).</item>
/// </list>
/// </summary>
internal static class BanFileReader
{
    /// <summary>The file the policy task generates (Guardrails.Policy.BannedApiFileWriter.FileName).</summary>
    public const string GeneratedFileName = "Guardrails.BannedApis.txt";

    public static List<BanEntry> Read(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var entries = new List<BanEntry>();
        var files = FindFiles(options, out var policyFile);
        foreach (var (file, isGenerated) in files)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                continue;
            }

            if (isGenerated)
            {
                ReadGenerated(file.Path, text, policyFile, entries);
            }
            else
            {
                ReadBannedSymbols(file.Path, text, entries);
            }
        }

        return ApplyPolicySeverity(options, entries);
    }

    public static bool IsBannedSymbolsFileName(string fileName) =>
        fileName.StartsWith("BannedSymbols.", StringComparison.Ordinal) && fileName.EndsWith(".txt", StringComparison.Ordinal);

    /// <summary>The policy's GR1101 severity applies to every entry that has none of its own.</summary>
    private static List<BanEntry> ApplyPolicySeverity(AnalyzerOptions options, List<BanEntry> entries)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AnalyzerOptionKeys.BannedApiSeverity, out var text)
            || !BanEntry.TryParseSeverityName(text?.Trim() ?? string.Empty, out var severity, out var silenced))
        {
            return entries;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = entries[i].WithDefaultSeverity(severity, silenced);
        }

        return entries;
    }

    private static List<(AdditionalText File, bool IsGenerated)> FindFiles(AnalyzerOptions options, out string? policyFile)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        policyFile = global.TryGetValue(AnalyzerOptionKeys.PolicyFile, out var policy) && !string.IsNullOrWhiteSpace(policy) ? OptionValue.Decode(policy.Trim()) : null;
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (global.TryGetValue(AnalyzerOptionKeys.ApiFiles, out var apiFiles) && apiFiles is not null)
        {
            foreach (var path in OptionList.Split(apiFiles))
            {
                listed.Add(NormalizePath(path));
            }
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<(AdditionalText File, bool IsGenerated)>();
        foreach (var file in options.AdditionalFiles)
        {
            var path = file.Path ?? string.Empty;
            var fileName = System.IO.Path.GetFileName(path);
            var isGenerated = string.Equals(fileName, GeneratedFileName, StringComparison.Ordinal);
            var normalized = NormalizePath(path);
            if ((isGenerated || IsBannedSymbolsFileName(fileName) || listed.Contains(normalized)) && seen.Add(normalized))
            {
                files.Add((file, isGenerated));
            }
        }

        files.Sort((x, y) => x.IsGenerated != y.IsGenerated
            ? (x.IsGenerated ? -1 : 1)
            : string.CompareOrdinal(x.File.Path, y.File.Path));
        return files;
    }

    private static string NormalizePath(string path) => path.Replace('\\', '/');

    private static void ReadBannedSymbols(string path, SourceText text, List<BanEntry> entries)
    {
        foreach (var line in text.Lines)
        {
            var lineText = line.ToString();
            var comment = lineText.IndexOf("//", StringComparison.Ordinal);
            var content = (comment < 0 ? lineText : lineText.Substring(0, comment)).TrimEnd();
            if (content.Length == 0 || string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var lead = content.Length - content.TrimStart().Length;
            var span = new TextSpan(line.Start + lead, content.Length - lead);
            var entry = BanEntry.Parse(content, new BanEntryOrigin(path, span, text.Lines.GetLinePositionSpan(span)));
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
    }

    private static void ReadGenerated(string path, SourceText text, string? policyFile, List<BanEntry> entries)
    {
        LinePosition? position = null;
        foreach (var line in text.Lines)
        {
            var content = line.ToString().Trim();
            if (content.StartsWith("#@", StringComparison.Ordinal))
            {
                position = ParsePosition(content.Substring(2));
                continue;
            }

            if (content.Length == 0 || content.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var lead = line.ToString().Length - line.ToString().TrimStart().Length;
            var span = new TextSpan(line.Start + lead, content.Length);
            var origin = position is { } p && policyFile is not null
                ? new BanEntryOrigin(policyFile, default, new LinePositionSpan(p, p))
                : new BanEntryOrigin(path, span, text.Lines.GetLinePositionSpan(span));
            position = null;
            var entry = BanEntry.Parse(content, origin);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }
    }

    /// <summary><c>12:7</c> (1-based, as the policy reader reports positions) → a 0-based line position.</summary>
    private static LinePosition? ParsePosition(string text)
    {
        var parts = text.Trim().Split(':');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            && line >= 1
            && column >= 1)
        {
            return new LinePosition(line - 1, column - 1);
        }

        return null;
    }
}
