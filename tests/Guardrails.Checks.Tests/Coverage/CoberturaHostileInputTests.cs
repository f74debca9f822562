using System.Text;
using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoberturaScaleTests;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>
/// Reports shaped to make a streaming reader hold one huge token in memory, and reports in the wrong encoding: each is
/// one problem (GR0002 once reported) naming the report and the line where the trouble starts, with allocations far
/// below the input's size, and the reading stops soon after the limit instead of going through hundreds of megabytes.
/// </summary>
public class CoberturaHostileInputTests
{
    private const long TwoHundredMegabytes = 200L << 20;

    /// <summary>
    /// What the XML reader allocates for one token at the 1 MiB limit, with room to spare: its buffers, or, for the worst
    /// shape (a megabyte of short attributes, about 100,000 of them), a node for each, about 20 MB. Nothing like the input.
    /// </summary>
    private const long AllocationBudget = 32L << 20;

    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage>\n<packages>\n<package name=\"A\">\n<classes>\n";

    private const string Tail = "</classes>\n</package>\n</packages>\n</coverage>\n";

    [Fact]
    public void AttributeValueOf200Megabytes_IsAProblemAtItsTag()
    {
        var report = GeneratedStream.Repeat(Head + "<class name=\"X\" filename=\"", new string('a', 1 << 16), TwoHundredMegabytes >> 16, "\" />\n" + Tail);

        AssertTokenTooLong(report, line: 6);
    }

    [Fact]
    public void AttributeValueOf200Megabytes_WithQuotesAndAngleBracketsInside_IsStillAProblem()
    {
        // '>' and the other quote are legal inside a value; they must not end the count early.
        var report = GeneratedStream.Repeat(Head + "<class name=\"X\" filename=\"", "a>b'c>" + new string('d', 1 << 16), TwoHundredMegabytes >> 16, "\" />\n" + Tail);

        AssertTokenTooLong(report, line: 6);
    }

    [Fact]
    public void Utf16AttributeValueOf200Megabytes_OfCharactersWithA0x3CByte_IsStillAProblem()
    {
        // '㰼' is U+3C3C, bytes 3C 3C in UTF-16: read as bytes, it would look like a '<' every byte and never get long.
        var utf16 = Encoding.Unicode;
        var report = new GeneratedStream(
            utf16.GetPreamble().Concat(utf16.GetBytes(Head.Replace("utf-8", "utf-16", StringComparison.Ordinal) + "<class name=\"X\" filename=\"")).ToArray(),
            _ => utf16.GetBytes(new string('\u3C3C', 1 << 15)),
            TwoHundredMegabytes >> 16,
            utf16.GetBytes("\" />\n" + Tail));

        AssertTokenTooLong(report, line: 6);
    }

    [Fact]
    public void TenMillionAttributes_OnOneElement_AreAProblemAtItsTag()
    {
        // Distinct names (made before the measurement), so no duplicate stops the reader before the limit does.
        var names = Enumerable.Range(0, 200_000).Select(i => Encoding.UTF8.GetBytes(" a" + i + "=\"1\"")).ToArray();
        var report = new GeneratedStream(
            Encoding.UTF8.GetBytes(Head + "<class name=\"X\" filename=\"/repo/X.cs\""),
            i => names[i % names.Length],
            10_000_000,
            Encoding.UTF8.GetBytes(" />\n" + Tail));

        AssertTokenTooLong(report, line: 6);
    }

    [Fact]
    public void ElementNameOf200Megabytes_IsAProblemAtIt()
    {
        var report = GeneratedStream.Repeat(Head + "<class name=\"X\" filename=\"/repo/X.cs\">\n<lines>\n<", new string('n', 1 << 16), TwoHundredMegabytes >> 16, " />\n</lines>\n</class>\n" + Tail);

        AssertTokenTooLong(report, line: 8);
    }

    [Fact]
    public void TextOf200Megabytes_IsAProblemAtTheElementBeforeIt()
    {
        var report = GeneratedStream.Repeat(Head + "<class name=\"X\" filename=\"/repo/X.cs\">\n<lines>", new string('t', 1 << 16), TwoHundredMegabytes >> 16, "</lines>\n</class>\n" + Tail);

        AssertTokenTooLong(report, line: 7);
    }

    [Fact]
    public void SourceOf200Megabytes_IsAProblemAtTheSource()
    {
        var report = GeneratedStream.Repeat("<coverage>\n<sources>\n<source>", new string('s', 1 << 16), TwoHundredMegabytes >> 16, "</source>\n</sources>\n<packages />\n</coverage>\n");

        // The source's own limit (a path's length) stops it even before the token limit would.
        AssertTokenTooLong(report, line: 3, column: 1, "<source> is longer than 32768 characters");
    }

