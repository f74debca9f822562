using System.Diagnostics.CodeAnalysis;
using Guardrails;

namespace Contoso.Payments;

/// <summary>Moves money between accounts.</summary>
public sealed class TransferService
{
    [AiGenerated("copilot")]
    [Reviewed("alice", "2026-11-20", Fingerprint = "d3269529ea38")]
    public void Transfer(Account from, Account to, Money amount)
    {
        if (amount.Amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "A transfer must move a positive amount.");
        }

        from.Debit(amount);
        to.Credit(amount);
    }

    [ExcludeFromCodeCoverage(Justification = "Thin wrapper over the clock; covered by the integration suite.")]
    public static DateTimeOffset Now() => DateTimeOffset.UtcNow;
}
