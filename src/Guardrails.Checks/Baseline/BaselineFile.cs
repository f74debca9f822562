using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Guardrails.Policy;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// The committed baseline (the policy's <c>baseline.file</c>): known violations that are not reported, so that an
/// existing codebase can adopt Guardrails and only new violations fail. JSON, sorted, one entry per
/// (rule, file, key) with a count; written by <c>guardrails baseline</c>.
/// </summary>
internal sealed class BaselineFile
{
    public const int FormatVersion = 1;

    public BaselineFile(IReadOnlyList<BaselineEntry> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The baseline path the policy names (absolute), or null when it names none.</summary>
    public static string? PathFrom(GuardrailsPolicy policy)
    {
        var file = policy.Section("baseline")?["file"]?.Text;
        if (string.IsNullOrWhiteSpace(file) || policy.FilePath is null)
        {
            return null;
        }

        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(policy.FilePath) ?? ".", file!.Trim()));
    }

    /// <summary>Reads a baseline; a file that is not one throws <see cref="InvalidDataException"/> with the position.</summary>
    public static BaselineFile Read(string path)
    {
        var problems = new List<PolicyProblem>();
        var root = PolicyJsonReader.Read(File.ReadAllBytes(path), problems);
        if (root is null || problems.Count > 0)
        {
            var first = problems.FirstOrDefault();
            throw new InvalidDataException(first is null ? "it is empty" : "line " + first.Position.Line + ", column " + first.Position.Column + ": " + first.Message);
        }

        var entries = root["entries"];
        if (root.Kind != PolicyNodeKind.Object || root["version"]?.Text != FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || entries is null || entries.Kind != PolicyNodeKind.Array)
        {
            throw new InvalidDataException("it is not a Guardrails baseline (version " + FormatVersion + " with an 'entries' array)");
        }

        var list = new List<BaselineEntry>();
        foreach (var item in entries.Items)
        {
            var rule = item["rule"]?.Text;
            var key = item["key"]?.Text;
            if (item.Kind != PolicyNodeKind.Object || string.IsNullOrEmpty(rule) || key is null)
            {
                throw new InvalidDataException("line " + item.Position.Line + ", column " + item.Position.Column + ": an entry needs 'rule' and 'key'");
            }

            var count = int.TryParse(item["count"]?.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
            list.Add(new BaselineEntry(rule!, item["file"]?.Text ?? string.Empty, key!, count, item["project"]?.Text) { Position = item.Position });
        }

        return new BaselineFile(list);
    }

    public string Serialize()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("entries");
            foreach (var entry in Sorted(Entries))
            {
                writer.WriteStartObject();
                writer.WriteString("rule", entry.Rule);
                writer.WriteString("file", entry.File);
                writer.WriteString("key", entry.Key);
                writer.WriteNumber("count", entry.Count);
                if (entry.Project is not null)
                {
                    writer.WriteString("project", entry.Project);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Merges entries from several projects (or target frameworks): per identity and project, the largest count.</summary>
    public static BaselineFile Merge(IEnumerable<BaselineEntry> entries) =>
        new BaselineFile(entries
            .GroupBy(e => (e.Rule, e.File, e.Key, e.Project))
            .Select(g => g.OrderByDescending(e => e.Count).First())
            .ToList());

    private static IEnumerable<BaselineEntry> Sorted(IEnumerable<BaselineEntry> entries) =>
        entries.OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Project ?? string.Empty, StringComparer.Ordinal);

}
