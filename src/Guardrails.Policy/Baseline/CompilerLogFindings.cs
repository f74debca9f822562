using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Guardrails.Policy.Baseline
{
    /// <summary>
    /// The Guardrails analyzer findings in the compiler's SARIF 2.1 log: results of GR rules that are not suppressed, or
    /// suppressed only by the baseline (<see cref="BaselineSuppressionIds.Prefix"/>). A result suppressed in source
    /// (#pragma, [SuppressMessage]) or by another suppressor is not a finding.
    /// </summary>
    internal static class CompilerLogFindings
    {
        public static List<(string Rule, string? File, string Message)> Read(string sarifPath)
        {
            var findings = new List<(string, string?, string)>();
            try
            {
                using var stream = File.OpenRead(sarifPath);
                using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
                if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException("it has no 'runs' (is it SARIF 2.1?)");
                }

                foreach (var run in runs.EnumerateArray())
                {
                    if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                    {
                        continue;
                    }

                    foreach (var result in results.EnumerateArray())
                    {
                        var rule = result.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
                        if (rule is null || !rule.StartsWith("GR", StringComparison.Ordinal) || !IsFinding(result))
                        {
                            continue;
                        }

                        var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() ?? string.Empty : string.Empty;
                        findings.Add((rule, FileOf(result), message));
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException("it is not valid JSON (" + ex.Message + ")", ex);
            }

            return findings;
        }

        private static bool IsFinding(JsonElement result)
        {
            if (!result.TryGetProperty("suppressions", out var suppressions) || suppressions.ValueKind != JsonValueKind.Array)
            {
                return true;
            }

            foreach (var suppression in suppressions.EnumerateArray())
            {
                var kind = suppression.TryGetProperty("properties", out var properties) && properties.TryGetProperty("suppressionType", out var type)
                    ? type.GetString() ?? string.Empty
                    : string.Empty;
                if (!BaselineSuppressionIds.IsBaselineSuppression(kind))
                {
                    return false;
                }
            }

            return true;
        }

        private static string? FileOf(JsonElement result)
        {
            if (result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array)
            {
                foreach (var location in locations.EnumerateArray())
                {
                    if (location.TryGetProperty("physicalLocation", out var physical)
                        && physical.TryGetProperty("artifactLocation", out var artifact)
                        && artifact.TryGetProperty("uri", out var uri)
                        && Uri.TryCreate(uri.GetString(), UriKind.Absolute, out var parsed) && parsed.IsFile)
                    {
                        return parsed.LocalPath;
                    }
                }
            }

            return null;
        }
    }
}
