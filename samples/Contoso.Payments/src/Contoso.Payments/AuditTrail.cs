using Contoso.Payments.Infrastructure;
using Guardrails;

namespace Contoso.Payments;

/// <summary>Records what happened to an account. The policy puts this file in the security area (review.areas).</summary>
public sealed class AuditTrail
{
    private readonly SqlLedgerStore _store = new();

    // Reviewed, but by alice, who is in 'payments', not in 'security' (GR3004).
    [Reviewed("alice", "2026-11-20", Fingerprint = "8c04a9376f9e")]
    public void Record(string accountId, string what)
    {
        _store.Append($"{accountId}: {what}");
        Console.WriteLine($"audit {accountId}: {what}");
    }

    // Deletes files and nobody reviewed it (GR3002).
    public static void Purge(string exportPath) => File.Delete(exportPath);

    // The review was asked for long ago (GR3005 with review.slaDays = 5).
    [ReviewPending("2026-11-02", Reviewer = "dana")]
    public int Count => _store.Count;
}
