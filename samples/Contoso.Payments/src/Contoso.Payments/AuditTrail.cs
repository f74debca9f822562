using Contoso.Payments.Infrastructure;

namespace Contoso.Payments;

/// <summary>Records what happened to an account.</summary>
public sealed class AuditTrail
{
    private readonly SqlLedgerStore _store = new();

    public void Record(string accountId, string what)
    {
        _store.Append($"{accountId}: {what}");
        Console.WriteLine($"audit {accountId}: {what}");
    }

    public int Count => _store.Count;
}
