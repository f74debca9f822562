using Guardrails.Policy.Schema;

namespace Guardrails.Policy.Tests;

public class SchemaFileTests
{
    /// <summary>The shipped JSON schema is generated from the validator's schema; set GUARDRAILS_UPDATE_GENERATED=1 to rewrite it.</summary>
    [Fact]
    public void CommittedSchema_MatchesValidatorSchema()
    {
        var path = RepoPaths.Combine("schema", PolicySchema.SchemaFileName);
        var expected = JsonSchemaWriter.Write();
        if (Environment.GetEnvironmentVariable("GUARDRAILS_UPDATE_GENERATED") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), path + " is missing; run the tests with GUARDRAILS_UPDATE_GENERATED=1.");
        Assert.Equal(expected, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    [Fact]
    public void Schema_ListsEverySection()
    {
        var schema = JsonSchemaWriter.Write();
        foreach (var section in new[] { "rules", "packages", "apis", "projects", "coverage", "review", "tests", "baseline", "profiles" })
        {
            Assert.Contains("\"" + section + "\": {", schema);
        }
    }
}
