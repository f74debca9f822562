using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guardrails.Cli.Model;
using Guardrails.Rules;

namespace Guardrails.Cli.Inputs;

/// <summary>
/// The Guardrails results in the compiler's SARIF 2.1 log (compiler.sarif): analyzer diagnostics, including the
/// suppressed ones with their <c>suppressions</c>. Other analyzers' results are left out, and so is GR3007, the
/// review-debt summary, whose figures the report shows from review-debt.json instead.
/// </summary>
internal static partial class CompilerLogReader
{
    public static IReadOnlyList<Finding> Read(string path, string project)
    {
        using var document = JsonInput.Parse(path);
        return JsonInput.Read(path, "a SARIF 2.1.0 log", () => ReadResults(path, document.RootElement, project));
    }

    /// <summary>A Guardrails rule ID: GR and four digits.</summary>
    public static bool IsGuardrailsRule(string? ruleId) => ruleId is not null && GuardrailsRuleId().IsMatch(ruleId);

    private static List<Finding> ReadResults(string path, JsonElement root, string project)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new InputFileException(path, 0, 0, "not a SARIF log: it has no 'runs' array.");
        }

        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (version != "2.1.0")
        {
            throw new InputFileException(path, 0, 0, "SARIF version '" + version + "'; the report reads SARIF 2.1.0 (ErrorLog=<file>,version=2.1).");
        }

        var findings = new List<Finding>();
        var logDirectory = Path.GetDirectoryName(path) ?? ".";
        foreach (var run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var ruleId = String(result, "ruleId");
                var level = FindingLevels.FromSarif(String(result, "level"));
                if (!IsGuardrailsRule(ruleId) || ruleId == RuleIds.GR3007 || level is null)
                {
                    continue;
                }

                var suppressions = Suppressions(result);
                if (IsOutsideRepository(suppressions))
                {
                    // In a file outside the repository (the NuGet cache, the SDK): not the repository's code, not a finding.
                    continue;
                }

                var (file, line, column, endLine, endColumn) = Location(result, logDirectory);
                findings.Add(new Finding(ruleId!, level.Value, Message(result), file, line, column, endLine, endColumn, suppressions, FindingOrigin.Analyzer, project));
            }
        }

        return findings;
    }

    private static string Message(JsonElement result) =>
        result.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object ? String(message, "text") ?? string.Empty : string.Empty;

    private static (string? File, int Line, int Column, int EndLine, int EndColumn) Location(JsonElement result, string logDirectory)
    {
        if (!result.TryGetProperty("locations", out var locations) || locations.ValueKind != JsonValueKind.Array || locations.GetArrayLength() == 0
            || !locations[0].TryGetProperty("physicalLocation", out var physical))
        {
            return (null, 0, 0, 0, 0);
        }

        string? file = null;
        if (physical.TryGetProperty("artifactLocation", out var artifact) && String(artifact, "uri") is { } uri)
        {
            file = LocalPath(uri, logDirectory);
        }

        if (!physical.TryGetProperty("region", out var region) || region.ValueKind != JsonValueKind.Object)
        {
            return (file, 0, 0, 0, 0);
        }

        return (file, Number(region, "startLine"), Number(region, "startColumn"), Number(region, "endLine"), Number(region, "endColumn"));
    }

    private static string? LocalPath(string uri, string logDirectory)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute))
        {
            return absolute.IsFile ? Path.GetFullPath(absolute.LocalPath) : null;
        }

        return Path.GetFullPath(Path.Combine(logDirectory, Uri.UnescapeDataString(uri)));
    }

    private static IReadOnlyList<Suppression> Suppressions(JsonElement result)
    {
        if (!result.TryGetProperty("suppressions", out var suppressions) || suppressions.ValueKind != JsonValueKind.Array || suppressions.GetArrayLength() == 0)
        {
            return [];
        }

        var list = new List<Suppression>();
        foreach (var suppression in suppressions.EnumerateArray())
        {
            if (suppression.ValueKind == JsonValueKind.Object)
            {
                list.Add(new Suppression(String(suppression, "kind") ?? "inSource", String(suppression, "justification"), suppression.GetRawText()));
            }
        }

        return list;
    }

    private static bool IsOutsideRepository(IReadOnlyList<Suppression> suppressions)
    {
        foreach (var suppression in suppressions)
        {
            using var document = JsonDocument.Parse(suppression.Json);
            if (document.RootElement.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && String(properties, "suppressionType") is { } type && Guardrails.Checks.Baseline.BaselineSuppressionIds.IsOutsideRepositorySuppression(type))
            {
                return true;
            }
        }

        return false;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : 0;

    [GeneratedRegex("^GR[0-9]{4}$")]
    private static partial Regex GuardrailsRuleId();
}