    [Fact]
    public void SourceLongerThanAnyPath_ButUnderTheTokenLimit_IsAProblemAtTheSource()
    {
        var xml = "<coverage>\n<sources>\n<source>/" + new string('s', CoberturaReader.MaxSourceLength) + "</source>\n</sources>\n<packages />\n</coverage>\n";

        var problem = ReadProblem(xml);

        Assert.Contains("<source> is longer than 32768 characters", problem.Message);
        Assert.Equal((3, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void CDataOf200Megabytes_WithAngleBracketsInside_IsAProblemAtItsStart()
    {
        // Inside CDATA a '<' is text: the count runs from "<![CDATA[" to "]]>", not from one '<' to the next.
        var report = GeneratedStream.Repeat(Head + "<class name=\"X\" filename=\"/repo/X.cs\"><![CDATA[", "<a>" + new string('c', 1 << 16), TwoHundredMegabytes >> 16, "]]></class>\n" + Tail);

        AssertTokenTooLong(report, line: 6, column: 39);
    }

    [Fact]
    public void HundredThousandNestedElements_AreAProblem_InBoundedMemory()
    {
        var report = new GeneratedStream(Encoding.UTF8.GetBytes(Head), i => i < 100_000 ? "<x>"u8.ToArray() : "</x>"u8.ToArray(), 200_000, Encoding.UTF8.GetBytes(Tail));

        var (result, allocated) = Measure(() => CoberturaReader.Read(report, ReportPath));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("levels deep", problem.Message);
        Assert.Equal((ReportPath, 6), (problem.File, problem.Line));
        Assert.True(allocated < AllocationBudget, allocated + " bytes allocated");
    }

    [Fact]
    public void CommentOf200Megabytes_IsSkippedAsItStreams_AndTheReportIsRead()
    {
        // The reader streams comments (and processing instructions) without holding them, so they need no limit.
        var report = GeneratedStream.Repeat(Head + "<!--", "<c " + new string('c', 1 << 16), TwoHundredMegabytes >> 16, "-->\n<class name=\"X\" filename=\"/repo/X.cs\"><lines><line number=\"1\" hits=\"1\" /></lines></class>\n" + Tail);

        var (result, allocated) = Measure(() => CoberturaReader.Read(report, ReportPath));

        Assert.Empty(result.Problems);
        Assert.Equal(new CoverageCount(1, 1), result.Coverage!.Count(CoverageMetric.Line));
        Assert.True(report.BytesRead > TwoHundredMegabytes);
        Assert.True(allocated < AllocationBudget, allocated + " bytes allocated");
    }

    [Fact]
    public void AttributeOfHalfAMegabyte_UnderTheLimit_IsStillRead()
    {
        var name = "Contoso." + new string('N', 512 * 1024);
        var xml = Head + "<class name=\"" + name + "\" filename=\"/repo/X.cs\"><methods><method name=\"Run\" signature=\"()\"><lines><line number=\"1\" hits=\"1\" /></lines></method></methods></class>\n" + Tail;

        var file = Assert.Single(Read(xml).Files);

        Assert.Equal(name + "::Run()", Assert.Single(file.Methods).Key);
    }

    [Theory]
    [InlineData("utf-16 declared, UTF-8 bytes", 1)]
    [InlineData("invalid UTF-8 byte", 6)]
    [InlineData("Latin-1 bytes, no declaration", 6)]
    [InlineData("unknown encoding", 1)]
    [InlineData("UTF-16 bytes, UTF-8 declared", 1)]
    [InlineData("binary", 1)]
    public void WrongEncoding_IsAProblemThatSaysSo(string kind, int line)
    {
        const string Body = "<coverage>\n<packages>\n<package name=\"A\">\n<classes>\n<class name=\"Café\" filename=\"/repo/Café.cs\" />\n" + Tail;
        var bytes = kind switch
        {
            "utf-16 declared, UTF-8 bytes" => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n" + Body),
            "invalid UTF-8 byte" => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Body).Select(b => b == 0xC3 ? (byte)0xFF : b).ToArray(),
            "Latin-1 bytes, no declaration" => Encoding.Latin1.GetBytes("\n" + Body),
            "unknown encoding" => Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"klingon\"?>\n" + Body),
            "UTF-16 bytes, UTF-8 declared" => Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Body),
            _ => Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251)).ToArray(),
        };

        var result = CoberturaReader.Read(new MemoryStream(bytes), ReportPath);

        Assert.Null(result.Coverage);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReportPath, problem.File);
        Assert.Contains("not text in the encoding it declares", problem.Message);
        Assert.True(problem.Line >= line && problem.Column >= 1, kind + ": " + problem);
    }

    [Theory]
    [InlineData("ISO-8859-1", "latin1")]
    [InlineData("utf-16", "utf-16le-bom")]
    [InlineData("utf-16", "utf-16le")]
    [InlineData("utf-8", "utf-8-bom")]
    public void DeclaredEncoding_ThatMatchesTheBytes_IsRead(string declared, string bytes)
    {
        var xml = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?>\n<coverage><packages><package name=\"Café\"><classes><class name=\"X\" filename=\"/repo/Café.cs\"><lines><line number=\"1\" hits=\"1\" /></lines></class></classes></package></packages></coverage>";
        var encoded = bytes switch
        {
            "latin1" => Encoding.Latin1.GetBytes(xml),
            "utf-16le-bom" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray(),
            "utf-16le" => Encoding.Unicode.GetBytes(xml),
            _ => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(xml)).ToArray(),
        };

        var result = CoberturaReader.Read(new MemoryStream(encoded), ReportPath);

        Assert.Empty(result.Problems);
        Assert.Equal("Café", Assert.Single(result.Coverage!.Assemblies).Name);
        Assert.Equal(RepoPath("Café.cs"), Assert.Single(result.Coverage.Files).Path);
    }

    [Fact]
    public void EmptyReport_SaysItHasNoXml()
    {
        var problem = Assert.Single(CoberturaReader.Read(new MemoryStream(), ReportPath).Problems);

        Assert.Contains("no XML in it", problem.Message);
        Assert.Equal(ReportPath, problem.File);
    }

    private static void AssertTokenTooLong(GeneratedStream report, int line, int column = 1, string expected = "more than 1,048,576 bytes follow this '<'")
    {
        var (result, allocated) = Measure(() => CoberturaReader.Read(report, ReportPath));

        Assert.Null(result.Coverage);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReportPath, problem.File);
        Assert.Contains(expected, problem.Message);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.True(report.BytesRead < 4 * CoberturaReader.MaxMarkupBytes, "read " + report.BytesRead + " bytes before stopping");
        Assert.True(allocated < AllocationBudget, allocated + " bytes allocated");
    }
}
