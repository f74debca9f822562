using CsCheck;

namespace Guardrails.Policy.Tests.Fuzzing;

/// <summary>The fixed/random seeding the fuzz and property tests rely on: reproducible, and failures say how to replay.</summary>
public class PropertyRunTests
{
    private static readonly Gen<int> Numbers = Gen.Int[0, 1_000_000];

    [Fact]
    public void FixedSeed_ChecksTheSameCasesEveryRun()
    {
        var first = new List<int>();
        var second = new List<int>();

        PropertyRun.Check(Numbers, n => { first.Add(n); return true; }, Seeding.Fixed, 1000);
        PropertyRun.Check(Numbers, n => { second.Add(n); return true; }, Seeding.Fixed, 1000);

        Assert.Equal(1000, first.Count);
        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 900, "the fixed run should still draw varied cases");
    }

    [Fact]
    public void FixedSeed_Failure_NamesASeedThatGeneratesTheFailingCase()
    {
        var failure = Assert.Throws<PropertyFailedException>(() => PropertyRun.Check(Numbers, n => n < 900_000, Seeding.Fixed, 1000));

        Assert.Contains("fixed-seed run", failure.Message);
        Assert.Contains("CsCheck_Seed=" + failure.Seed + " dotnet test", failure.Message);
        var replayed = Numbers.Generate(PCG.Parse(failure.Seed!), null, out _);
        Assert.True(replayed >= 900_000, "the named seed generates " + replayed);
        Assert.Contains("Input: " + replayed, failure.Message);
    }

    [Fact]
    public void FixedSeed_AnExceptionIsAFailure_AndIsKeptAsTheCause()
    {
        var failure = Assert.Throws<PropertyFailedException>(() => PropertyRun.Check<int>(Numbers, _ => throw new InvalidOperationException("boom"), Seeding.Fixed, 10));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Contains("boom", failure.Message);
    }

    [Fact]
    public void RandomSeed_Failure_PrintsTheSeedAndTheReplayCommand()
    {
        var failure = Assert.Throws<PropertyFailedException>(() => PropertyRun.Check(Numbers, n => n < 900_000, Seeding.Random, 1000));

        Assert.NotNull(failure.Seed);
        Assert.Contains("random-seed run", failure.Message);
        Assert.Contains("CsCheck_Seed=" + failure.Seed + " dotnet test tests/Guardrails.Policy.Tests --filter", failure.Message);
        Assert.True(Numbers.Generate(PCG.Parse(failure.Seed!), null, out _) >= 900_000);
    }
}
