using Guardrails.Checks.Coverage;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public class CoberturaReaderTests
{
    private const string CoverletReport = """
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="1" branch-rate="1" version="1.9" timestamp="1700000000" lines-covered="4" lines-valid="4" branches-covered="2" branches-valid="2">
          <sources>
            <source>/repo/src/</source>
          </sources>
          <packages>
            <package name="Contoso.Payments" line-rate="1" branch-rate="1" complexity="3">
              <classes>
                <class name="Contoso.Payments.Fees" filename="Payments/Fees.cs" line-rate="1" branch-rate="1" complexity="3">
                  <methods>
                    <method name="Compute" signature="(System.Decimal)" line-rate="1" branch-rate="1" complexity="2">
                      <lines>
                        <line number="10" hits="4" branch="False" />
                        <line number="11" hits="4" branch="True" condition-coverage="50% (1/2)">
                          <conditions>
                            <condition number="7" type="jump" coverage="50%" />
                          </conditions>
                        </line>
                        <line number="12" hits="0" branch="False" />
                      </lines>
                    </method>
                    <method name="Unused" signature="()" line-rate="0" branch-rate="1" complexity="1">
                      <lines>
                        <line number="20" hits="0" branch="False" />
                      </lines>
                    </method>
                  </methods>
                  <lines>
                    <line number="10" hits="4" branch="False" />
                    <line number="11" hits="4" branch="True" condition-coverage="50% (1/2)" />
                    <line number="12" hits="0" branch="False" />
                    <line number="20" hits="0" branch="False" />
                  </lines>
                </class>
              </classes>
            </package>
          </packages>
        </coverage>
        """;

    [Fact]
    public void CoverletReport_RecomputesFiguresFromLines_IgnoringTheRateAttributes()
    {
        var coverage = Read(CoverletReport);

        var assembly = Assert.Single(coverage.Assemblies);
        Assert.Equal("Contoso.Payments", assembly.Name);
        var file = Assert.Single(assembly.Files);
        Assert.Equal(RepoPath("src/Payments/Fees.cs"), file.Path);
        Assert.Equal(new CoverageCount(2, 4), file.Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(1, 2), file.Count(CoverageMetric.Branch));
        Assert.Equal(new CoverageCount(1, 2), file.Count(CoverageMetric.Method));
        Assert.Equal(4, file.Lines[10].Hits); // listed under the method and the class: one execution, not two
        Assert.Equal([12, 20], file.Uncovered(CoverageMetric.Line));
        Assert.Equal([11], file.Uncovered(CoverageMetric.Branch));
        Assert.Equal([20], file.Uncovered(CoverageMetric.Method));
    }

    [Fact]
    public void PartialClassDeclaredTwice_InOneFile_MergesIntoOneLineTable()
    {
        var coverage = Read("""
            <coverage>
              <packages>
                <package name="Contoso.Orders">
                  <classes>
                    <class name="Contoso.Orders.Order" filename="/repo/src/Order.cs"><lines><line number="3" hits="1" /><line number="4" hits="0" /></lines></class>
                    <class name="Contoso.Orders.Order" filename="/repo/src/Order.cs"><lines><line number="9" hits="0" /><line number="10" hits="2" /></lines></class>
                    <class name="Contoso.Orders.Order" filename="/repo/src/Order.Validation.cs"><lines><line number="3" hits="0" /></lines></class>
                  </classes>
                </package>
              </packages>
            </coverage>
            """);

        var files = coverage.Files;
        Assert.Equal(2, files.Count);
        Assert.Equal(new CoverageCount(2, 4), coverage.FindFile(RepoPath("src/Order.cs"))!.Count(CoverageMetric.Line));
        Assert.Equal(new CoverageCount(0, 1), coverage.FindFile(RepoPath("src/Order.Validation.cs"))!.Count(CoverageMetric.Line));
    }

    [Fact]
    public void SameLine_UnderCompilerGeneratedAndParentClass_TakesTheMaximum_NotTheSum()
    {
        var coverage = Read("""
            <coverage>
              <packages>
                <package name="Contoso.Orders">
                  <classes>
                    <class name="Contoso.Orders.Cart" filename="/repo/src/Cart.cs">
                      <lines><line number="12" hits="2" /><line number="13" hits="0" /></lines>
                    </class>
                    <class name="Contoso.Orders.Cart/&lt;&gt;c__DisplayClass0_0" filename="/repo/src/Cart.cs">
                      <lines><line number="12" hits="5" /><line number="13" hits="0" /></lines>
                    </class>
                    <class name="Contoso.Orders.Cart.&lt;Total&gt;d__3" filename="/repo/src/Cart.cs">
                      <lines><line number="13" hits="0" /><line number="14" hits="1" /></lines>
                    </class>
                  </classes>
                </package>
              </packages>
            </coverage>
            """);

        var file = Assert.Single(coverage.Files);
        Assert.Equal(5, file.Lines[12].Hits);
        Assert.False(file.Lines[13].IsCovered);
        Assert.Equal(new CoverageCount(2, 3), file.Count(CoverageMetric.Line));
    }

    [Fact]
    public void GenericAndStateMachineClasses_CountMethodsOnce_AndLambdasNotAsMethods()
    {
        var coverage = Read("""
            <coverage>
              <packages>
                <package name="Contoso.Caching">
                  <classes>
                    <class name="Contoso.Caching.Cache`1" filename="/repo/src/Cache.cs">
                      <methods>
                        <method name=".ctor" signature="()"><lines><line number="5" hits="1" /></lines></method>
                        <method name="&lt;GetAsync&gt;b__4_0" signature="(T)"><lines><line number="20" hits="0" /></lines></method>
                        <method name="Clear" signature="()"><lines /></method>
                      </methods>
                      <lines><line number="5" hits="1" /><line number="20" hits="0" /></lines>
                    </class>
                    <class name="Contoso.Caching.Cache`1/&lt;GetAsync&gt;d__4" filename="/repo/src/Cache.cs">
                      <methods>
                        <method name="MoveNext" signature="()"><lines><line number="18" hits="0" /><line number="19" hits="0" /></lines></method>
                      </methods>
                      <lines><line number="18" hits="0" /><line number="19" hits="0" /></lines>
                    </class>
                  </classes>
                </package>
              </packages>
            </coverage>
            """);

        var file = Assert.Single(coverage.Files);
        Assert.Equal(new CoverageCount(1, 2), file.Count(CoverageMetric.Method));
        Assert.Equal([18], file.Uncovered(CoverageMetric.Method));
        Assert.Equal(new CoverageCount(1, 4), file.Count(CoverageMetric.Line));
    }

    [Theory]
    [InlineData("True")]
    [InlineData("true")]
    [InlineData("TRUE")]
    public void BranchAttribute_IsReadCaseInsensitively(string branch)
    {
        var coverage = Read(OneLine("<line number=\"7\" hits=\"1\" branch=\"" + branch + "\" condition-coverage=\"33% (1/3)\" />"));

        Assert.Equal(new CoverageCount(1, 3), coverage.Count(CoverageMetric.Branch));
    }

    [Fact]
    public void BranchLine_WithoutConditionCoverage_HasNoBranches()
    {
        var coverage = Read(OneLine("<line number=\"7\" hits=\"1\" branch=\"true\" />"));

        Assert.Equal(new CoverageCount(0, 0), coverage.Count(CoverageMetric.Branch));
        Assert.Equal(new CoverageCount(1, 1), coverage.Count(CoverageMetric.Line));
    }

    [Fact]
    public void HitsBeyondALong_CountAsCovered()
    {
        var coverage = Read(OneLine("<line number=\"7\" hits=\"99999999999999999999999\" />"));

        Assert.Equal(long.MaxValue, Assert.Single(coverage.Files).Lines[7].Hits);
    }

    /// <summary>The line attributes are copied out of the XML reader's buffer, not read as strings: with entities and padding too.</summary>
    [Theory]
    [InlineData("<line number=\"&#55;\" hits=\"1&#50;\" branch=\"&#116;rue\" condition-coverage=\"50% (1&#47;2)\" />", 12, 1, 2)]
    [InlineData("<line number=\"7\" hits=\"12\" branch=\"True\" condition-coverage=\" 50% ( 1 / 2 ) \" />", 12, 1, 2)]
    public void LineAttributes_WithCharacterReferencesOrPadding_AreRead(string line, long hits, int covered, int total)
    {
        var coverage = Read(OneLine(line));

        var read = Assert.Single(coverage.Files).Lines[7];
        Assert.Equal((hits, covered, total), (read.Hits, read.CoveredBranches, read.TotalBranches));
    }

    [Fact]
    public void AttributesLongerThanTheReadBuffer_AreReadWhole()
    {
        var zeros = new string('0', 600);
        var longName = "Contoso.Orders." + new string('N', 500);
        var xml = "<coverage><packages><package name=\"A\"><classes><class name=\"" + longName + "\" filename=\"/repo/src/" + new string('d', 400) + ".cs\"><methods>"
            + "<method name=\"Run" + new string('r', 300) + "\" signature=\"(" + new string('S', 700) + ")\"><lines><line number=\"" + zeros + "7\" hits=\"" + zeros + "12\" branch=\"true\" condition-coverage=\"50" + zeros + "% (1/2)\" /></lines></method>"
            + "<method name=\"Run" + new string('r', 300) + "\" signature=\"(" + new string('S', 700) + ")\"><lines><line number=\"8\" hits=\"0\" /></lines></method>"
            + "</methods></class></classes></package></packages></coverage>";

        var file = Assert.Single(Read(xml).Files);

        Assert.Equal(Path.GetFullPath("/repo/src/" + new string('d', 400) + ".cs"), file.Path);
        Assert.Equal((12L, 1, 2), (file.Lines[7].Hits, file.Lines[7].CoveredBranches, file.Lines[7].TotalBranches));
        var method = Assert.Single(file.Methods);
        Assert.Equal(longName + "::Run" + new string('r', 300) + "(" + new string('S', 700) + ")", method.Key);
        Assert.Equal((true, 7), (method.Value.IsCovered, method.Value.FirstLine));
    }

    [Fact]
    public void LineNumberBeyondAnInt_IsNotALineNumber()
    {
        var problem = ReadProblem(OneLine("<line number=\"99999999999\" hits=\"1\" />"));

        Assert.Contains("<line number=\"99999999999\"> is not a line number", problem.Message);
    }

    [Fact]
    public void RelativeFileName_IsResolvedAgainstTheSourceWhereItExists()
    {
        using var root = new TemporaryDirectory("guardrails-cobertura-");
        var first = Directory.CreateDirectory(Path.Combine(root.Path, "first")).FullName;
        var second = Directory.CreateDirectory(Path.Combine(root.Path, "second", "Payments")).Parent!.FullName;
        File.WriteAllText(Path.Combine(second, "Payments", "Fees.cs"), "class Fees {}");
        var xml = "<coverage><sources><source>" + first + "</source><source>" + second + "/</source></sources><packages><package name=\"A\"><classes>"
            + "<class name=\"Fees\" filename=\"Payments/Fees.cs\"><lines><line number=\"1\" hits=\"1\" /></lines></class>"
            + "<class name=\"Missing\" filename=\"Payments/Missing.cs\"><lines><line number=\"1\" hits=\"1\" /></lines></class>"
            + "</classes></package></packages></coverage>";

        var coverage = Read(xml);

        Assert.NotNull(coverage.FindFile(Path.Combine(second, "Payments", "Fees.cs")));
        Assert.NotNull(coverage.FindFile(Path.Combine(first, "Payments", "Missing.cs")));
        Assert.Equal(2, coverage.Files.Count);
    }

    [Fact]
    public void AbsoluteFileName_IsUsedAsItIs_EvenWithSources()
    {
        var coverage = Read("<coverage><sources><source>/elsewhere/</source></sources><packages><package name=\"A\"><classes><class name=\"X\" filename=\"/repo/src/X.cs\"><lines><line number=\"1\" hits=\"0\" /></lines></class></classes></package></packages></coverage>");

        Assert.Equal(RepoPath("src/X.cs"), Assert.Single(coverage.Files).Path);
    }

    [Theory]
    [InlineData("", "/_/src/Lib/Fees.cs")]
    [InlineData("<sources><source>/_/</source></sources>", "src/Lib/Fees.cs")]
    [InlineData("<sources><source>/_/src/</source></sources>", "Lib/Fees.cs")]
    public void DeterministicBuildPaths_AreMappedToTheRepositoryHoldingTheReport(string sources, string fileName)
    {
        using var root = new TemporaryDirectory("guardrails-cobertura-");
        var repository = Directory.CreateDirectory(Path.Combine(root.Path, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var report = Path.Combine(repository, "tests", "Lib.Tests", "TestResults", "abc", "coverage.cobertura.xml");
        var xml = "<coverage>" + sources + "<packages><package name=\"Lib\"><classes><class name=\"Fees\" filename=\"" + fileName
            + "\"><lines><line number=\"1\" hits=\"1\" /></lines></class></classes></package></packages></coverage>";

        var coverage = Read(xml, report);

        Assert.Equal(Path.Combine(repository, "src", "Lib", "Fees.cs"), Assert.Single(coverage.Files).Path);
    }

    [Fact]
    public void DeterministicBuildPaths_OutsideAGitRepository_AreLeftAsTheyAre()
    {
        using var root = new TemporaryDirectory("guardrails-cobertura-");
        var report = Path.Combine(root.Path, "TestResults", "coverage.cobertura.xml");

        var coverage = Read("<coverage><packages><package name=\"Lib\"><classes><class name=\"Fees\" filename=\"/_/src/Fees.cs\"><lines><line number=\"1\" hits=\"1\" /></lines></class></classes></package></packages></coverage>", report);

        Assert.Equal(Path.GetFullPath("/_/src/Fees.cs"), Assert.Single(coverage.Files).Path);
    }

    [Fact]
    public void RelativeFileName_WithoutSources_IsRelativeToTheReportsFolder()
    {
        var coverage = Read("<coverage><packages><package name=\"A\"><classes><class name=\"X\" filename=\"X.cs\"><lines><line number=\"1\" hits=\"0\" /></lines></class></classes></package></packages></coverage>");

        Assert.Equal(RepoPath("TestResults/abc/X.cs"), Assert.Single(coverage.Files).Path);
    }

    [Fact]
    public void ExternalEntity_IsRejectedAsADtd_AndTheFileItNamesIsNeverRead()
    {
        using var directory = new TemporaryDirectory("guardrails-xxe-");
        var secret = Path.Combine(directory.Path, "secret.txt");
        File.WriteAllText(secret, "SECRET-MARKER-7f3a");
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [ <!ENTITY xxe SYSTEM \"" + new Uri(secret).AbsoluteUri + "\"> ]>\n"
            + "<coverage><sources><source>&xxe;</source></sources><packages><package name=\"&xxe;\" /></packages></coverage>";

        var problem = ReadProblem(xml);

        Assert.Contains("DTD", problem.Message);
        Assert.DoesNotContain("SECRET-MARKER", problem.Message);
        Assert.DoesNotContain("DtdProcessing", problem.Message);
        Assert.Equal(2, problem.Line);
        Assert.True(problem.Column >= 1);
    }

    [Fact]
    public void BillionLaughs_IsRejectedAsADtd()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <coverage><packages><package name="&lol9;" /></packages></coverage>
            """;

        var problem = ReadProblem(xml);

        Assert.Contains("DTD", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void TruncatedReport_GivesAProblemAtTheEnd_NotAPartialResult()
    {
        var cut = CoverletReport.Substring(0, CoverletReport.IndexOf("<line number=\"20\"", StringComparison.Ordinal) + 10);

        var problem = ReadProblem(cut);

        Assert.Contains("not well-formed XML", problem.Message);
        Assert.Contains("truncated", problem.Message);
        Assert.True(problem.Line > 20, "line " + problem.Line);
    }

    [Fact]
    public void WrongRootElement_SaysWhatIsExpected()
    {
        var problem = ReadProblem("<?xml version=\"1.0\"?>\n<CoverageSession><Modules /></CoverageSession>");

        Assert.Contains("<CoverageSession>", problem.Message);
        Assert.Contains("<coverage>", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Theory]
    [InlineData("<line number=\"7\" hits=\"many\" />", "hits=\"many\"", "hits")]
    [InlineData("<line number=\"7\" hits=\"-1\" />", "hits=\"-1\"", "hits")]
    [InlineData("<line number=\"seven\" hits=\"1\" />", "number=\"seven\"", "number")]
    [InlineData("<line number=\"0\" hits=\"1\" />", "number=\"0\"", "number")]
    [InlineData("<line number=\"2000000000\" hits=\"1\" />", "beyond any real source file", "number")]
    [InlineData("<line number=\"7\" hits=\"1\" branch=\"yes\" />", "branch=\"yes\"", "branch")]
    [InlineData("<line number=\"7\" hits=\"1\" branch=\"true\" condition-coverage=\"50%\" />", "condition-coverage=\"50%\"", "condition-coverage")]
    [InlineData("<line number=\"7\" hits=\"1\" branch=\"true\" condition-coverage=\"150% (3/2)\" />", "condition-coverage=\"150% (3/2)\"", "condition-coverage")]
    public void BadLineAttribute_IsAProblemAtTheAttribute(string line, string expected, string attribute)
    {
        var xml = OneLine(line);

        var problem = ReadProblem(xml);

        Assert.Contains(expected, problem.Message);
        Assert.Contains("unusable", problem.Message);
        var lineText = xml.Split('\n')[problem.Line - 1];
        Assert.Equal(attribute + "=", lineText.Substring(problem.Column - 1, attribute.Length + 1));
    }

    [Theory]
    [InlineData("<coverage><packages><package><classes /></package></packages></coverage>", "no name")]
    [InlineData("<coverage><packages><package name=\"A\"><classes><class name=\"X\"><lines /></class></classes></package></packages></coverage>", "no filename")]
    public void MissingRequiredAttribute_IsAProblem(string xml, string expected)
    {
        var problem = ReadProblem(xml);

        Assert.Contains(expected, problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void HostileNesting_IsRefused()
    {
        var xml = "<coverage>" + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</coverage>";

        var problem = ReadProblem(xml);

        Assert.Contains("levels deep", problem.Message);
    }

    [Fact]
    public void MissingReportFile_IsAProblem_NotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), "guardrails-no-such-dir-" + Guid.NewGuid().ToString("N"), "coverage.cobertura.xml");

        var result = CoberturaReader.Read(path);

        Assert.Null(result.Coverage);
        Assert.Contains("does not exist", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void ReportFileOnDisk_IsReadTheSameAsText()
    {
        using var directory = new TemporaryDirectory("guardrails-report-");
        var path = Path.Combine(directory.Path, "coverage.cobertura.xml");
        File.WriteAllText(path, CoverletReport);

        var result = CoberturaReader.Read(path);

        Assert.Empty(result.Problems);
        Assert.Equal(new CoverageCount(2, 4), result.Coverage!.Count(CoverageMetric.Line));
    }

    private static string OneLine(string line) =>
        "<coverage>\n<packages>\n<package name=\"A\">\n<classes>\n<class name=\"X\" filename=\"/repo/src/X.cs\">\n<lines>\n" + line + "\n</lines>\n</class>\n</classes>\n</package>\n</packages>\n</coverage>";
}
