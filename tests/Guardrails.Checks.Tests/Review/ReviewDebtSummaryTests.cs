using Guardrails.Checks.Review;

namespace Guardrails.Checks.Tests.Review;

public class ReviewDebtSummaryTests
{
    [Fact]
    public void ReviewDebt_IsReadFromTheGR3007ResultOfTheSarifLog()
    {
        var sarif = Path.Combine(Path.GetTempPath(), "guardrails-debt-" + Guid.NewGuid().ToString("N") + ".sarif");
        File.WriteAllText(sarif, """
            { "version": "2.1.0", "runs": [ { "results": [
              { "ruleId": "GR3001", "level": "warning", "message": { "text": "x" } },
              { "ruleId": "GR3007", "level": "note", "message": { "text": "Review debt" },
                "properties": { "warningLevel": 1, "customProperties": {
                  "aiGenerated.members": "5", "aiGenerated.lines": "40", "reviewed.members": "2", "reviewed.lines": "10",
                  "stale.members": "1", "stale.lines": "8", "pending.members": "1", "pending.lines": "12",
                  "unreviewed.members": "1", "unreviewed.lines": "10", "overdue.members": "1", "overdue.lines": "12" } } } ] } ] }
            """);
        try
        {
            var counts = ReviewDebtSummary.Read(sarif);
            var json = ReviewDebtSummary.Serialize("Contoso.Payments", counts);

            Assert.Equal((5L, 40L), counts["aiGenerated"]);
            Assert.Equal((1L, 8L), counts["stale"]);
            using var document = System.Text.Json.JsonDocument.Parse(json);
            Assert.Equal("Contoso.Payments", document.RootElement.GetProperty("project").GetString());
            Assert.Equal(12, document.RootElement.GetProperty("overdue").GetProperty("lines").GetInt32());
            Assert.Equal(2, document.RootElement.GetProperty("reviewed").GetProperty("members").GetInt32());
        }
        finally
        {
            File.Delete(sarif);
        }
    }

    [Fact]
    public void ReviewDebt_WithoutAGR3007Result_IsAllZeros_AndABrokenLogIsInvalidData()
    {
        var sarif = Path.Combine(Path.GetTempPath(), "guardrails-debt-" + Guid.NewGuid().ToString("N") + ".sarif");
        try
        {
            File.WriteAllText(sarif, """{ "version": "2.1.0", "runs": [ { "results": [] } ] }""");
            Assert.All(ReviewDebtSummary.Read(sarif).Values, v => Assert.Equal((0L, 0L), v));

            File.WriteAllText(sarif, """{ "version": "2.1.0", "runs": [ { "results": [ """);
            Assert.Throws<InvalidDataException>(() => ReviewDebtSummary.Read(sarif));
        }
        finally
        {
            File.Delete(sarif);
        }
    }
}
