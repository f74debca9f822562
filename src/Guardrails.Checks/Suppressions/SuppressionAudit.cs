using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Suppressions;

/// <summary>
/// GR4003 for suppressions the analyzers cannot see: the compiler's SARIF error log records every suppressed
/// diagnostic with how it was suppressed. Pragmas and [SuppressMessage] are checked in source by the GR4003
/// analyzer; what is left is a DiagnosticSuppressor (or anything newer) quietly switching a Guardrails rule off.
/// </summary>
internal static class SuppressionAudit
{
    private static readonly HashSet<string> SeenInSource = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Pragma Directive",
        "SuppressMessageAttribute",
    };

    /// <summary>Reads a SARIF 2.1 error log; a file that is not one yields an <see cref="InvalidDataException"/>.</summary>
    public static List<GuardrailsDiagnostic> Check(string sarifPath, GuardrailsPolicy policy)
    {
        if (policy.SettingOf(RuleCatalog.GR4003).Severity == RuleSeverity.None)
        {
            return new List<GuardrailsDiagnostic>();
        }

        using var log = CompilerLog.Open(sarifPath);
        return Check(log, policy);
    }

    /// <summary>Audits a log already opened.</summary>
    public static List<GuardrailsDiagnostic> Check(CompilerLog log, GuardrailsPolicy policy)
    {
        var result = new List<GuardrailsDiagnostic>();
        var setting = policy.SettingOf(RuleCatalog.GR4003);
        if (setting.Severity == RuleSeverity.None)
        {
            return result;
        }

        log.ForEachResult(item =>
        {
            var diagnostic = Inspect(item, setting);
            if (diagnostic is not null)
            {
                result.Add(diagnostic);
            }
        });

        return result;
    }

    private static GuardrailsDiagnostic? Inspect(JsonElement item, RuleSetting setting)
    {
        var ruleId = item.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
        if (ruleId is null || !RuleCatalog.TryGet(ruleId, out _) || !item.TryGetProperty("suppressions", out var suppressions))
        {
            return null;
        }

        foreach (var suppression in suppressions.EnumerateArray())
        {
            // Roslyn writes "Pragma Directive", "SuppressMessageAttribute", or
            // "DiagnosticSuppressor {Suppression Id: X, Justification: Y}".
            var raw = suppression.TryGetProperty("properties", out var properties) && properties.TryGetProperty("suppressionType", out var t)
                ? t.GetString() ?? "unknown"
                : "unknown";
            // The baseline's own suppressor records known violations; the baseline audit (GR0003) accounts for those.
            // Findings outside the repository (the NuGet cache, the SDK) are not the repository's: the suppressor drops them.
            if (Baseline.BaselineSuppressionIds.IsBaselineSuppression(raw) || Baseline.BaselineSuppressionIds.IsOutsideRepositorySuppression(raw))
            {
                continue;
            }

            var brace = raw.IndexOf('{');
            var kind = (brace > 0 ? raw.Substring(0, brace) : raw).Trim();
            if (SeenInSource.Contains(kind))
            {
                continue;
            }

            var suppressionId = Field(raw, "Suppression Id");
            var by = kind + (suppressionId is null ? string.Empty : " " + suppressionId);
            var justification = suppression.TryGetProperty("justification", out var j) ? j.GetString() : Field(raw, "Justification");
            var (file, line, column) = Location(item);
            return GuardrailsDiagnostic.ForRule(
                RuleCatalog.GR4003,
                setting,
                "A " + by + " suppresses " + ruleId + " here" + (string.IsNullOrWhiteSpace(justification) ? string.Empty : " (\"" + justification + "\")")
                + ". Guardrails rules may only be suppressed in source, with a justification (#pragma warning disable " + ruleId + " // why), or in guardrails.json.",
                file,
                line,
                column,
                symbol: ruleId,
                arguments: new[] { by, ruleId });
        }

        return null;
    }

    private static string? Field(string text, string name)
    {
        var start = text.IndexOf(name + ":", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += name.Length + 1;
        var end = text.IndexOfAny(new[] { ',', '}' }, start);
        var value = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).Trim();
        return value.Length == 0 ? null : value;
    }

    private static (string? File, int Line, int Column) Location(JsonElement item)
    {
        if (item.TryGetProperty("locations", out var locations))
        {
            foreach (var location in locations.EnumerateArray())
            {
                if (location.TryGetProperty("physicalLocation", out var physical)
                    && physical.TryGetProperty("artifactLocation", out var artifact)
                    && artifact.TryGetProperty("uri", out var uri)
                    && Uri.TryCreate(uri.GetString(), UriKind.Absolute, out var parsed) && parsed.IsFile)
                {
                    var line = 0;
                    var column = 0;
                    if (physical.TryGetProperty("region", out var region))
                    {
                        line = region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
                        column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 0;
                    }

                    return (parsed.LocalPath, line, column);
                }
            }
        }

        return (null, 0, 0);
    }
}
