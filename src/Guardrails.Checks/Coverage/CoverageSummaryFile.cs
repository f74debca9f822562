using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Writes a <see cref="CoverageSummary"/> as JSON for later reports (Markdown summary, SARIF, dashboards):
/// <code>
/// { "total": { "line": { "covered": 26, "total": 46, "percent": "56.52", "threshold": 80, "met": false }, ... },
///   "assemblies": { "Contoso.Payments": { "line": { ... }, "branch": { ... }, "method": { ... } } } }
/// </code>
/// "percent" is truncated to two decimals as in the diagnostics; "threshold" and "met" appear when a threshold applies.
/// </summary>
internal static class CoverageSummaryFile
{
    /// <summary>Null on success, else the problem.</summary>
    public static CoverageProblem? Write(string path, CoverageSummary summary)
    {
        try
        {
            var fullPath = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath) ?? ".");
            using (var stream = new FileStream(fullPath, FileMode.Create, FileAccess.Write))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("total");
                WriteScope(writer, summary.Total);
                writer.WriteStartObject("assemblies");
                foreach (var assembly in summary.Assemblies)
                {
                    writer.WritePropertyName(assembly.Name);
                    WriteScope(writer, assembly);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return new CoverageProblem(path, 0, 0, "The coverage summary could not be written: " + ex.Message);
        }
    }

    private static void WriteScope(Utf8JsonWriter writer, ScopeSummary scope)
    {
        writer.WriteStartObject();
        foreach (var metric in CoverageMetricNames.All)
        {
            var count = scope.Get(metric);
            var threshold = scope.Thresholds.Get(metric);
            writer.WriteStartObject(metric.Key());
            writer.WriteNumber("covered", count.Covered);
            writer.WriteNumber("total", count.Total);
            if (!count.IsEmpty)
            {
                writer.WriteString("percent", count.Percent().TrimEnd('%'));
            }

            if (threshold is not null)
            {
                writer.WriteNumber("threshold", threshold.Percent);
                writer.WriteBoolean("met", count.Meets(threshold.Percent));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
