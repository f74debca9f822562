namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>
/// A small but realistic shop application (five files) and one BannedSymbols.txt, given to both BannedApiAnalyzers and
/// GR1101. The code uses the banned APIs in every way BannedApiAnalyzers looks at: calls, constructors (explicit and
/// target-typed), properties, fields, events, method groups, user-defined operators and conversions, typeof, arrays,
/// pointers, generic arguments, base lists, attributes, crefs, overrides, extension methods and whole namespaces.
/// </summary>
internal static class ConformanceSample
{
    public const string BannedSymbols = """
        // Contoso.Shop banned APIs: shared with BannedApiAnalyzers
        T:System.Console;use ILogger<T>
        P:System.DateTime.Now;use IClock // time must be testable
        M:System.IO.File.ReadAllText(System.String);use IFileStore
        M:System.IO.File.WriteAllText(System.String,System.String)
        M:System.Threading.Thread.Sleep(System.Int32);use Task.Delay
        N:Contoso.Shop.Legacy;being removed in 2027
        T:System.Text.StringBuilder
        M:Contoso.Shop.Domain.Money.op_Addition(Contoso.Shop.Domain.Money,Contoso.Shop.Domain.Money)
        M:Contoso.Shop.Domain.Money.op_Implicit(System.Decimal)~Contoso.Shop.Domain.Money
        M:Contoso.Shop.Domain.Entity.Describe;describe with a formatter
        M:System.Linq.Enumerable.First``1(System.Collections.Generic.IEnumerable{``0})
        T:System.Random;use RandomNumberGenerator
        M:System.Guid.NewGuid;use IIdGenerator
        E:Contoso.Shop.Domain.OrderBook.OrderPlaced
        F:System.String.Empty
        T:System.Collections.ArrayList
        M:System.Environment.Exit(System.Int32)
        T:System.ObsoleteAttribute
        M:System.Collections.Generic.List`1.Sort
        T:System.Diagnostics.Process
        M:System.Threading.Tasks.Task.Run(System.Action)
        T:Contoso.Shop.Domain.Catalog.Entry
        P:Contoso.Shop.Domain.Catalog.Item(System.String)
        M:Contoso.Shop.Domain.Money.#ctor(System.Decimal,System.String)
        T:System.Collections.Generic.LinkedList`1
        """;

