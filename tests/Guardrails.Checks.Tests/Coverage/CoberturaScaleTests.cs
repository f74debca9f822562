using System.Globalization;
using System.Text;
using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>
/// A 1 GiB Cobertura report, generated as it is read (never written to disk), is read right and in memory that does
/// not grow with it: what is allocated is bounded by the coverage read (100 files here), not by the gigabyte.
/// </summary>
/// <remarks>
/// The full gigabyte, because size-dependent allocation only shows at size. It takes 12-15 s on a shared 2-core machine
/// under load in a Debug build (about half of it in the XML reader itself), a few seconds when the machine is idle. Only
/// allocation is asserted, never time: the time budget lives in the benchmarks.
/// </remarks>
public class CoberturaScaleTests
{
    private const long OneGibibyte = 1L << 30;

    /// <summary>Far below the input: the per-file tables, the reader's buffers, the atomized names (about 50 KB in practice).</summary>
    private const long AllocationBudget = 16L << 20;

    private const int Files = 100;

    private const int LinesPerClass = 40;

    [Fact]
    public void OneGibibyteReport_IsReadRight_WithAllocationsFarBelowItsSize()
    {
        var classes = Enumerable.Range(0, Files).Select(ClassElement).ToArray();
        var repeats = (OneGibibyte / classes.Min(c => c.Length)) + 1;
        using var report = new GeneratedStream(
            Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage line-rate=\"0.67\" branch-rate=\"0.5\" version=\"1.9\">\n  <sources><source>/repo/src/</source></sources>\n  <packages>\n    <package name=\"Contoso.Big\">\n      <classes>\n"),
            i => classes[i % Files],
            repeats,
            Encoding.UTF8.GetBytes("      </classes>\n    </package>\n  </packages>\n</coverage>\n"));

        var (result, allocated) = Measure(() => CoberturaReader.Read(report, ReportPath));

        Assert.True(report.BytesRead >= OneGibibyte, report.BytesRead + " bytes read");
        Assert.Empty(result.Problems);
        var coverage = result.Coverage!;
        Assert.Equal(Files, coverage.Files.Count);
        Assert.Equal(new CoverageCount(Files * 27, Files * LinesPerClass), coverage.Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(Files, Files * 2), coverage.Count(CoverageMetric.Branch));
        Assert.Equal(new CoverageCount(Files, Files * 2), coverage.Count(CoverageMetric.Method));
        var file = coverage.FindFile(RepoPath("src/Area7/File7.cs"))!;
        Assert.Equal(4, file.Lines[4].Hits);
        Assert.False(file.Lines[39].IsCovered);
        Assert.True(allocated < AllocationBudget, "allocated " + allocated.ToString("N0", CultureInfo.InvariantCulture) + " bytes reading " + report.BytesRead.ToString("N0", CultureInfo.InvariantCulture));
    }

    /// <summary>Runs <paramref name="read"/> and returns what it allocated on this thread (the XML reader reads synchronously).</summary>
    internal static (T Result, long Allocated) Measure<T>(Func<T> read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = read();
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>
    /// One class of file k: lines 1-40, line n hit n times except every third line (27 of 40 covered), line 5 a branch
    /// with 1 of 2 covered, a covered method (lines 1-10) and an uncovered one (lines 39-40). Repeating it changes nothing:
    /// the same lines in one report take the maximum.
    /// </summary>
    private static byte[] ClassElement(int k)
    {
        var text = new StringBuilder();
        text.Append("        <class name=\"Contoso.Big.Type").Append(k).Append("\" filename=\"Area").Append(k).Append("/File").Append(k).Append(".cs\" line-rate=\"0.67\" branch-rate=\"0.5\" complexity=\"3\">\n");
        text.Append("          <methods>\n");
        text.Append("            <method name=\"Run\" signature=\"(System.Int32)\" line-rate=\"1\" branch-rate=\"1\" complexity=\"1\"><lines><line number=\"1\" hits=\"1\" branch=\"False\" /><line number=\"2\" hits=\"2\" branch=\"False\" /></lines></method>\n");
        text.Append("            <method name=\"Unused\" signature=\"()\" line-rate=\"0\" branch-rate=\"1\" complexity=\"1\"><lines><line number=\"39\" hits=\"0\" branch=\"False\" /></lines></method>\n");
        text.Append("          </methods>\n          <lines>\n");
        for (var n = 1; n <= LinesPerClass; n++)
        {
            var hits = n % 3 == 0 ? 0 : n;
            text.Append("            <line number=\"").Append(n).Append("\" hits=\"").Append(hits).Append('"');
            text.Append(n == 5 ? " branch=\"True\" condition-coverage=\"50% (1/2)\">\n              <conditions><condition number=\"0\" type=\"jump\" coverage=\"50%\" /></conditions>\n            </line>\n" : " branch=\"False\" />\n");
        }

        text.Append("          </lines>\n        </class>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
