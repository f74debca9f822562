using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Guardrails.Checks.Diagnostics;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// The Guardrails analyzer findings in the compiler's SARIF 2.1 log: results of GR rules that are not suppressed, or
/// suppressed only by the baseline (<see cref="BaselineSuppressionIds.Prefix"/>). A result suppressed in source
/// (#pragma, [SuppressMessage]) or by another suppressor is not a finding.
/// </summary>
internal static class CompilerLogFindings
{
    public static List<(string Rule, string? File, string Message)> Read(string sarifPath)
    {
        using var log = CompilerLog.Open(sarifPath);
        return Read(log);
    }

    /// <summary>The findings of a log already opened.</summary>
    public static List<(string Rule, string? File, string Message)> Read(CompilerLog log)
    {
        var findings = new List<(string, string?, string)>();
        log.ForEachResult(result =>
        {
            var rule = result.TryGetProperty("ruleId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            if (rule is null || !rule.StartsWith("GR", StringComparison.Ordinal) || !IsFinding(result))
            {
                return;
            }

            var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object && m.TryGetProperty("text", out var text)
                ? text.GetString() ?? string.Empty
                : string.Empty;
            findings.Add((rule, FileOf(result), message));
        });

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