    public static readonly (string Path, string Text)[] Files =
    {
        ("src/Domain.cs", """
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Contoso.Shop.Domain
            {
                /// <summary>An amount in a currency. Not <see cref="System.Random"/>, not <see cref="Console.WriteLine(string)"/>.</summary>
                public readonly struct Money : IEquatable<Money>
                {
                    public Money(decimal amount, string currency)
                    {
                        Amount = amount;
                        Currency = currency;
                    }

                    public Money(decimal amount)
                        : this(amount, "EUR")
                    {
                    }

                    public decimal Amount { get; }

                    public string Currency { get; }

                    public static Money Zero => new Money(0m, "EUR");

                    public static Money operator +(Money left, Money right) => new Money(left.Amount + right.Amount, left.Currency);

                    public static Money operator -(Money left, Money right) => new Money(left.Amount - right.Amount, left.Currency);

                    public static Money operator *(Money left, int factor) => new Money(left.Amount * factor, left.Currency);

                    public static bool operator ==(Money left, Money right) => left.Equals(right);

                    public static bool operator !=(Money left, Money right) => !left.Equals(right);

                    public static implicit operator Money(decimal amount) => new Money(amount, "EUR");

                    public static explicit operator decimal(Money money) => money.Amount;

                    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

                    public override bool Equals(object? obj) => obj is Money other && Equals(other);

                    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

                    public override string ToString() => Amount.ToString("0.00") + " " + Currency;
                }

                public abstract class Entity
                {
                    protected Entity(Guid id) => Id = id;

                    public Guid Id { get; }

                    public virtual string Describe() => GetType().Name + " " + Id;
                }

                public sealed class Customer : Entity
                {
                    public Customer(Guid id, string name)
                        : base(id) => Name = name;

                    public string Name { get; }

                    public override string Describe() => "Customer " + Name;
                }

                public enum OrderState { Draft, Placed, Paid, Shipped }

                public sealed record OrderLine(string Sku, int Quantity, Money UnitPrice)
                {
                    public Money Total => UnitPrice * Quantity;
                }

                public sealed class Order : Entity
                {
                    private readonly List<OrderLine> _lines = new();

                    public Order(Guid id, Customer customer)
                        : base(id) => Customer = customer;

                    public Customer Customer { get; }

                    public OrderState State { get; private set; }

                    public DateTime PlacedAt { get; private set; }

                    public IReadOnlyList<OrderLine> Lines => _lines;

                    public Money Total => _lines.Aggregate(Money.Zero, (sum, line) => sum + line.Total);

                    public void Add(OrderLine line) => _lines.Add(line);

                    public void Place(DateTime now)
                    {
                        State = OrderState.Placed;
                        PlacedAt = now;
                    }

                    public override string Describe() => "Order " + Id + " for " + Customer.Describe();
                }

                public sealed class OrderPlacedEventArgs : EventArgs
                {
                    public OrderPlacedEventArgs(Order order) => Order = order;

                    public Order Order { get; }
                }

                public sealed class OrderBook
                {
                    private readonly Dictionary<Guid, Order> _orders = new();

                    public event EventHandler<OrderPlacedEventArgs>? OrderPlaced;

                    public void Place(Order order, DateTime now)
                    {
                        order.Place(now);
                        _orders[order.Id] = order;
                        OrderPlaced?.Invoke(this, new OrderPlacedEventArgs(order));
                    }

                    public Order? Find(Guid id) => _orders.TryGetValue(id, out var order) ? order : null;

                    public IEnumerable<Order> All => _orders.Values;
                }

                public sealed class Catalog
                {
                    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

                    public sealed class Entry
                    {
                        public Entry(string sku, Money price)
                        {
                            Sku = sku;
                            Price = price;
                        }

                        public string Sku { get; }

                        public Money Price { get; }
                    }

                    public Money this[string sku] => _entries[sku].Price;

                    public void Add(string sku, Money price) => _entries[sku] = new Entry(sku, price);

                    public bool Contains(string sku) => _entries.ContainsKey(sku);
                }
            }
            """),
        ("src/Legacy.cs", """
            using System;
            using System.Collections.Generic;

            namespace Contoso.Shop.Legacy
            {
                [AttributeUsage(AttributeTargets.All)]
                public sealed class LegacyAttribute : Attribute
                {
                    public LegacyAttribute(string note = "") => Note = note;

                    public string Note { get; }

                    public Type? Replacement { get; set; }
                }

                public static class LegacyLog
                {
                    public static void Write(string message) => Console.WriteLine("[legacy] " + message);
                }

                public class LegacyCache<T>
                {
                    private readonly Dictionary<string, T> _items = new();

                    public T? Get(string key) => _items.TryGetValue(key, out var value) ? value : default;

                    public void Put(string key, T value) => _items[key] = value;
                }

                public abstract class LegacyRepository
                {
                    public abstract void Save(object entity);
                }
            }

            namespace Contoso.Shop.Legacy.Interop
            {
                public struct NativeHandle
                {
                    public int Value;
                }
            }
            """),
        ("src/Services.cs", """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Contoso.Shop.Domain;
            using Contoso.Shop.Legacy;

            namespace Contoso.Shop.Services
            {
                public interface IClock
                {
                    DateTime Now { get; }
                }

                /// <summary>The system clock; unlike <see cref="DateTime.Now"/> it can be replaced in tests.</summary>
                public sealed class SystemClock : IClock
                {
                    public DateTime Now => DateTime.Now;
                }

                /// <summary>Places orders. Logs through <see cref="LegacyLog"/> until the new logger lands.</summary>
                [Legacy("still logs the old way", Replacement = typeof(SystemClock))]
                public sealed class OrderService
                {
                    private readonly OrderBook _book;
                    private readonly IClock _clock;
                    private readonly Catalog _catalog;
                    private readonly LegacyCache<Order> _cache = new LegacyCache<Order>();
                    private readonly List<LegacyCache<Order>> _caches = new();
                    private readonly Random _random = new();

                    public OrderService(OrderBook book, IClock clock, Catalog catalog)
                    {
                        _book = book;
                        _clock = clock;
                        _catalog = catalog;
                        _book.OrderPlaced += OnOrderPlaced;
                        _caches.Add(_cache);
                    }

                    public Order Create(Customer customer)
                    {
                        var order = new Order(Guid.NewGuid(), customer);
                        _cache.Put(order.Id.ToString(), order);
                        return order;
                    }

                    public Money Price(Order order, string coupon)
                    {
                        Money total = 0m;
                        foreach (var line in order.Lines)
                        {
                            total = total + line.Total;
                            total += _catalog.Contains(line.Sku) ? _catalog[line.Sku] : Money.Zero;
                        }

                        var discount = coupon == string.Empty ? 0m : 0.05m;
                        return total - (decimal)total * discount;
                    }

                    public void Place(Order order)
                    {
                        _book.Place(order, _clock.Now);
                        Console.WriteLine($"Placed {order.Describe()} at {DateTime.Now:O}");
                        LegacyLog.Write(order.Describe());
                    }

                    public string Report()
                    {
                        var text = new StringBuilder();
                        foreach (var order in _book.All.OrderBy(o => o.PlacedAt))
                        {
                            text.Append(order.Id).Append(';').Append(order.Total).AppendLine();
                        }

                        var first = _book.All.First();
                        text.Append("first: ").Append(first.Id);
                        return text.ToString();
                    }

                    public void Retry(Action action, int attempts)
                    {
                        for (var i = 0; i < attempts; i++)
                        {
                            try
                            {
                                action();
                                return;
                            }
                            catch (IOException)
                            {
                                Thread.Sleep(100 * (i + 1));
                            }
                        }
                    }

                    public Task Background(Action action) => Task.Run(action);

                    public int Roll() => _random.Next(1, 7);

                    public Type CacheType() => typeof(LegacyCache<>);

                    public LegacyCache<Order>[] Shards() => new LegacyCache<Order>[4];

                    public Func<Guid> IdFactory() => Guid.NewGuid;

                    public void Sort(List<int> values) => values.Sort();

                    public void Keep(LinkedList<Order> history, Order order) => history.AddLast(order);

                    public object Entry(string sku) => new Catalog.Entry(sku, new Money(1m, "EUR"));

                    [Obsolete("use Place")]
                    public void PlaceNow(Order order) => Place(order);

                    private void OnOrderPlaced(object? sender, OrderPlacedEventArgs e)
                    {
                        Console.Out.WriteLine(e.Order.Describe());
                    }
                }

                public sealed class SqlRepository : LegacyRepository
                {
                    public override void Save(object entity)
                    {
                        var entry = (entity as Entity)?.Describe() ?? string.Empty;
                        File.WriteAllText("audit.log", entry);
                    }
                }

                public sealed class Exporter
                {
                    public System.Collections.ArrayList Rows { get; } = new System.Collections.ArrayList();

                    public string Load(string path) => File.ReadAllText(path);

                    public async Task<string> LoadAsync(string path) => await File.ReadAllTextAsync(path).ConfigureAwait(false);

                    public void Open(string file) => System.Diagnostics.Process.Start("notepad", file);
                }
            }
            """),
        ("src/Infrastructure.cs", """
            using System;
            using System.Collections.Generic;
            using Contoso.Shop.Domain;
            using Contoso.Shop.Legacy.Interop;

            namespace Contoso.Shop.Infrastructure
            {
                public sealed class HandleTable
                {
                    private readonly Dictionary<int, NativeHandle> _handles = new();

                    public unsafe int Read(NativeHandle handle)
                    {
                        NativeHandle* pointer = &handle;
                        return pointer->Value;
                    }

                    public void Register(int id)
                    {
                        NativeHandle handle = new();
                        handle.Value = id;
                        _handles[id] = handle;
                    }
                }

                public sealed class Seeder
                {
                    public Catalog Seed()
                    {
                        var catalog = new Catalog();
                        catalog.Add("SKU-1", new Money(9.99m, "EUR"));
                        catalog.Add("SKU-2", 19.99m);
                        Money sum = new Money(1m) + new Money(2m);
                        catalog.Add("SKU-3", sum);
                        return catalog;
                    }

                    public string Describe(Entity entity) => entity.Describe();

                    public string DescribeCustomer(Customer customer) => customer.Describe();
                }
            }
            """),
        ("src/Program.cs", """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Contoso.Shop.Domain;
            using Contoso.Shop.Services;

            namespace Contoso.Shop
            {
                public static class Program
                {
                    public static async Task<int> Main(string[] args)
                    {
                        var book = new OrderBook();
                        var clock = new SystemClock();
                        var service = new OrderService(book, clock, new Catalog());
                        var customer = new Customer(Guid.NewGuid(), args.FirstOrDefault() ?? "anonymous");
                        var order = service.Create(customer);
                        order.Add(new OrderLine("SKU-1", 2, 9.99m));
                        service.Place(order);
                        book.OrderPlaced += (sender, e) => Console.Error.WriteLine(e.Order.Id);
                        await service.Background(() => Console.WriteLine(service.Report())).ConfigureAwait(false);
                        if (args.Length > 3)
                        {
                            Environment.Exit(2);
                        }

                        Console.WriteLine(string.Join(",", args.Select(a => a.Length).ToList().First()));
                        return 0;
                    }
                }
            }
            """),
    };
}
