using System.Collections.Generic;
using System.Text.Json;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Inputs;

/// <summary>coverage-summary.json (written after a test run with coverage; format: Guardrails.Checks.Coverage.CoverageSummaryFile).</summary>
internal static class CoverageSummaryReader
{
    public static CoverageReport Read(string path, string measuredBy)
    {
        using var document = JsonInput.Parse(path);
        return JsonInput.Read(path, "a coverage-summary.json file", () =>
        {
            var root = document.RootElement;
            var total = Scope("total", root.GetProperty("total"));
            var assemblies = new List<CoverageScope>();
            if (root.TryGetProperty("assemblies", out var byName))
            {
                foreach (var assembly in byName.EnumerateObject())
                {
                    assemblies.Add(Scope(assembly.Name, assembly.Value));
                }
            }

            return new CoverageReport(measuredBy, total, assemblies);
        });
    }

    private static CoverageScope Scope(string name, JsonElement scope) =>
        new(name, Figure(scope, "line"), Figure(scope, "branch"), Figure(scope, "method"));

    private static CoverageFigure? Figure(JsonElement scope, string metric)
    {
        if (!scope.TryGetProperty(metric, out var figure))
        {
            return null;
        }

        return new CoverageFigure(
            figure.GetProperty("covered").GetInt64(),
            figure.GetProperty("total").GetInt64(),
            figure.TryGetProperty("percent", out var percent) ? percent.GetString() : null,
            figure.TryGetProperty("threshold", out var threshold) ? threshold.GetDouble() : null,
            figure.TryGetProperty("met", out var met) ? met.GetBoolean() : null);
    }
}
