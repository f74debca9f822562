namespace Contoso.Payments.Tests;

public class TransferServiceTests
{
    [Fact]
    public void Transfer_MovesTheAmount()
    {
        var from = new Account("A", new Money(100m, "EUR"));
        var to = new Account("B", Money.Zero("EUR"));

        new TransferService().Transfer(from, to, new Money(40m, "EUR"));

        Assert.Equal(60m, from.Balance.Amount);
        Assert.Equal(40m, to.Balance.Amount);
    }

    [Fact]
    public void Transfer_WithInsufficientFunds_Throws()
    {
        var from = new Account("A", new Money(10m, "EUR"));
        var to = new Account("B", Money.Zero("EUR"));

        Assert.Throws<InvalidOperationException>(() => new TransferService().Transfer(from, to, new Money(40m, "EUR")));
    }

    [Fact]
    public void Transfer_OfMixedCurrencies_Throws()
    {
        var from = new Account("A", new Money(100m, "EUR"));
        var to = new Account("B", Money.Zero("USD"));

        Assert.Throws<InvalidOperationException>(() => new TransferService().Transfer(from, to, new Money(40m, "EUR")));
    }
}
