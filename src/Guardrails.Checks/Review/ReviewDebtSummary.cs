using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Guardrails.Checks.Diagnostics;
using Guardrails.Rules;

namespace Guardrails.Checks.Review;

/// <summary>
/// A project's review debt (review-debt.json), taken from the GR3007 result in the compiler's SARIF 2.1 log: members
/// and lines AI-generated, reviewed, stale, pending, unreviewed and overdue. No GR3007 result means no AI-generated
/// code (or GR3007 switched off): all zeros.
/// </summary>
internal static class ReviewDebtSummary
{
    private static readonly string[] Kinds = ReviewDebtKinds.All;

    /// <summary>Reads the counts; a file that is not SARIF JSON yields an <see cref="InvalidDataException"/>.</summary>
    public static Dictionary<string, (long Members, long Lines)> Read(string sarifPath)
    {
        using var log = CompilerLog.Open(sarifPath);
        return Read(log);
    }

    /// <summary>Reads the counts from a log already opened.</summary>
    public static Dictionary<string, (long Members, long Lines)> Read(CompilerLog log)
    {
        var counts = new Dictionary<string, (long Members, long Lines)>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            counts[kind] = (0, 0);
        }

        log.ForEachResult(result =>
        {
            if (result.TryGetProperty("ruleId", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == RuleIds.GR3007
                && result.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty("customProperties", out var custom) && custom.ValueKind == JsonValueKind.Object)
            {
                foreach (var kind in Kinds)
                {
                    var (members, lines) = counts[kind];
                    counts[kind] = (members + Number(custom, kind + ".members"), lines + Number(custom, kind + ".lines"));
                }
            }
        });

        return counts;
    }

    public static string Serialize(string project, Dictionary<string, (long Members, long Lines)> counts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("project", project);
            foreach (var kind in Kinds)
            {
                writer.WriteStartObject(kind);
                writer.WriteNumber("members", counts[kind].Members);
                writer.WriteNumber("lines", counts[kind].Lines);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static long Number(JsonElement custom, string name) =>
        custom.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
        && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;
}
