using System.Text.Json.Nodes;

namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// A compiler SARIF 2.1 error log (compiler.sarif) shaped like the one csc writes with
/// <c>ErrorLog=…,version=2.1</c>: absolute file URIs, regions, rule descriptors, suppressions, GR3007's custom
/// properties, and other analyzers' results mixed in.
/// </summary>
internal sealed class CompilerLog
{
    private readonly JsonArray _results = [];
    private readonly JsonArray _rules = [];

    public CompilerLog Result(string ruleId, string level, string message, string file, int line, int column, JsonArray? suppressions = null, JsonObject? customProperties = null)
    {
        var result = new JsonObject
        {
            ["ruleId"] = ruleId,
            ["ruleIndex"] = RuleIndex(ruleId),
            ["level"] = level,
            ["message"] = new JsonObject { ["text"] = message },
        };
        if (suppressions is not null)
        {
            result["suppressions"] = suppressions;
        }

        result["locations"] = new JsonArray(new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = new Uri(file).AbsoluteUri },
                ["region"] = new JsonObject { ["startLine"] = line, ["startColumn"] = column, ["endLine"] = line, ["endColumn"] = column + 10 },
            },
        });
        var properties = new JsonObject { ["warningLevel"] = 1 };
        if (customProperties is not null)
        {
            properties["customProperties"] = customProperties;
        }

        result["properties"] = properties;
        _results.Add(result);
        return this;
    }

    /// <summary>GR3007, the review-debt summary: a note without location that carries the counts.</summary>
    public CompilerLog ReviewDebtSummary(string project, int aiGenerated, int reviewed, int stale)
    {
        _results.Add(new JsonObject
        {
            ["ruleId"] = "GR3007",
            ["ruleIndex"] = RuleIndex("GR3007"),
            ["level"] = "note",
            ["message"] = new JsonObject { ["text"] = $"Review debt of {project}: {aiGenerated} AI-generated members" },
            ["properties"] = new JsonObject
            {
                ["warningLevel"] = 1,
                ["customProperties"] = new JsonObject
                {
                    ["aiGenerated.members"] = aiGenerated.ToString(),
                    ["reviewed.members"] = reviewed.ToString(),
                    ["stale.members"] = stale.ToString(),
                },
            },
        });
        return this;
    }

    public static JsonArray PragmaSuppression() =>
        new(new JsonObject { ["kind"] = "inSource", ["properties"] = new JsonObject { ["suppressionType"] = "Pragma Directive" } });

    public string ToJson() => new JsonObject
    {
        ["$schema"] = "http://json.schemastore.org/sarif-2.1.0",
        ["version"] = "2.1.0",
        ["runs"] = new JsonArray(new JsonObject
        {
            ["results"] = _results.DeepClone(),
            ["properties"] = new JsonObject { ["analyzerExecutionTime"] = "0.120" },
            ["tool"] = new JsonObject
            {
                ["driver"] = new JsonObject
                {
                    ["name"] = "Microsoft (R) Visual C# Compiler",
                    ["version"] = "5.0.0",
                    ["semanticVersion"] = "5.0.0",
                    ["rules"] = _rules.DeepClone(),
                },
            },
            ["invocations"] = new JsonArray(new JsonObject { ["executionSuccessful"] = true }),
            ["columnKind"] = "utf16CodeUnits",
        }),
    }.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    private int RuleIndex(string ruleId)
    {
        for (var i = 0; i < _rules.Count; i++)
        {
            if ((string?)_rules[i]!["id"] == ruleId)
            {
                return i;
            }
        }

        _rules.Add(new JsonObject { ["id"] = ruleId, ["shortDescription"] = new JsonObject { ["text"] = ruleId + " rule" } });
        return _rules.Count - 1;
    }
}
