namespace Contoso.Payments;

/// <summary>A customer account with a balance.</summary>
public sealed class Account(string id, Money openingBalance)
{
    public string Id { get; } = id;

    public Money Balance { get; private set; } = openingBalance;

    public void Credit(Money amount) => Balance = Balance.Add(amount);

    public void Debit(Money amount)
    {
        if (Balance.Amount < amount.Amount)
        {
            throw new InvalidOperationException($"Account {Id} has insufficient funds.");
        }

        Balance = Balance.Subtract(amount);
    }
}
