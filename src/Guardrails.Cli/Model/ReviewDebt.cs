using System.Collections.Generic;

namespace Guardrails.Cli.Model;

/// <summary>Members and their lines in one state of review.</summary>
internal readonly record struct DebtCount(long Members, long Lines)
{
    public static DebtCount operator +(DebtCount a, DebtCount b) => new(a.Members + b.Members, a.Lines + b.Lines);
}

/// <summary>
/// A project's review debt from review-debt.json (GR3007): its AI-generated members, and how many of them are
/// reviewed, stale (changed since the review), pending, unreviewed, and overdue (pending longer than the SLA).
/// </summary>
internal sealed record ReviewDebt(
    DebtCount AiGenerated,
    DebtCount Reviewed,
    DebtCount Stale,
    DebtCount Pending,
    DebtCount Unreviewed,
    DebtCount Overdue)
{
    public static readonly ReviewDebt None = new(default, default, default, default, default, default);

    public bool HasAiGeneratedCode => AiGenerated.Members > 0;

    /// <summary>Stale, pending and unreviewed members: the ones that still need a person's review.</summary>
    public long OpenMembers => Stale.Members + Pending.Members + Unreviewed.Members;

    public static ReviewDebt Sum(IEnumerable<ReviewDebt> debts)
    {
        var total = None;
        foreach (var d in debts)
        {
            total = new ReviewDebt(
                total.AiGenerated + d.AiGenerated,
                total.Reviewed + d.Reviewed,
                total.Stale + d.Stale,
                total.Pending + d.Pending,
                total.Unreviewed + d.Unreviewed,
                total.Overdue + d.Overdue);
        }

        return total;
    }
}
