using System.Collections.Immutable;
using System.Globalization;
using System.Threading;

namespace Guardrails.Analyzers.Rules.Review;

internal enum ReviewState
{
    Reviewed,
    Stale,
    Pending,
    Unreviewed,
}

/// <summary>Members and lines by review state; thread-safe counters.</summary>
internal sealed class ReviewDebt
{
    /// <summary>The property names of GR3007 (and the keys of review-debt.json): "{state}.members" and "{state}.lines".</summary>
    private static readonly string[] Kinds = Guardrails.Rules.ReviewDebtKinds.All;

    public Tally AiGenerated { get; } = new Tally();

    public Tally Reviewed { get; } = new Tally();

    public Tally Stale { get; } = new Tally();

    public Tally Pending { get; } = new Tally();

    public Tally Unreviewed { get; } = new Tally();

    public Tally Overdue { get; } = new Tally();

    public void Add(ReviewState state, bool overdue, int lines)
    {
        AiGenerated.Add(lines);
        (state switch
        {
            ReviewState.Reviewed => Reviewed,
            ReviewState.Stale => Stale,
            ReviewState.Pending => Pending,
            _ => Unreviewed,
        }).Add(lines);
        if (overdue)
        {
            Overdue.Add(lines);
        }
    }

    public ImmutableDictionary<string, string?> ToProperties()
    {
        var tallies = new[] { AiGenerated, Reviewed, Stale, Pending, Unreviewed, Overdue };
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < Kinds.Length; i++)
        {
            builder[Kinds[i] + ".members"] = tallies[i].Members.ToString(CultureInfo.InvariantCulture);
            builder[Kinds[i] + ".lines"] = tallies[i].Lines.ToString(CultureInfo.InvariantCulture);
        }

        return builder.ToImmutable();
    }

    public override string ToString() =>
        AiGenerated.Describe("AI-generated members") + ": " + Reviewed.Describe("reviewed") + ", " + Stale.Describe("stale") + ", "
        + Pending.Describe("pending") + ", " + Unreviewed.Describe("unreviewed") + "; " + Overdue.Describe("overdue");

    internal sealed class Tally
    {
        private int _members;
        private int _lines;

        public int Members => Volatile.Read(ref _members);

        public int Lines => Volatile.Read(ref _lines);

        public void Add(int lines)
        {
            Interlocked.Increment(ref _members);
            Interlocked.Add(ref _lines, lines);
        }

        public string Describe(string what) =>
            Members.ToString(CultureInfo.InvariantCulture) + " " + what + " (" + Lines.ToString(CultureInfo.InvariantCulture) + " lines)";
    }
}
