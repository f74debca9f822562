using static Guardrails.Analyzers.Tests.Rules.TestIntegrity.GR4001Harness;

namespace Guardrails.Analyzers.Tests.Rules.TestIntegrity;

/// <summary>
/// GR4001: assertions in a lambda that escapes to the code under test (a callback argument, a property, field, event or
/// initializer) count; a lambda left in a local that is neither invoked nor passed on does not.
/// </summary>
public class GR4001EscapingLambdaTests
{
    private const string Sut = """
        public class Order { public int Total { get; set; } }
        public class Handler
        {
            public Handler() { }
            public Handler(System.Action<Order> onSaved) { OnSaved = onSaved; }
            public System.Action<Order> OnSaved { get; set; }
        }
        public class OrderService
        {
            public event System.EventHandler<Order> Saved;
            public void Save(Order order, Handler handler) { handler?.OnSaved?.Invoke(order); Saved?.Invoke(this, order); }
            public void Save(Order order, System.Action<Order> onSaved) => onSaved(order);
            public System.Action<Order> Callback;
        }
        """;

    [Theory]
    [InlineData("new OrderService().Save(new Order(), o => o.Total.ShouldBe(3));")]
    [InlineData("new OrderService().Save(new Order(), new Handler { OnSaved = o => o.Total.ShouldBe(3) });")]
    [InlineData("new OrderService().Save(new Order(), new Handler(o => o.Total.ShouldBe(3)));")]
    [InlineData("var handler = new Handler(); handler.OnSaved = o => Xunit.Assert.Equal(3, o.Total); new OrderService().Save(new Order(), handler);")]
    [InlineData("var service = new OrderService(); service.Callback = o => Xunit.Assert.Equal(3, o.Total); service.Callback(new Order());")]
    [InlineData("var service = new OrderService(); service.Saved += (_, o) => o.Total.ShouldBe(3); service.Save(new Order(), (Handler)null);")]
    [InlineData("System.Action<Order> check = o => o.Total.ShouldBe(3); new OrderService().Save(new Order(), check);")]
    [InlineData("System.Action<Order> check = o => o.Total.ShouldBe(3); new OrderService().Save(new Order(), new Handler { OnSaved = check });")]
    [InlineData("var checks = new System.Action<Order>[] { o => o.Total.ShouldBe(3) }; new OrderService().Save(new Order(), checks[0]);")]
    public Task AssertionInALambdaThatEscapes_Counts(string body) =>
        VerifyAsync("using Shouldly; public class OrderTests { [Xunit.Fact] public void Save_CallsBack() { " + body + " } }\n" + Sut);

    [Fact]
    public Task AssertionInALambdaStoredInAFieldOfTheTest_Counts() =>
        VerifyAsync(
            """
            public class OrderTests
            {
                private System.Action<Order> _onSaved;

                [Xunit.Fact]
                public void Save_CallsBack()
                {
                    _onSaved = o => Xunit.Assert.Equal(3, o.Total);
                    new OrderService().Save(new Order(), _onSaved);
                }
            }
            """ + Sut);

    /// <summary>The Shouldly call in it is an attempt at a check, so the message is the plain "asserts nothing".</summary>
    [Fact]
    public Task AssertionInALambdaLeftInALocal_IsNoAssertion() =>
        VerifyAsync(
            """
            using Shouldly;
            public class OrderTests
            {
                [Xunit.Fact]
                public void {|#0:Save_Works|}()
                {
                    System.Action<Order> check = o => o.Total.ShouldBe(3);
                    var copy = check;
                    new OrderService().Save(new Order(), (Handler)null);
                }
            }
            """ + Sut,
            Gr4001(0, "OrderTests.Save_Works"));
}
