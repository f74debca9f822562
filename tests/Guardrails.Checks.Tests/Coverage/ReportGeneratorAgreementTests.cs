using Guardrails.Checks.Coverage;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>
/// GR2001's figures against ReportGenerator 5.6.0's for the same Cobertura reports (Coverage/ReportGenerator/, README.md
/// there says how they were made and how to reproduce the figures). The expected values are ReportGenerator's output for
/// these inputs; where GR2001 counts differently on purpose, the test says so and checks the difference exactly.
/// </summary>
public class ReportGeneratorAgreementTests
{
    private const string SampleRoot = "/tmp/rgagree/";

    /// <summary>ReportGenerator's per-file figures (summed over the class pages of its Xml report).</summary>
    [Theory]
    [InlineData("A", "Lib", "Lib/Box.cs", 17, 26, 6, 10)]
    [InlineData("A", "Lib", "Lib/Calculator.Async.cs", 9, 27, 2, 8)]
    [InlineData("A", "Lib", "Lib/Calculator.cs", 16, 25, 3, 10)]
    [InlineData("A", "Lib", "Shared/Guard.cs", 4, 9, 1, 4)]
    [InlineData("A", "Lib2", "Shared/Guard.cs", 4, 9, 1, 4)]
    [InlineData("A", "Lib2", "Lib2/Text.cs", 13, 15, 7, 12)]
    [InlineData("B", "Lib", "Lib/Box.cs", 6, 26, 1, 10)]
    [InlineData("B", "Lib", "Lib/Calculator.Async.cs", 24, 27, 7, 8)]
    [InlineData("B", "Lib", "Lib/Calculator.cs", 21, 25, 6, 10)]
    [InlineData("B", "Lib", "Shared/Guard.cs", 4, 9, 1, 4)]
    [InlineData("A+B", "Lib", "Lib/Box.cs", 19, 26, 6, 10)]
    [InlineData("A+B", "Lib", "Lib/Calculator.Async.cs", 24, 27, 7, 8)]
    [InlineData("A+B", "Lib", "Lib/Calculator.cs", 23, 25, 6, 10)]
    [InlineData("A+B", "Lib", "Shared/Guard.cs", 4, 9, 1, 4)]
    [InlineData("A+B", "Lib2", "Shared/Guard.cs", 4, 9, 1, 4)]
    [InlineData("A+B", "Lib2", "Lib2/Text.cs", 13, 15, 7, 12)]
    public void FileFigures_MatchReportGenerator(string reports, string assembly, string file, int coveredLines, int lines, int coveredBranches, int branches)
    {
        var files = Read(reports).Assemblies.Single(a => a.Name == assembly).Files;

        var coverage = files.Single(f => f.Path == Path.GetFullPath(SampleRoot + file));
        Assert.Equal((coveredLines, lines), Counts(coverage.Count(CoverageMetric.Line)));
        Assert.Equal((coveredBranches, branches), Counts(coverage.Count(CoverageMetric.Branch)));
    }

    /// <summary>
    /// ReportGenerator's per-assembly figures (Summary.json). Lines and branches agree. Methods: ReportGenerator counts
    /// the local function <c>WithLocal.Twice</c> as a method of its own (run by the tests of B only); GR2001 counts it as
    /// part of <c>WithLocal</c>, like a lambda, so it has one method fewer.
    /// </summary>
    [Theory]
    [InlineData("A", "Lib", 46, 87, 12, 32, 11, 20, 0)]
    [InlineData("A", "Lib2", 17, 24, 8, 16, 3, 4, 0)]
    [InlineData("B", "Lib", 55, 87, 15, 32, 13, 20, 1)]
    [InlineData("A+B", "Lib", 70, 87, 20, 32, 15, 20, 1)]
    [InlineData("A+B", "Lib2", 17, 24, 8, 16, 3, 4, 0)]
    public void AssemblyFigures_MatchReportGenerator_ExceptLocalFunctionsAsMethods(
        string reports, string assembly, int coveredLines, int lines, int coveredBranches, int branches, int coveredMethods, int methods, int coveredLocalFunctions)
    {
        var coverage = Read(reports).Assemblies.Single(a => a.Name == assembly);

        Assert.Equal((coveredLines, lines), Counts(coverage.Count(CoverageMetric.Line)));
        Assert.Equal((coveredBranches, branches), Counts(coverage.Count(CoverageMetric.Branch)));
        var localFunctions = assembly == "Lib" ? 1 : 0;
        Assert.Equal((coveredMethods - coveredLocalFunctions, methods - localFunctions), Counts(coverage.Count(CoverageMetric.Method)));
    }

