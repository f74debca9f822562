using Guardrails.Checks.Coverage;
using Guardrails.Policy;
using Guardrails.Rules;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public sealed class CoverageRatchetTests : IDisposable
{
    private readonly TemporaryDirectory _temporary = new("guardrails-ratchet-");

    private string Folder => _temporary.Path;

    [Fact]
    public void Baseline_WriteThenRead_RoundTrips_WithSortedRelativeKeys()
    {
        var (_, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": { \"baseline\": \"eng/coverage-baseline.json\" }, \"exclude\": [ \"src/Gen/**\" ] } }");
        var coverage = Read(Report(
            ("Contoso.Payments", InDirectory("src/Payments/Fees.cs"), ["1:1:1/2", "2:0"]),
            ("Contoso.Orders", InDirectory("src/Orders/Cart.cs"), Lines(3, 4)),
            ("Contoso.Orders", InDirectory("src/Gen/Generated.cs"), Lines(0, 9))));

        Assert.Null(CoverageBaseline.Write(settings, coverage));
        var read = CoverageBaseline.Read(Path.Combine(Folder, "eng", "coverage-baseline.json"));

        Assert.Empty(read.Problems);
        var baseline = read.Baseline!;
        Assert.Equal(new CoverageCount(4, 6), baseline.Total!.Line);
        Assert.Equal(new CoverageCount(1, 2), baseline.Total.Branch);
        Assert.Equal(new CoverageCount(3, 4), baseline.Assemblies["Contoso.Orders"].Line);
        Assert.Null(baseline.Assemblies["Contoso.Orders"].Branch);
        Assert.Equal(["src/Orders/Cart.cs", "src/Payments/Fees.cs"], baseline.Files.Keys.Order(StringComparer.Ordinal));
        var text = File.ReadAllText(Path.Combine(Folder, "eng", "coverage-baseline.json"));
        Assert.True(text.IndexOf("Contoso.Orders", StringComparison.Ordinal) < text.IndexOf("Contoso.Payments", StringComparison.Ordinal));
        Assert.StartsWith("{\n  \"version\": 1,", text.Replace("\r\n", "\n"));
        Assert.Empty(Directory.GetFiles(Path.Combine(Folder, "eng"), "*.tmp"));
    }

    [Fact]
    public void DropBeyondTheTolerance_IsReportedAtTheRecordedFigure()
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": { \"enabled\": true } } }");
        File.WriteAllText(Path.Combine(Folder, "coverage-baseline.json"), """
            {
              "version": 1,
              "assemblies": {
                "Contoso.Payments": {
                  "line": { "covered": 19, "total": 23 }
                }
              }
            }
            """);

        var diagnostic = Assert.Single(CoverageRatchet.Evaluate(policy, settings, Read(Report(("Contoso.Payments", InDirectory("src/Fees.cs"), Lines(17, 23))))));

        Assert.Equal(RuleIds.GR2003, diagnostic.RuleId);
        Assert.Equal(Path.Combine(Folder, "coverage-baseline.json"), diagnostic.File);
        Assert.Equal((5, 7), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("line:ratchet:assembly:Contoso.Payments", diagnostic.Symbol);
        Assert.StartsWith("Line coverage of assembly Contoso.Payments fell from 82.6% (19 of 23 lines) to 73.91% (17 of 23 lines); the ratchet allows no drop.", diagnostic.Message);
        Assert.Contains("`dotnet test -p:GuardrailsUpdateCoverageBaseline=true`", diagnostic.Message);
    }

    [Theory]
    [InlineData(795, false)]
    [InlineData(794, true)]
    public void Tolerance_IsInPercentagePoints(int covered, bool reported)
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": { \"file\": \"ratchet.json\", \"tolerance\": 0.5 } } }");
        var recorded = new CoverageBaseline(
            new BaselineEntry(new CoverageCount(80, 100), null, new SourcePosition(3, 3)),
            new Dictionary<string, BaselineEntry>(),
            new Dictionary<string, BaselineEntry>());

        var result = CoverageRatchet.Evaluate(policy, settings, Read(Report(("A", InDirectory("src/A.cs"), Lines(covered, 1000)))), recorded);

        Assert.Equal(reported, result.Count == 1);
        Assert.All(result, d => Assert.Contains("more than the tolerance of 0.5 percentage points", d.Message));
        Assert.Equal(Path.Combine(Folder, "ratchet.json"), settings.Ratchet.BaselinePath);
    }

    [Fact]
    public void FilesThatDisappeared_OrAreNew_AreNotCompared()
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": {} } }");
        var recorded = CoverageBaseline.Create(settings, Read(Report(("A", InDirectory("src/Deleted.cs"), Lines(10, 10)), ("A", InDirectory("src/Kept.cs"), Lines(5, 10)))));
        var now = Read(Report(("A", InDirectory("src/Kept.cs"), Lines(5, 10)), ("A", InDirectory("src/New.cs"), Lines(0, 10))));

        var result = CoverageRatchet.Evaluate(policy, settings, now, recorded);

        Assert.Equal(["line:ratchet:assembly:A", "line:ratchet:total"], result.Select(d => d.Symbol).Order());
    }

    [Fact]
    public void MissingBaseline_IsGR0002AtTheRatchetKey_SayingHowToCreateIt()
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{\n  \"coverage\": {\n    \"ratchet\": { \"enabled\": true }\n  }\n}");

        var diagnostic = Assert.Single(CoverageRatchet.Evaluate(policy, settings, Read(Report(("A", InDirectory("src/A.cs"), Lines(1, 2))))));

        Assert.Equal(RuleIds.GR0002, diagnostic.RuleId);
        Assert.Equal(Path.Combine(Folder, "guardrails.json"), diagnostic.File);
        Assert.Equal((3, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("`dotnet test -p:GuardrailsUpdateCoverageBaseline=true`", diagnostic.Message);
    }

    [Theory]
    [InlineData("{\n  \"version\": 1,\n  \"files\": { \"a\": \n}", 4, "not valid JSON")]
    [InlineData("{\n  \"version\": 2\n}", 2, "\"version\": 1")]
    [InlineData("{\n  \"version\": 1,\n  \"files\": {\n    \"src/A.cs\": { \"line\": { \"covered\": 5, \"total\": 4 } }\n  }\n}", 4, "covered no more than total")]
    [InlineData("{ \"version\": 1, \"files\": [] }", 1, "must be objects")]
    public void BrokenBaseline_IsGR0002AtTheFault(string json, int line, string expected)
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": { \"enabled\": true } } }");
        File.WriteAllText(settings.Ratchet.BaselinePath, json);

        var diagnostic = Assert.Single(CoverageRatchet.Evaluate(policy, settings, Read(Report(("A", InDirectory("src/A.cs"), Lines(1, 2))))));

        Assert.Equal(RuleIds.GR0002, diagnostic.RuleId);
        Assert.Equal(settings.Ratchet.BaselinePath, diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.Contains(expected, diagnostic.Message);
    }

    [Fact]
    public void RatchetSwitchedOff_ReadsNothing()
    {
        var (policy, settings) = LoadPolicyAt(Folder, "{ \"coverage\": { \"ratchet\": { \"enabled\": false } } }");

        Assert.Empty(CoverageRatchet.Evaluate(policy, settings, Read(Report(("A", InDirectory("src/A.cs"), Lines(1, 2))))));
        Assert.False(settings.NeedsCoverage);
    }

    public void Dispose() => _temporary.Dispose();

    private string InDirectory(string relative) => CoveragePaths.ToSlashes(Path.Combine(Folder, relative));
}
