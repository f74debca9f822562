using Guardrails.Checks.Suppressions;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Tests.Suppressions;

public sealed class SuppressionAuditTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-sarif-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Sarif(string results)
    {
        var path = Path.Combine(_directory, "compiler.sarif");
        File.WriteAllText(path, "{ \"version\": \"2.1.0\", \"runs\": [ { \"results\": [ " + results + " ] } ] }");
        return path;
    }

    private static string Result(string ruleId, string suppressionType) =>
        "{ \"ruleId\": \"" + ruleId + "\", \"suppressions\": [ { \"kind\": \"inSource\", \"properties\": { \"suppressionType\": \"" + suppressionType + "\" } } ],"
        + " \"locations\": [ { \"physicalLocation\": { \"artifactLocation\": { \"uri\": \"file:///repo/App/Legacy.cs\" }, \"region\": { \"startLine\": 3, \"startColumn\": 2 } } } ] }";

    [Fact]
    public void SuppressorOfAGuardrailsRule_IsReportedAtTheDiagnostic()
    {
        var path = Sarif(Result("GR2004", "DiagnosticSuppressor {Suppression Id: QUIET001, Justification: green build}"));

        var diagnostic = Assert.Single(SuppressionAudit.Check(path, GuardrailsPolicy.Defaults));

        Assert.Equal(RuleIds.GR4003, diagnostic.RuleId);
        Assert.Equal("/repo/App/Legacy.cs", diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("DiagnosticSuppressor QUIET001 suppresses GR2004 here (\"green build\")", diagnostic.Message);
    }

    [Theory]
    [InlineData("GR2004", "Pragma Directive")]
    [InlineData("GR2004", "SuppressMessageAttribute")]
    [InlineData("CA1822", "DiagnosticSuppressor {Suppression Id: X}")]
    public void SuppressionsTheAnalyzersSeeOrOfOtherRules_AreNotReported(string ruleId, string type)
    {
        Assert.Empty(SuppressionAudit.Check(Sarif(Result(ruleId, type)), GuardrailsPolicy.Defaults));
    }

    [Fact]
    public void GR4003SwitchedOffInThePolicy_ReportsNothing()
    {
        var policy = PolicyText.Parse("{ \"rules\": { \"GR4003\": \"none\" } }").Policy;

        Assert.Empty(SuppressionAudit.Check(Sarif(Result("GR2004", "DiagnosticSuppressor")), policy));
    }

    [Fact]
    public void ALogThatIsNotSarif_IsInvalidDataNotACrash()
    {
        var path = Path.Combine(_directory, "broken.sarif");
        File.WriteAllText(path, "{ \"runs\": [ { \"results\": [ ");

        Assert.Throws<InvalidDataException>(() => SuppressionAudit.Check(path, GuardrailsPolicy.Defaults));
    }
}
