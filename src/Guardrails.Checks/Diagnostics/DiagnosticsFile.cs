using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Guardrails.Rules;

namespace Guardrails.Checks.Diagnostics;

/// <summary>
/// The diagnostics a check found, stored in obj/ so they can be reported again when the check itself is skipped as
/// up to date (targets with Inputs/Outputs must not hide a problem on the second build).
/// </summary>
internal static class DiagnosticsFile
{
    private const int FormatVersion = 1;

    public static string Serialize(IEnumerable<GuardrailsDiagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", d.RuleId);
                writer.WriteString("severity", RuleSeverityNames.ToEditorConfig(d.Severity));
                writer.WriteString("message", d.Message);
                if (d.File is not null)
                {
                    writer.WriteString("file", d.File);
                }

                writer.WriteNumber("line", d.Line);
                writer.WriteNumber("column", d.Column);
                writer.WriteNumber("endLine", d.EndLine);
                writer.WriteNumber("endColumn", d.EndColumn);
                if (d.Symbol is not null)
                {
                    writer.WriteString("symbol", d.Symbol);
                }

                if (d.Locked)
                {
                    writer.WriteBoolean("locked", true);
                }

                writer.WriteStartArray("arguments");
                foreach (var argument in d.Arguments)
                {
                    writer.WriteStringValue(argument);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a file written by <see cref="Serialize"/>. A file it cannot read yields an exception for the caller to report.</summary>
    public static List<GuardrailsDiagnostic> Deserialize(string json)
    {
        var result = new List<GuardrailsDiagnostic>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.GetProperty("version").GetInt32() != FormatVersion)
        {
            throw new InvalidDataException("Unsupported diagnostics file version.");
        }

        foreach (var item in root.GetProperty("diagnostics").EnumerateArray())
        {
            RuleSeverityNames.TryParse(item.GetProperty("severity").GetString(), out var severity);
            var arguments = new List<string>();
            foreach (var argument in item.GetProperty("arguments").EnumerateArray())
            {
                arguments.Add(argument.GetString() ?? string.Empty);
            }

            result.Add(new GuardrailsDiagnostic(
                item.GetProperty("id").GetString() ?? string.Empty,
                severity,
                item.GetProperty("message").GetString() ?? string.Empty,
                item.TryGetProperty("file", out var file) ? file.GetString() : null,
                item.GetProperty("line").GetInt32(),
                item.GetProperty("column").GetInt32(),
                item.GetProperty("endLine").GetInt32(),
                item.GetProperty("endColumn").GetInt32(),
                item.TryGetProperty("symbol", out var symbol) ? symbol.GetString() : null,
                arguments.ToArray(),
                item.TryGetProperty("locked", out var locked) && locked.GetBoolean()));
        }

        return result;
    }
}
