using System.Globalization;
using System.Numerics;
using CsCheck;
using Guardrails.Checks.Coverage;

namespace Guardrails.Checks.Tests.Coverage;

public class CoverageCountTests
{
    [Theory]
    [InlineData(57, 100, "57", true)]
    [InlineData(56, 100, "57", false)]
    [InlineData(145, 200, "72.5", true)]
    [InlineData(144, 200, "72.5", false)]
    [InlineData(29, 40, "72.5", true)]
    [InlineData(2, 3, "66.67", false)]
    [InlineData(2, 3, "66.66", true)]
    [InlineData(0, 10, "0", true)]
    [InlineData(10, 10, "100", true)]
    [InlineData(9999, 10000, "100", false)]
    public void Meets_ComparesExactly(long covered, long total, string threshold, bool expected)
    {
        var count = new CoverageCount(covered, total);

        Assert.Equal(expected, count.Meets(decimal.Parse(threshold, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EmptyCount_MeetsEveryThreshold() =>
        Assert.True(new CoverageCount(0, 0).Meets(100m));

    [Theory]
    [InlineData(57, 100, "57%")]
    [InlineData(26, 46, "56.52%")]
    [InlineData(29, 40, "72.5%")]
    [InlineData(2, 3, "66.66%")]
    [InlineData(79999, 80000, "99.99%")]
    [InlineData(0, 7, "0%")]
    [InlineData(7, 7, "100%")]
    public void Percent_IsTruncatedToTwoDecimals_WithoutTrailingZeros(long covered, long total, string expected) =>
        Assert.Equal(expected, new CoverageCount(covered, total).Percent());

    [Fact]
    public void Describe_ShowsPercentAndCounts() =>
        Assert.Equal("56.52% (26 of 46 lines)", new CoverageCount(26, 46).Describe("lines"));

    [Theory]
    [InlineData(19, 23, 17, 23, "0", true)]
    [InlineData(19, 23, 19, 23, "0", false)]
    [InlineData(19, 23, 38, 46, "0", false)]
    [InlineData(80, 100, 795, 1000, "0.5", false)]
    [InlineData(80, 100, 794, 1000, "0.5", true)]
    [InlineData(80, 100, 60, 100, "20", false)]
    public void FellBelow_AllowsTheToleranceInPercentagePoints(long bCovered, long bTotal, long covered, long total, string tolerance, bool expected) =>
        Assert.Equal(expected, new CoverageCount(covered, total).FellBelow(new CoverageCount(bCovered, bTotal), decimal.Parse(tolerance, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(Seeding.Fixed)]
    [InlineData(Seeding.Random)]
    public void Meets_AgreesWithIntegerArithmetic_ForThresholdsInHundredths(Seeding seeding)
    {
        PropertyRun.Check(
            Gen.Select(Gen.Long[1, 1_000_000], Gen.Double[0, 1], Gen.Int[0, 10000]),
            t =>
            {
                var (total, fraction, hundredths) = t;
                var covered = (long)(total * fraction);
                var threshold = hundredths / 100m;
                var expected = new BigInteger(covered) * 10000 >= new BigInteger(hundredths) * total;
                return new CoverageCount(covered, total).Meets(threshold) == expected;
            },
            seeding,
            5000);
    }

    [Theory]
    [InlineData(Seeding.Fixed)]
    [InlineData(Seeding.Random)]
    public void Percent_NeverShowsMoreThanTheTrueValue_NorLessByAHundredthOrMore(Seeding seeding)
    {
        PropertyRun.Check(
            Gen.Select(Gen.Long[1, 10_000_000], Gen.Double[0, 1]),
            t =>
            {
                var (total, fraction) = t;
                var covered = (long)(total * fraction);
                var shown = decimal.Parse(new CoverageCount(covered, total).Percent().TrimEnd('%'), CultureInfo.InvariantCulture);
                var hundredths = new BigInteger(shown * 100m);
                var exact = new BigInteger(covered) * 10000;
                return hundredths * total <= exact && exact < (hundredths + 1) * total;
            },
            seeding,
            5000);
    }
}
