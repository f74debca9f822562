using Guardrails.Checks.Coverage;
using Guardrails.Policy;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public class CoverageSettingsTests
{
    [Fact]
    public void WithoutACoverageSection_NothingIsNeeded()
    {
        var settings = CoverageSettings.From(GuardrailsPolicy.Defaults, new CoverageOverrides { BaseDirectory = "/repo" });

        Assert.False(settings.NeedsCoverage);
        Assert.False(settings.Ratchet.Enabled);
        Assert.Equal(NewCodeSettings.DefaultBase, settings.NewCode.Base);
        Assert.True(settings.TreatNoDataAsFailure);
        Assert.Equal(Path.GetFullPath("/repo"), settings.BaseDirectory);
    }

    [Theory]
    [InlineData("{ \"enabled\": true }", true, "coverage-baseline.json")]
    [InlineData("{ \"tolerance\": 1 }", true, "coverage-baseline.json")]
    [InlineData("{ \"enabled\": false, \"baseline\": \"b.json\" }", false, "b.json")]
    [InlineData("{ \"file\": \"eng/f.json\" }", true, "eng/f.json")]
    [InlineData("{ \"file\": \"eng/f.json\", \"baseline\": \"eng/b.json\" }", true, "eng/b.json")]
    public void Ratchet_IsOnWhenPresent_AndBaselineBeatsItsSynonymFile(string ratchet, bool enabled, string baseline)
    {
        var (_, settings) = LoadPolicy("{ \"coverage\": { \"ratchet\": " + ratchet + " } }");

        Assert.Equal(enabled, settings.Ratchet.Enabled);
        Assert.Equal(RepoPath(baseline), settings.Ratchet.BaselinePath);
    }

    [Fact]
    public void Globs_AreNormalized_AndMatchedRelativeToThePolicyFolder()
    {
        var (_, settings) = LoadPolicy("{ \"coverage\": { \"exclude\": [ \"./src/Gen/**\", \"**\\\\Migrations\\\\**\" ] } }");

        Assert.True(settings.IsExcluded(RepoPath("src/Gen/Client.cs")));
        Assert.True(settings.IsExcluded(RepoPath("src/Data/Migrations/Init.cs")));
        Assert.False(settings.IsExcluded(RepoPath("src/Payments/Fees.cs")));
        Assert.Equal("src/Gen/Client.cs", settings.RelativePath(RepoPath("src/Gen/Client.cs")));
    }
}
