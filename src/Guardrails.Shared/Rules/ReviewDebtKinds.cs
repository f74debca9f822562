namespace Guardrails.Rules;

/// <summary>
/// The review states GR3007 counts, in order. The analyzer reports "{kind}.members" and "{kind}.lines" as diagnostic
/// properties; the build writes them to review-debt.json under the same names.
/// </summary>
internal static class ReviewDebtKinds
{
    public static readonly string[] All = { "aiGenerated", "reviewed", "stale", "pending", "unreviewed", "overdue" };
}
