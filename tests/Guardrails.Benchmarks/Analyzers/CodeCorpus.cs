using System.Globalization;
using System.Text;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// Generates a realistic application: per file an enum, a record, a repository interface, an entity and a service with
/// async methods, LINQ, pattern matching and string interpolation. Some members carry [ExcludeFromCodeCoverage] with a
/// justification, some without, some with a placeholder one.
/// </summary>
internal static class CodeCorpus
{
    public const int Files = 200;

    public const int MethodsPerFile = 5;

    public static Corpus Generate() => Generate(Files);

    /// <summary>The corpus with <paramref name="files"/> order files (about 281 lines each) spread over 20 modules.</summary>
    public static Corpus Generate(int files)
    {
        var sources = new List<(string Path, string Text)>(files + 1);
        var expected = 0;
        var lines = 0;
        for (var f = 0; f < files; f++)
        {
            var text = File(f, ref expected);
            lines += text.Count(c => c == '\n');
            sources.Add(("src/Module" + (f % 20).ToString(CultureInfo.InvariantCulture) + "/Orders" + f.ToString(CultureInfo.InvariantCulture) + ".cs", text));
        }

        const string assemblyInfo = """
            using System.Diagnostics.CodeAnalysis;

            [assembly: ExcludeFromCodeCoverage(Justification = "Generated benchmark corpus; the assembly-level path is exercised too.")]
            """;
        sources.Add(("src/AssemblyInfo.cs", assemblyInfo));
        lines += assemblyInfo.Count(c => c == '\n') + 1;
        return new Corpus(sources, expected, lines);
    }

    /// <summary>Modules with a legacy file each (<see cref="GenerateWithLegacyCode"/>).</summary>
    public const int LegacyFiles = 20;

    /// <summary>
    /// The same corpus plus one legacy file per module that uses what a typical banned-API list names: the console, the
    /// system clock, Thread.Sleep, File, Random, StringBuilder, non-generic collections, GC.Collect, Environment.Exit.
    /// For the banned-API benchmarks; the GR2004 benchmark keeps using <see cref="Generate"/>.
    /// </summary>
    public static Corpus GenerateWithLegacyCode()
    {
        var corpus = Generate();
        var sources = new List<(string Path, string Text)>(corpus.Sources);
        var lines = corpus.Lines;
        for (var m = 0; m < LegacyFiles; m++)
        {
            var text = LegacyFile(m);
            lines += text.Count(c => c == '\n');
            sources.Add(("src/Module" + m.ToString(CultureInfo.InvariantCulture) + "/Legacy/LegacyBridge.cs", text));
        }

        return new Corpus(sources, corpus.ExpectedGr2004, lines);
    }

    /// <summary>The legacy file of module <paramref name="m"/> (see <see cref="GenerateWithLegacyCode"/>).</summary>
    public static string LegacyFile(int m)
    {
        var n = m.ToString(CultureInfo.InvariantCulture);
        return """
            // Copyright (c) Contoso. All rights reserved.
            using System;
            using System.Collections;
            using System.IO;
            using System.Text;
            using System.Threading;

            """ + "namespace Contoso.Module" + n + ".Legacy;\n\n" + "public sealed class LegacyBridge" + n + """

            {
                private readonly Random _random = new Random(42);
                private readonly ArrayList _log = new ArrayList();
                private readonly Hashtable _cache = new Hashtable();

                /// <summary>Stamps a line like <see cref="DateTime.Now"/> did in the old system.</summary>
                public string Stamp() => DateTime.Now.ToString("O") + " " + DateTime.UtcNow.Ticks.ToString();

                public void Log(string message)
                {
                    Console.WriteLine(message);
                    _log.Add(message);
                }

                public string Load(string path)
                {
                    if (!File.Exists(path))
                    {
                        return string.Empty;
                    }

                    var text = File.ReadAllText(path);
                    File.WriteAllText(path + ".bak", text);
                    return text;
                }

                public int Retry(Func<int> action)
                {
                    for (var i = 0; i < 3; i++)
                    {
                        try
                        {
                            return action();
                        }
                        catch (IOException)
                        {
                            Thread.Sleep(10 * i);
                        }
                    }

                    return _random.Next();
                }

                public string Describe(object[] items)
                {
                    var text = new StringBuilder();
                    foreach (var item in items)
                    {
                        text.Append(item).Append(',');
                    }

                    _cache[text.ToString()] = items.Length;
                    return text.ToString();
                }

                public void Shutdown(int code)
                {
                    GC.Collect();
                    if (code > 0)
                    {
                        Environment.Exit(code);
                    }
                }
            }

            """;
    }

