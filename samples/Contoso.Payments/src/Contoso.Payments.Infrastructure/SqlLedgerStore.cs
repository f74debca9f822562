using System.Diagnostics.CodeAnalysis;

namespace Contoso.Payments.Infrastructure;

/// <summary>Persists ledger entries. Infrastructure: the domain must not depend on it.</summary>
[ExcludeFromCodeCoverage]
public sealed class SqlLedgerStore
{
    private readonly List<string> _entries = [];

    public void Append(string entry) => _entries.Add(entry);

    public int Count => _entries.Count;
}
