using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Guardrails.Cli.Docs;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>
/// One SARIF 2.1.0 log for the whole build: one run whose driver is Guardrails, the rules that occur (with their
/// documentation as help, as GitHub code scanning shows it), and every finding of every project once. Paths are
/// relative to the root under <c>%SRCROOT%</c>; suppressed findings keep their <c>suppressions</c>.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>partialFingerprints key: hash of rule, relative file and message (no line), then ":occurrence".</summary>
    public const string FingerprintKey = "guardrailsFindingHash/v1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(BuildResults results, Stream stream)
    {
        var rules = results.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).Select(RuleFacts.For).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);

        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, rules);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(SourceRoot);
        writer.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(results.RepositoryRoot) + Path.DirectorySeparatorChar).AbsoluteUri);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in results.Findings)
        {
            WriteResult(writer, results.RepositoryRoot, finding, ruleIndex[finding.RuleId], occurrences);
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<RuleFacts> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "Guardrails");
        writer.WriteString("version", ToolVersion.Semantic);
        writer.WriteString("semanticVersion", ToolVersion.Semantic);
        writer.WriteString("informationUri", ToolVersion.InformationUri);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            WriteRule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, RuleFacts rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id);
        writer.WriteString("name", rule.Name);
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Title);
        writer.WriteEndObject();
        var page = RuleDocumentation.Find(rule.Id);
        var summary = page is null ? null : RuleDocumentation.Summary(RuleDocumentation.WithAbsoluteLinks(page, rule.HelpUri));
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", summary is null ? rule.Title + "." : RuleDocumentation.PlainText(summary));
        if (summary is not null)
        {
            writer.WriteString("markdown", summary);
        }

        writer.WriteEndObject();
        writer.WriteString("helpUri", rule.HelpUri);
        if (page is not null)
        {
            var markdown = RuleDocumentation.WithAbsoluteLinks(page, rule.HelpUri);
            writer.WriteStartObject("help");
            writer.WriteString("text", markdown);
            writer.WriteString("markdown", markdown);
            writer.WriteEndObject();
        }

        if (rule.DefaultLevel is { } level)
        {
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", level.SarifName());
            writer.WriteEndObject();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("category", rule.Category);
        writer.WriteStartArray("tags");
        writer.WriteStringValue("guardrails");
        writer.WriteStringValue(rule.Category);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, string root, Finding finding, int ruleIndex, Dictionary<string, int> occurrences)
    {
        var relativePath = finding.FilePath is null ? null : ReportPaths.Relative(root, finding.FilePath);
        writer.WriteStartObject();
        writer.WriteString("ruleId", finding.RuleId);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", finding.Level.SarifName());
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        if (finding.FilePath is not null)
        {
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            if (relativePath is not null)
            {
                writer.WriteString("uri", EscapeRelativeUri(relativePath));
                writer.WriteString("uriBaseId", SourceRoot);
            }
            else
            {
                writer.WriteString("uri", new Uri(finding.FilePath).AbsoluteUri);
            }

            writer.WriteEndObject();
            WriteRegion(writer, finding);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        var hash = Fingerprint(finding, relativePath ?? finding.FilePath);
        occurrences[hash] = occurrences.TryGetValue(hash, out var seen) ? seen + 1 : 1;
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, hash + ":" + occurrences[hash]);
        writer.WriteEndObject();
        if (finding.IsSuppressed)
        {
            writer.WriteStartArray("suppressions");
            foreach (var suppression in finding.Suppressions)
            {
                writer.WriteRawValue(suppression.Json);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("project", finding.Project);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, Finding finding)
    {
        if (finding.Line <= 0)
        {
            return;
        }

        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", finding.Line);
        if (finding.Column > 0)
        {
            writer.WriteNumber("startColumn", finding.Column);
        }

        if (finding.EndLine > 0)
        {
            writer.WriteNumber("endLine", finding.EndLine);
            if (finding.EndColumn > 0)
            {
                writer.WriteNumber("endColumn", finding.EndColumn);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Stable across edits that move the finding: rule, file and message, never the line.</summary>
    private static string Fingerprint(Finding finding, string? file)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(finding.RuleId + "\n" + file + "\n" + finding.Message));
        return Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
    }

    private static string EscapeRelativeUri(string relativePath) =>
        string.Join("/", relativePath.Split('/').Select(Uri.EscapeDataString));
}