    private static string File(int f, ref int expected)
    {
        var n = f.ToString(CultureInfo.InvariantCulture);
        var s = new StringBuilder(12_000);
        s.Append("""
            // Copyright (c) Contoso. All rights reserved.
            using System;
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;

            """);
        s.Append("namespace Contoso.Module").Append(f % 20).Append(".Feature").Append(n).Append(";\n\n");
        s.Append("public enum OrderState").Append(n).Append("\n{\n    Draft,\n    Submitted,\n    Paid,\n    Shipped,\n    Cancelled,\n}\n\n");

        s.Append("public sealed record OrderLine").Append(n).Append("(string Sku, int Quantity, decimal UnitPrice)\n{\n");
        s.Append("    public decimal Total => Quantity * UnitPrice;\n}\n\n");

        s.Append("public interface IOrderRepository").Append(n).Append("\n{\n");
        s.Append("    Task<Order").Append(n).Append("?> FindAsync(Guid id, CancellationToken cancellationToken);\n\n");
        s.Append("    Task SaveAsync(Order").Append(n).Append(" order, CancellationToken cancellationToken);\n}\n\n");

        // The entity: every 4th file excludes it whole, with a justification.
        if (f % 4 == 0)
        {
            s.Append("[ExcludeFromCodeCoverage(Justification = \"Plain data holder; covered through the service tests.\")]\n");
        }

        s.Append("public sealed class Order").Append(n).Append("\n{\n");
        s.Append("    private readonly List<OrderLine").Append(n).Append("> _lines = new();\n\n");
        s.Append("    public Order").Append(n).Append("(Guid id, string customer)\n    {\n");
        s.Append("        Id = id;\n        Customer = customer ?? throw new ArgumentNullException(nameof(customer));\n    }\n\n");
        s.Append("    public Guid Id { get; }\n\n");
        if (f % 5 == 0)
        {
            // A placeholder justification: GR2004 reports it.
            s.Append("    [ExcludeFromCodeCoverage(Justification = \"TODO\")]\n");
            expected++;
        }

        s.Append("    public string Customer { get; }\n\n");
        s.Append("    public OrderState").Append(n).Append(" State { get; private set; }\n\n");
        s.Append("    public IReadOnlyList<OrderLine").Append(n).Append("> Lines => _lines;\n\n");
        s.Append("    public decimal Total => _lines.Sum(line => line.Total);\n\n");
        s.Append("    public void Add(OrderLine").Append(n).Append(" line)\n    {\n");
        s.Append("        ArgumentNullException.ThrowIfNull(line);\n");
        s.Append("        if (State != OrderState").Append(n).Append(".Draft)\n        {\n");
        s.Append("            throw new InvalidOperationException($\"Order {Id} is {State}; lines can only be added to a draft.\");\n        }\n\n");
        s.Append("        _lines.Add(line);\n    }\n\n");
        s.Append("    public void Advance()\n    {\n");
        s.Append("        State = State switch\n        {\n");
        s.Append("            OrderState").Append(n).Append(".Draft when _lines.Count > 0 => OrderState").Append(n).Append(".Submitted,\n");
        s.Append("            OrderState").Append(n).Append(".Submitted => OrderState").Append(n).Append(".Paid,\n");
        s.Append("            OrderState").Append(n).Append(".Paid => OrderState").Append(n).Append(".Shipped,\n");
        s.Append("            _ => throw new InvalidOperationException($\"Order {Id} cannot advance from {State}.\"),\n");
        s.Append("        };\n    }\n}\n\n");

        s.Append("public sealed class OrderService").Append(n).Append("\n{\n");
        s.Append("    private readonly IOrderRepository").Append(n).Append(" _repository;\n");
        s.Append("    private readonly Dictionary<string, decimal> _discounts = new(StringComparer.Ordinal);\n\n");
        s.Append("    public OrderService").Append(n).Append("(IOrderRepository").Append(n).Append(" repository)\n    {\n");
        s.Append("        _repository = repository ?? throw new ArgumentNullException(nameof(repository));\n    }\n\n");
        s.Append("    public int Processed { get; private set; }\n");
        for (var m = 0; m < MethodsPerFile; m++)
        {
            Method(s, f, m, ref expected);
        }

        s.Append("}\n");
        return s.ToString();
    }

    private static void Method(StringBuilder s, int f, int m, ref int expected)
    {
        var n = f.ToString(CultureInfo.InvariantCulture);
        var k = (f * MethodsPerFile) + m;
        s.Append('\n');
        switch (k % 11)
        {
            case 3:
                s.Append("    [ExcludeFromCodeCoverage(Justification = \"Calls the payment gateway; covered by the contract tests.\")]\n");
                break;
            case 7:
                // No justification at all: GR2004 reports it.
                s.Append("    [ExcludeFromCodeCoverage]\n");
                expected++;
                break;
        }

        s.Append("    /// <summary>Prices and saves an order, variant ").Append(m).Append(".</summary>\n");
        s.Append("    public async Task<decimal> Process").Append(m).Append("Async(Guid id, string? coupon, CancellationToken cancellationToken)\n    {\n");
        s.Append("        var order = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false);\n");
        s.Append("        if (order is null)\n        {\n");
        s.Append("            throw new InvalidOperationException($\"Order {id} was not found.\");\n        }\n\n");
        s.Append("        var discount = order.State switch\n        {\n");
        s.Append("            OrderState").Append(n).Append(".Draft => 0m,\n");
        s.Append("            OrderState").Append(n).Append(".Submitted when coupon is not null && _discounts.TryGetValue(coupon, out var rate) => rate,\n");
        s.Append("            OrderState").Append(n).Append(".Submitted => ").Append(m + 1).Append("m / 100m,\n");
        s.Append("            _ => 0.05m,\n        };\n\n");
        s.Append("        var total = 0m;\n");
        s.Append("        foreach (var line in order.Lines.Where(l => l.Quantity > ").Append(m % 4).Append(").OrderBy(l => l.Sku, StringComparer.Ordinal))\n        {\n");
        s.Append("            total += line.Total * (1 - discount);\n");
        s.Append("            if (total > ").Append(1000 + (m * 250)).Append("m)\n            {\n");
        s.Append("                total -= ").Append(10 + m).Append("m;\n            }\n        }\n\n");
        s.Append("        var skus = string.Join(\",\", order.Lines.Select(l => l.Sku).Distinct());\n");
        s.Append("        if (skus.Length == 0)\n        {\n            return 0m;\n        }\n\n");
        s.Append("        order.Advance();\n");
        s.Append("        await _repository.SaveAsync(order, cancellationToken).ConfigureAwait(false);\n");
        s.Append("        Processed++;\n");
        s.Append("        return Math.Round(total, 2, MidpointRounding.ToEven);\n    }\n");
    }
}

internal sealed record Corpus(IReadOnlyList<(string Path, string Text)> Sources, int ExpectedGr2004, int Lines);
