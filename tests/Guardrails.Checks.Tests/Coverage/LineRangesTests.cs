using Guardrails.Checks.Coverage;

namespace Guardrails.Checks.Tests.Coverage;

public class LineRangesTests
{
    [Fact]
    public void Group_RunsOverNonCoverableGaps_ButNotOverCoveredLines()
    {
        int[] coverable = [10, 11, 12, 14, 15, 17, 20];
        var uncovered = new HashSet<int> { 10, 11, 12, 14, 17, 20 };

        var ranges = LineRanges.Group(coverable, uncovered.Contains);

        Assert.Equal([(10, 14), (17, 20)], ranges);
    }

    [Fact]
    public void Format_ListsFilesAndRanges()
    {
        var text = LineRanges.Format([("src/A.cs", [(12, 14), (20, 20)]), ("src/B.cs", [(3, 3)]), ("src/C.cs", [])]);

        Assert.Equal("src/A.cs:12-14, 20; src/B.cs:3", text);
    }

    [Fact]
    public void Format_StopsAfterMaxRanges_AndCountsTheRest()
    {
        var many = Enumerable.Range(0, 30).Select(i => (i * 10, i * 10)).ToList();

        var text = LineRanges.Format([("src/A.cs", many.Take(15).ToList()), ("src/B.cs", many.Skip(15).ToList())]);

        Assert.StartsWith("src/A.cs:0, 10, ", text);
        Assert.Contains("; src/B.cs:150, 160, 170, 180, 190 and 10 more ranges", text);
        Assert.Equal(LineRanges.MaxRanges, text.Split(" and ")[0].Split(',', ';').Length);
    }
}
