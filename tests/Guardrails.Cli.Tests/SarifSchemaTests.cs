using Guardrails.Cli.Tests.Infrastructure;
using NJsonSchema;

namespace Guardrails.Cli.Tests;

/// <summary>
/// The combined SARIF log validates against the SARIF 2.1.0 JSON schema (two published copies: Microsoft's SARIF
/// SDK's and SchemaStore's; see Schemas/README.md).
/// </summary>
public class SarifSchemaTests
{
    public static TheoryData<string> Schemas => new() { "sarif-schema-2.1.0.sarif-sdk.json", "sarif-schema-2.1.0-rtm.5.schemastore.json" };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task CombinedLog_IsValidSarif210(string schemaFile)
    {
        using var repository = FakeRepository.CreateRealistic();
        var report = ReportRun.Of(repository.Root);
        Assert.True(File.Exists(report.SarifPath), report.Run.ToString());

        var errors = await Validate(schemaFile, File.ReadAllText(report.SarifPath));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task TheValidation_CatchesAnInvalidLog(string schemaFile)
    {
        using var repository = FakeRepository.CreateRealistic();
        var report = ReportRun.Of(repository.Root);
        var broken = File.ReadAllText(report.SarifPath).Replace("\"level\": \"warning\"", "\"level\": \"severe\"").Replace("\"startLine\": 6", "\"startLine\": 0");

        var errors = await Validate(schemaFile, broken);

        Assert.Contains(errors, e => e.Contains("level", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("startLine", StringComparison.Ordinal));
    }

    private static async Task<List<string>> Validate(string schemaFile, string json)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", schemaFile));
        return schema.Validate(json).Select(e => e.ToString()).ToList();
    }
}
