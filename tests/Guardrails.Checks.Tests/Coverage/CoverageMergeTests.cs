using CsCheck;
using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public class CoverageMergeTests
{
    [Fact]
    public void SameFileInTwoReports_UnionOfLines_HitsAdded_BestBranchFigures()
    {
        var net8 = Read(Report(("Contoso.Payments", "src/Fees.cs", ["1:2", "2:0", "3:1:1/4", "5:0"])));
        var net10 = Read(Report(("Contoso.Payments", "src/Fees.cs", ["1:3", "2:0", "3:0:3/4", "4:1"])));

        var merged = CoverageData.Merge([net8, net10]);

        var file = Assert.Single(Assert.Single(merged.Assemblies).Files);
        Assert.Equal([1, 2, 3, 4, 5], file.Lines.Keys.Order());
        Assert.Equal(5, file.Lines[1].Hits);
        Assert.Equal(1, file.Lines[3].Hits);
        Assert.Equal(3, file.Lines[3].CoveredBranches);
        Assert.Equal(4, file.Lines[3].TotalBranches);
        Assert.Equal(new CoverageCount(3, 5), merged.Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(3, 4), merged.Count(CoverageMetric.Branch));
    }

    [Fact]
    public void AssembliesMatchByNameIgnoringCase_FilesStaySeparate()
    {
        var first = Read(Report(("Contoso.Payments", "src/A.cs", ["1:1"])));
        var second = Read(Report(("contoso.payments", "src/B.cs", ["1:0"]), ("Contoso.Orders", "src/C.cs", ["1:1"])));

        var merged = CoverageData.Merge([first, second]);

        Assert.Equal(["Contoso.Orders", "Contoso.Payments"], merged.Assemblies.Select(a => a.Name));
        Assert.Equal(2, merged.Assemblies[1].Files.Count);
        Assert.Equal(3, merged.Files.Count);
    }

    [Fact]
    public void FileInTwoAssemblies_CountsOnceInTheTotal()
    {
        var coverage = Read(Report(("Contoso.A", "src/Shared/Clock.cs", ["1:0", "2:0"]), ("Contoso.B", "src/Shared/Clock.cs", ["1:1", "2:0"])));

        Assert.Equal(new CoverageCount(0, 2), coverage.Assemblies[0].Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(1, 2), coverage.Assemblies[1].Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(1, 2), coverage.Count(CoverageMetric.Line));
    }

    [Theory]
    [InlineData(Seeding.Fixed)]
    [InlineData(Seeding.Random)]
    public void Merge_IsCommutativeAndAssociative(Seeding seeding)
    {
        var line = Gen.Select(Gen.Int[0, 3], Gen.Int[1, 30], Gen.Long[0, 5], Gen.Int[0, 4], Gen.Int[0, 4]);
        var report = line.Array[0, 40].Select(Build);

        PropertyRun.Check(
            Gen.Select(report, report, report),
            t =>
            {
                var (a, b, c) = t;
                var left = Snapshot(CoverageData.Merge([CoverageData.Merge([a, b]), c]));
                var right = Snapshot(CoverageData.Merge([c, CoverageData.Merge([b, a])]));
                return left == right;
            },
            seeding,
            1000);
    }

    private static CoverageData Build((int File, int Line, long Hits, int Covered, int Extra)[] lines)
    {
        var files = new Dictionary<int, FileCoverage>();
        foreach (var (fileIndex, number, hits, covered, extra) in lines)
        {
            if (!files.TryGetValue(fileIndex, out var file))
            {
                file = new FileCoverage(RepoPath("src/F" + fileIndex + ".cs"));
                files.Add(fileIndex, file);
            }

            file.AddLine(number, new LineCoverage(hits, covered, covered + extra), sameReport: true);
        }

        return new CoverageData([new AssemblyCoverage("A", files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList())]);
    }

    private static string Snapshot(CoverageData data) =>
        string.Join(
            ";",
            data.Files.SelectMany(f => f.Lines.OrderBy(l => l.Key).Select(l => f.Path + ":" + l.Key + "=" + l.Value.Hits + "," + l.Value.CoveredBranches + "/" + l.Value.TotalBranches)));
}
