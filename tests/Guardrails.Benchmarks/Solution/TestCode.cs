using System.Globalization;
using System.Text;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// xUnit tests of the application's order services, one file per tested feature: facts and theories that arrange an order
/// through a fake repository and assert on the result. Planted among them: tests that assert nothing (GR4001), skipped
/// tests without a tracking reference (GR4002, next to skips that have one), and suppressions of GR4001 without a
/// justification (GR4003).
/// </summary>
internal static class TestCode
{
    public static string Path(int feature) =>
        "tests/Module" + Number(feature % 20) + "/OrderService" + Number(feature) + "Tests.cs";

    /// <summary>GR4001: every 4th file has a test that asserts nothing.</summary>
    public static bool HasTestWithoutAssertion(int feature) => feature % 4 == 1;

    /// <summary>GR4002: every 5th file skips a test with a reason that names no issue.</summary>
    public static bool HasUntrackedSkip(int feature) => feature % 5 == 2;

    /// <summary>GR4003: every 8th file suppresses GR4001 with [SuppressMessage] and no justification.</summary>
    public static bool HasUnjustifiedSuppression(int feature) => feature % 8 == 3;

    public static string File(int feature)
    {
        var n = Number(feature);
        var s = new StringBuilder(6_000);
        s.Append("""
            // Copyright (c) Contoso. All rights reserved.
            using System;
            using System.Collections.Generic;
            using System.Diagnostics.CodeAnalysis;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Xunit;

            """);
        s.Append("namespace Contoso.Module").Append(Number(feature % 20)).Append(".Feature").Append(n).Append(".Tests;\n\n");
        s.Append("public sealed class OrderService").Append(n).Append("Tests\n{\n");
        s.Append("    private readonly FakeRepository _repository = new();\n\n");

        s.Append("    [Fact]\n");
        s.Append("    public async Task Process0Async_gives_no_discount_on_a_draft()\n    {\n");
        s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"A-1\", 2, 10m));\n");
        s.Append("        var service = new OrderService").Append(n).Append("(_repository);\n\n");
        s.Append("        var total = await service.Process0Async(order.Id, coupon: null, CancellationToken.None);\n\n");
        s.Append("        Assert.Equal(20m, total);\n");
        s.Append("        Assert.Equal(1, service.Processed);\n    }\n\n");

