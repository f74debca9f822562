using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public sealed class PolicyLoaderFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-policy-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void NoPolicyFile_GivesDefaultsAndNoProblems()
    {
        var result = PolicyLoader.Load(null, pathIsExplicit: false, profile: null, profileIsExplicit: false);

        Assert.Empty(result.Problems);
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    [Fact]
    public void ExplicitPathThatDoesNotExist_ReportsGR0002()
    {
        var path = Path.Combine(_directory, "missing.json");

        var result = PolicyLoader.Load(path, pathIsExplicit: true, profile: null, profileIsExplicit: false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Contains(path, problem.Message);
    }

    [Fact]
    public void PathThatIsADirectory_ReportsGR0001()
    {
        var result = PolicyLoader.Load(_directory, pathIsExplicit: true, profile: null, profileIsExplicit: false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("is a directory", problem.Message);
        Assert.Equal((1, 1), (problem.Position.Line, problem.Position.Column));
        Assert.Equal(_directory, result.FilePath);
    }

    [Fact]
    public void HugeFile_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_directory, "guardrails.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(PolicyLoader.MaxPolicyBytes + 1);
        }

        var problem = Assert.Single(PolicyLoader.Load(path, false, null, false).Problems);

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("limit", problem.Message);
    }

    [Fact]
    public void ValidFile_IsLoaded()
    {
        var path = Path.Combine(_directory, "guardrails.json");
        File.WriteAllText(path, "{ \"rules\": { \"GR2004\": \"error\" } }");

        var result = PolicyLoader.Load(path, false, null, false);

        Assert.Empty(result.Problems);
        Assert.Equal(path, result.Policy.FilePath);
        Assert.Equal(RuleSeverity.Error, result.Policy.SeverityOf(RuleCatalog.GR2004));
    }
}
