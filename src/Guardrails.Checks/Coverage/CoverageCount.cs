using System.Globalization;
using System.Numerics;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Covered out of total (lines, branches or methods), with exact comparisons: no floating point, so 57 of 100
/// meets a threshold of 57 and 56 of 100 does not, whatever the threshold's decimals.
/// </summary>
internal readonly struct CoverageCount
{
    public CoverageCount(long covered, long total)
    {
        Covered = covered;
        Total = total;
    }

    public long Covered { get; }

    public long Total { get; }

    public bool IsEmpty => Total == 0;

    public static CoverageCount operator +(CoverageCount a, CoverageCount b) => new CoverageCount(a.Covered + b.Covered, a.Total + b.Total);

    /// <summary>Covered * 100 &gt;= percent * total, computed exactly. An empty count meets every threshold.</summary>
    public bool Meets(decimal percent)
    {
        if (Total == 0)
        {
            return true;
        }

        var (numerator, scale) = Exact(percent);
        return new BigInteger(Covered) * 100 * BigInteger.Pow(10, scale) >= numerator * Total;
    }

    /// <summary>
    /// True when this count's percentage is below <paramref name="recorded"/>'s by more than
    /// <paramref name="tolerance"/> percentage points: c/t &lt; b/bt - tol/100, computed exactly.
    /// </summary>
    public bool FellBelow(CoverageCount recorded, decimal tolerance)
    {
        if (Total == 0 || recorded.Total == 0)
        {
            return false;
        }

        var (tol, scale) = Exact(tolerance);
        var power = BigInteger.Pow(10, scale);
        var current = new BigInteger(Covered) * 100 * recorded.Total * power;
        var before = new BigInteger(recorded.Covered) * 100 * Total * power;
        return current + tol * Total * recorded.Total < before;
    }

    /// <summary>
    /// The percentage truncated (not rounded) to two decimals, without trailing zeros: "57%", "72.5%", "56.52%".
    /// Truncating means a figure below a threshold never prints as the threshold (79.999% shows as 79.99%, not 80%).
    /// </summary>
    public string Percent()
    {
        if (Total == 0)
        {
            return "n/a";
        }

        var basisPoints = BigInteger.Divide(new BigInteger(Covered) * 10000, Total);
        return FormatPercent((decimal)basisPoints / 100m);
    }

    /// <summary>"56.52% (26 of 46 lines)".</summary>
    public string Describe(string unit) =>
        Percent() + " (" + Covered.ToString(CultureInfo.InvariantCulture) + " of " + Total.ToString(CultureInfo.InvariantCulture) + " " + unit + ")";

    /// <summary>A percentage as the policy would write it: "80%", "72.5%".</summary>
    public static string FormatPercent(decimal percent) =>
        percent.ToString("0.############################", CultureInfo.InvariantCulture) + "%";

    public override string ToString() => Covered + "/" + Total;

    /// <summary>A decimal as numerator / 10^scale, exactly (a decimal is a 96-bit integer and a power-of-ten scale).</summary>
    private static (BigInteger Numerator, int Scale) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -magnitude : magnitude, scale);
    }
}
