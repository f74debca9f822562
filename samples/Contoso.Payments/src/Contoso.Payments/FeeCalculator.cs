using Guardrails;

namespace Contoso.Payments;

/// <summary>Fee rules an agent wrote; a person reviewed them, and one changed afterwards.</summary>
public static class FeeCalculator
{
    [AiGenerated("copilot", Date = "2026-11-18")]
    [Reviewed("alice", "2026-11-20", Fingerprint = "4ff84a46a54e")]
    public static decimal Percent(decimal amount, decimal rate) => amount * rate / 100m;

    // Reviewed when it charged 0.50 below 100; an agent changed the threshold afterwards, so the review is stale (GR3003).
    [AiGenerated("copilot", Date = "2026-11-18")]
    [Reviewed("alice", "2026-11-20", Fingerprint = "28ce9dbd2036")]
    public static decimal Flat(decimal amount) => amount < 250m ? 0.50m : 1.00m;
}