    /// <summary>
    /// ReportGenerator's totals add up its assemblies, so Shared/Guard.cs, compiled into Lib and Lib2, counts twice
    /// (9 lines, 4 branches each time). GR2001 counts a source file once in the total (its lines merged over the
    /// assemblies, as across reports): ReportGenerator's total minus Lib2's copy of the file.
    /// </summary>
    [Theory]
    [InlineData("A", 63, 111, 20, 48)]
    [InlineData("B", 55, 87, 15, 32)]
    [InlineData("A+B", 87, 111, 28, 48)]
    public void Total_CountsAFileOfTwoAssembliesOnce_WhereReportGeneratorCountsItTwice(string reports, int coveredLines, int lines, int coveredBranches, int branches)
    {
        var coverage = Read(reports);
        var secondCopy = coverage.Assemblies.Any(a => a.Name == "Lib2") ? (Lines: 4, Of: 9, Branches: 1, BranchesOf: 4) : default;

        Assert.Equal((coveredLines - secondCopy.Lines, lines - secondCopy.Of), Counts(coverage.Count(CoverageMetric.Line)));
        Assert.Equal((coveredBranches - secondCopy.Branches, branches - secondCopy.BranchesOf), Counts(coverage.Count(CoverageMetric.Branch)));
    }

    /// <summary>
    /// Lines 10 and 11 listed by a class and by its lambda class <c>Foo/&lt;&gt;c</c>, with different hits. ReportGenerator
    /// merges the two classes and keeps the hits of whichever entry comes last in the file (2 of 3 lines covered either
    /// way, but a different line uncovered); GR2001 takes the maximum, whatever the order: 3 of 3. Branches agree
    /// (ReportGenerator merges them too, 2 of 2).
    /// </summary>
    [Theory]
    [InlineData("SameLineTwice-parent-first.cobertura.xml", 11)]
    [InlineData("SameLineTwice-nested-first.cobertura.xml", 10)]
    public void SameLineInAClassAndItsLambdaClass_TakesTheMaximum_WhereReportGeneratorTakesTheLastEntry(string report, int reportGeneratorUncoveredLine)
    {
        const int reportGeneratorCovered = 2, reportGeneratorLines = 3;

        var file = Assert.Single(ReadFile(report).Files);

        Assert.Equal((reportGeneratorCovered + 1, reportGeneratorLines), Counts(file.Count(CoverageMetric.Line)));
        Assert.True(file.Lines[reportGeneratorUncoveredLine].IsCovered);
        Assert.Empty(file.Uncovered(CoverageMetric.Line));
        Assert.Equal((2, 2), Counts(file.Count(CoverageMetric.Branch)));
    }

    /// <summary>
    /// Lines 10 and 11 listed by two unrelated classes of one file. ReportGenerator counts them once per class: 3 of 5
    /// lines and 3 of 4 branches. GR2001 keeps one line table per file: 3 lines (all run) and 2 branches (both taken).
    /// </summary>
    [Fact]
    public void SameLineInTwoClassesOfAFile_CountsOnce_WhereReportGeneratorCountsItPerClass()
    {
        var file = Assert.Single(ReadFile("SameLineTwice-other-class.cobertura.xml").Files);

        Assert.Equal((3, 3), Counts(file.Count(CoverageMetric.Line)));
        Assert.Equal((2, 2), Counts(file.Count(CoverageMetric.Branch)));
    }

    private static CoverageData Read(string reports) =>
        CoverageData.Merge(reports.Split('+').Select(r => ReadFile("Tests" + r + ".cobertura.xml")));

    private static CoverageData ReadFile(string name)
    {
        var result = CoberturaReader.Read(RepoPaths.Combine("tests", "Guardrails.Checks.Tests", "Coverage", "ReportGenerator", name));
        Assert.Empty(result.Problems);
        return result.Coverage!;
    }

    private static (long Covered, long Total) Counts(CoverageCount count) => (count.Covered, count.Total);
}