        s.Append("    [Theory]\n    [InlineData(1, 10)]\n    [InlineData(3, 30)]\n    [InlineData(7, 70)]\n");
        s.Append("    public void Total_sums_the_lines(int quantity, int expected)\n    {\n");
        s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"B-2\", quantity, 10m));\n\n");
        s.Append("        Assert.Equal(expected, order.Total);\n        Assert.Single(order.Lines);\n    }\n\n");

        s.Append("    [Fact]\n");
        s.Append("    public void Advance_submits_a_draft_with_lines()\n    {\n");
        s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"C-3\", 1, 5m));\n\n");
        s.Append("        order.Advance();\n\n");
        s.Append("        Assert.Equal(OrderState").Append(n).Append(".Submitted, order.State);\n    }\n\n");

        s.Append("    [Fact]\n");
        s.Append("    public void Add_rejects_lines_once_submitted()\n    {\n");
        s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"D-4\", 1, 5m));\n");
        s.Append("        order.Advance();\n\n");
        s.Append("        var error = Assert.Throws<InvalidOperationException>(() => order.Add(new OrderLine").Append(n).Append("(\"E-5\", 1, 1m)));\n\n");
        s.Append("        Assert.Contains(\"draft\", error.Message, StringComparison.Ordinal);\n    }\n\n");

        s.Append("    [Fact]\n");
        s.Append("    public async Task Process1Async_saves_the_order()\n    {\n");
        s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"F-6\", 4, 2.5m), new OrderLine").Append(n).Append("(\"G-7\", 1, 99m));\n");
        s.Append("        order.Advance();\n");
        s.Append("        var service = new OrderService").Append(n).Append("(_repository);\n\n");
        s.Append("        await service.Process1Async(order.Id, \"SPRING\", CancellationToken.None);\n\n");
        s.Append("        Assert.Contains(order.Id, _repository.Saved);\n");
        s.Append("        Assert.Equal(OrderState").Append(n).Append(".Paid, order.State);\n    }\n\n");

        s.Append("    [Fact]\n");
        s.Append("    public async Task Process2Async_rejects_an_unknown_order()\n    {\n");
        s.Append("        var service = new OrderService").Append(n).Append("(_repository);\n\n");
        s.Append("        await Assert.ThrowsAsync<InvalidOperationException>(() => service.Process2Async(Guid.NewGuid(), null, CancellationToken.None));\n    }\n\n");

        if (HasTestWithoutAssertion(feature))
        {
            s.Append("    [Fact]\n");
            s.Append("    public void Advance_twice_works()\n    {\n");
            s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"H-8\", 1, 5m));\n");
            s.Append("        order.Advance();\n        order.Advance();\n    }\n\n");
        }

        if (HasUntrackedSkip(feature))
        {
            s.Append("    [Fact(Skip = \"Flaky on the build agents\")]\n");
            s.Append("    public async Task Process3Async_is_idempotent()\n    {\n");
            s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"I-9\", 1, 5m));\n");
            s.Append("        var service = new OrderService").Append(n).Append("(_repository);\n\n");
            s.Append("        var first = await service.Process3Async(order.Id, null, CancellationToken.None);\n");
            s.Append("        var second = await service.Process3Async(order.Id, null, CancellationToken.None);\n\n");
            s.Append("        Assert.Equal(first, second);\n    }\n\n");
        }
        else
        {
            s.Append("    [Fact(Skip = \"Waits for the new rounding rules, CONTOSO-").Append(1000 + feature).Append("\")]\n");
            s.Append("    public async Task Process3Async_rounds_half_to_even()\n    {\n");
            s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"J-10\", 3, 0.125m));\n");
            s.Append("        var service = new OrderService").Append(n).Append("(_repository);\n\n");
            s.Append("        Assert.Equal(0.38m, await service.Process3Async(order.Id, null, CancellationToken.None));\n    }\n\n");
        }

        if (HasUnjustifiedSuppression(feature))
        {
            s.Append("    [Fact]\n");
            s.Append("    [SuppressMessage(\"Guardrails\", \"GR4001:Test without assertion\")]\n");
            s.Append("    public async Task Process4Async_runs()\n    {\n");
            s.Append("        var order = Draft(new OrderLine").Append(n).Append("(\"K-11\", 1, 5m));\n");
            s.Append("        await new OrderService").Append(n).Append("(_repository).Process4Async(order.Id, null, CancellationToken.None);\n    }\n\n");
        }

        s.Append("    private Order").Append(n).Append(" Draft(params OrderLine").Append(n).Append("[] lines)\n    {\n");
        s.Append("        var order = new Order").Append(n).Append("(Guid.NewGuid(), \"customer-").Append(n).Append("\");\n");
        s.Append("        foreach (var line in lines)\n        {\n            order.Add(line);\n        }\n\n");
        s.Append("        _repository.Orders[order.Id] = order;\n        return order;\n    }\n\n");

        s.Append("    private sealed class FakeRepository : IOrderRepository").Append(n).Append("\n    {\n");
        s.Append("        public Dictionary<Guid, Order").Append(n).Append("> Orders { get; } = new();\n\n");
        s.Append("        public List<Guid> Saved { get; } = new();\n\n");
        s.Append("        public Task<Order").Append(n).Append("?> FindAsync(Guid id, CancellationToken cancellationToken) =>\n");
        s.Append("            Task.FromResult(Orders.TryGetValue(id, out var order) ? order : null);\n\n");
        s.Append("        public Task SaveAsync(Order").Append(n).Append(" order, CancellationToken cancellationToken)\n        {\n");
        s.Append("            Saved.Add(order.Id);\n            return Task.CompletedTask;\n        }\n    }\n}\n");
        return s.ToString();
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
