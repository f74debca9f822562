using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public sealed class CoverageSummaryTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new("guardrails-summary-");

    private string Folder => _temporary.Path;

    [Fact]
    public void SummaryFile_HoldsCountsPercentsAndThresholds()
    {
        var (_, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"line\": 80, \"assemblies\": { \"Contoso.*\": { \"branch\": 50 } } } }");
        var coverage = Read(Report(("Contoso.Payments", InDirectory("src/Fees.cs"), ["1:1:1/2", "2:0", "3:1"])));
        var path = Path.Combine(Folder, "out", "coverage-summary.json");

        Assert.Null(CoverageSummaryFile.Write(path, CoverageSummary.Create(settings, coverage)));

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var total = json.RootElement.GetProperty("total").GetProperty("line");
        Assert.Equal(2, total.GetProperty("covered").GetInt64());
        Assert.Equal("66.66", total.GetProperty("percent").GetString());
        Assert.False(total.GetProperty("met").GetBoolean());
        var branch = json.RootElement.GetProperty("assemblies").GetProperty("Contoso.Payments").GetProperty("branch");
        Assert.True(branch.GetProperty("met").GetBoolean());
    }

    public void Dispose() => _temporary.Dispose();

    private string InDirectory(string relative) => CoveragePaths.ToSlashes(Path.Combine(Folder, relative));
}
