using Guardrails.Checks.Coverage;
using Guardrails.Policy;
using Guardrails.Rules;
using static Guardrails.Checks.Tests.Coverage.CoverageTestData;

namespace Guardrails.Checks.Tests.Coverage;

public class CoverageCheckTests
{
    private const string TotalPolicy = """
        {
          "coverage": {
            "line": 57
          }
        }
        """;

    [Fact]
    public void TotalAtExactlyTheThreshold_Passes()
    {
        var (policy, settings) = LoadPolicy(TotalPolicy);

        var result = CoverageCheck.Evaluate(policy, settings, Read(Report(("Contoso.Payments", "src/Fees.cs", Lines(57, 100)))));

        Assert.Empty(result);
    }

    [Fact]
    public void TotalBelowTheThreshold_IsReportedAtTheThresholdKey()
    {
        var (policy, settings) = LoadPolicy(TotalPolicy);

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, Read(Report(("Contoso.Payments", "src/Fees.cs", Lines(56, 100))))));

        Assert.Equal(RuleIds.GR2001, diagnostic.RuleId);
        Assert.Equal(RuleSeverity.Error, diagnostic.Severity);
        Assert.Equal(PolicyText.FileName, diagnostic.File);
        Assert.Equal((3, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("line:total", diagnostic.Symbol);
        Assert.StartsWith("Line coverage of all measured code is 56% (56 of 100 lines), below the threshold of 57% (coverage.line); most uncovered: src/Fees.cs (44 lines).", diagnostic.Message);
        Assert.Equal(["Line", "all measured code", "56% (56 of 100 lines)"], diagnostic.Arguments.Take(3));
    }

    [Theory]
    [InlineData(145, true)]
    [InlineData(144, false)]
    public void FractionalThreshold_IsComparedExactly(int covered, bool passes)
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"line\": 72.5 } }");

        var result = CoverageCheck.Evaluate(policy, settings, Read(Report(("A", "src/A.cs", Lines(covered, 200)))));

        Assert.Equal(passes, result.Count == 0);
    }

    [Fact]
    public void BranchAndMethodTotals_AreCheckedToo()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"line\": 10, \"branch\": 75, \"method\": 50 } }");
        var coverage = Read(Report(("A", "src/A.cs", ["1:1:1/2", "2:1:2/2", "3:0:0/2"])));

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, coverage));

        Assert.Equal("branch:total", diagnostic.Symbol);
        Assert.StartsWith("Branch coverage of all measured code is 50% (3 of 6 branches), below the threshold of 75% (coverage.branch)", diagnostic.Message);
    }

    [Fact]
    public void Assemblies_ThePerMetricLastMatchingGlobWins_ReportedAtItsKey()
    {
        var (policy, settings) = LoadPolicy("""
            {
              "coverage": {
                "assemblies": {
                  "Contoso.*": { "line": 50, "branch": 80 },
                  "Contoso.Payments": { "line": 90 }
                }
              }
            }
            """);
        var coverage = Read(Report(
            ("Contoso.Payments", "src/Payments/Fees.cs", ["1:1:1/2", "2:1", "3:1", "4:1", "5:0"]),
            ("Contoso.Orders", "src/Orders/Cart.cs", Lines(3, 5))));

        var result = CoverageCheck.Evaluate(policy, settings, coverage);

        Assert.Equal(["branch:assembly:Contoso.Payments", "line:assembly:Contoso.Payments"], result.Select(d => d.Symbol).Order());
        var line = result.Single(d => d.Symbol == "line:assembly:Contoso.Payments");
        Assert.Equal((5, 29), (line.Line, line.Column));
        Assert.StartsWith("Line coverage of assembly Contoso.Payments is 80% (4 of 5 lines), below the threshold of 90% (coverage.assemblies[\"Contoso.Payments\"].line)", line.Message);
        var branch = result.Single(d => d.Symbol == "branch:assembly:Contoso.Payments");
        Assert.Equal((4, 34), (branch.Line, branch.Column));
    }

    [Fact]
    public void Files_ReportedAtTheFirstUncoveredLineOfTheSourceFile()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"files\": { \"src/**\": { \"line\": 50 }, \"src/Payments/**\": { \"line\": 95 } } } }");
        var coverage = Read(Report(
            ("Contoso.Payments", "src/Payments/Fees.cs", ["10:1", "12:0", "13:0", "15:1", "16:0", "20:1", "21:1", "22:1"]),
            ("Contoso.Orders", "src/Orders/Cart.cs", Lines(3, 5))));

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, coverage));

        Assert.Equal(RepoPath("src/Payments/Fees.cs"), diagnostic.File);
        Assert.Equal((12, 1), (diagnostic.Line, diagnostic.Column));
        Assert.Equal("line:file:src/Payments/Fees.cs", diagnostic.Symbol);
        Assert.StartsWith("Line coverage of file src/Payments/Fees.cs is 62.5% (5 of 8 lines), below the threshold of 95% (coverage.files[\"src/Payments/**\"].line); uncovered lines: 12-13, 16.", diagnostic.Message);
    }

    [Fact]
    public void FileMethodCoverage_IsReportedAtTheFirstMethodNeverRun()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"files\": { \"src/**\": { \"method\": 60 } } } }");
        var coverage = Read("""
            <coverage>
              <packages>
                <package name="A">
                  <classes>
                    <class name="A.Fees" filename="/repo/src/Fees.cs">
                      <methods>
                        <method name="Compute" signature="()"><lines><line number="5" hits="2" /><line number="6" hits="0" /></lines></method>
                        <method name="Refund" signature="()"><lines><line number="10" hits="0" /></lines></method>
                        <method name="Waive" signature="(System.String)"><lines><line number="14" hits="0" /></lines></method>
                      </methods>
                      <lines><line number="5" hits="2" /><line number="6" hits="0" /><line number="10" hits="0" /><line number="14" hits="0" /></lines>
                    </class>
                  </classes>
                </package>
              </packages>
            </coverage>
            """);

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, coverage));

        Assert.Equal((10, 1), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("Method coverage of file src/Fees.cs is 33.33% (1 of 3 methods), below the threshold of 60% (coverage.files[\"src/**\"].method); first lines of methods never run: 10, 14.", diagnostic.Message);
    }

    [Fact]
    public void Files_AGeneralGlobAfterASpecificOne_Wins()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"files\": { \"src/Payments/**\": { \"line\": 95 }, \"src/**\": { \"line\": 50 } } } }");
        var coverage = Read(Report(("Contoso.Payments", "src/Payments/Fees.cs", Lines(6, 10))));

        Assert.Empty(CoverageCheck.Evaluate(policy, settings, coverage));
        Assert.Equal(50m, settings.ForFile(RepoPath("src/Payments/Fees.cs")).Line!.Percent);
    }

    [Fact]
    public void Files_OutsideThePolicyFolder_MatchByAbsolutePath()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"files\": { \"/shared/**\": { \"line\": 90 } } } }");
        var coverage = Read("<coverage><packages><package name=\"A\"><classes><class name=\"X\" filename=\"/shared/X.cs\"><lines><line number=\"4\" hits=\"0\" /></lines></class></classes></package></packages></coverage>");

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, coverage));

        Assert.Equal("line:file:" + CoveragePaths.ToSlashes(Path.GetFullPath("/shared/X.cs")), diagnostic.Symbol);
    }

    [Fact]
    public void ExcludedFiles_AreLeftOutOfEveryFigure()
    {
        const string Json = "{ \"coverage\": { \"line\": 80, \"files\": { \"**\": { \"line\": 80 } }, \"exclude\": [ \"**/Migrations/**\" ] } }";
        var coverage = Read(Report(("A", "src/Fees.cs", Lines(9, 10)), ("A", "src/Data/Migrations/Init.cs", Lines(0, 50))));

        var (policy, settings) = LoadPolicy(Json);
        Assert.Empty(CoverageCheck.Evaluate(policy, settings, coverage));

        var (policyWithout, settingsWithout) = LoadPolicy(Json.Replace("\"**/Migrations/**\"", string.Empty));
        Assert.Equal(["line:file:src/Data/Migrations/Init.cs", "line:total"], CoverageCheck.Evaluate(policyWithout, settingsWithout, coverage).Select(d => d.Symbol).Order());
    }

    [Fact]
    public void ScopeWithNothingToCount_IsNotJudged()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"branch\": 90, \"method\": 90 } }");

        Assert.Empty(CoverageCheck.Evaluate(policy, settings, Read(Report(("A", "src/A.cs", Lines(0, 10))))));
    }

    [Fact]
    public void NoCoverableLines_IsGR0002AtTheCoverageKey_UnlessAllowed()
    {
        var empty = Read("<coverage><packages><package name=\"A\"><classes /></package></packages></coverage>");
        var (policy, settings) = LoadPolicy("{\n  \"coverage\": { \"line\": 80 }\n}");

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, empty));

        Assert.Equal(RuleIds.GR0002, diagnostic.RuleId);
        Assert.Equal((2, 3), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("treatNoDataAsFailure", diagnostic.Message);

        var (lenient, lenientSettings) = LoadPolicy("{ \"coverage\": { \"line\": 80, \"treatNoDataAsFailure\": false } }");
        Assert.Empty(CoverageCheck.Evaluate(lenient, lenientSettings, empty));
    }

    [Fact]
    public void NoReports_IsGR0002_WhenThePolicyNeedsCoverage()
    {
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"ratchet\": { \"enabled\": true } } }");

        var diagnostic = CoverageInputProblems.NoReports(policy, settings, ["TestResults/**/coverage.cobertura.xml"]);

        Assert.NotNull(diagnostic);
        Assert.Equal(RuleIds.GR0002, diagnostic!.RuleId);
        Assert.Contains("TestResults/**/coverage.cobertura.xml", diagnostic.Message);
        Assert.Null(CoverageInputProblems.NoReports(GuardrailsPolicy.Defaults, CoverageSettings.From(GuardrailsPolicy.Defaults), ["x"]));
    }

    [Fact]
    public void MSBuildOverride_BeatsThePolicysTotal_AndIsReportedWhereTheCallerSays()
    {
        var overrides = new CoverageOverrides { Line = 90, SourceFile = "/repo/src/App/App.csproj" };
        var (policy, settings) = LoadPolicy("{ \"coverage\": { \"line\": 50 } }", overrides);

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, Read(Report(("A", "src/A.cs", Lines(8, 10))))));

        Assert.Equal("/repo/src/App/App.csproj", diagnostic.File);
        Assert.Contains("below the threshold of 90% ($(GuardrailsCoverageLine))", diagnostic.Message);
    }

    [Fact]
    public void CiProfile_Thresholds_AndPolicySeverity_Apply()
    {
        var (policy, settings) = LoadPolicy(
            "{ \"rules\": { \"GR2001\": \"warning\" }, \"coverage\": { \"line\": 50 }, \"profiles\": { \"ci\": { \"coverage\": { \"line\": 85 } } } }",
            profile: "ci");

        var diagnostic = Assert.Single(CoverageCheck.Evaluate(policy, settings, Read(Report(("A", "src/A.cs", Lines(8, 10))))));

        Assert.Equal(RuleSeverity.Warning, diagnostic.Severity);
        Assert.Contains("threshold of 85%", diagnostic.Message);
    }

    [Theory]
    [InlineData("80", 80.0)]
    [InlineData(" 72.5% ", 72.5)]
    [InlineData("", null)]
    public void TryParsePercent_AcceptsPercentages(string text, double? expected)
    {
        Assert.True(CoverageOverrides.TryParsePercent(text, "GuardrailsCoverageLine", out var value, out var error));
        Assert.Null(error);
        Assert.Equal(expected is null ? null : (decimal)expected.Value, value);
    }

    [Theory]
    [InlineData("eighty")]
    [InlineData("101")]
    [InlineData("-5")]
    [InlineData("80,5")]
    public void TryParsePercent_RejectsAnythingElseLoudly(string text)
    {
        Assert.False(CoverageOverrides.TryParsePercent(text, "GuardrailsCoverageLine", out _, out var error));
        Assert.Contains("$(GuardrailsCoverageLine)", error);
    }
}
