using System.Text;
using Guardrails.Cli.Adoption;
using Guardrails.Policy;

namespace Guardrails.Cli.Tests.Adoption;

/// <summary>
/// What new users ran into adopting Guardrails on well-known repositories: a licence list cut short, samples counted as
/// production, coverlet.msbuild called "no collector", and a BannedSymbols.txt the analyzer already reads listed as
/// commented out.
/// </summary>
public sealed class InitAdoptionFindingsTests : IDisposable
{
    private readonly TempRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void EveryPackageWithAnUnknownLicence_IsListed_InTheSummaryAndThePolicy()
    {
        _repo.ThreeProjects();
        var unknown = Enumerable.Range(1, 14).Select(i => ("Old.Package" + i, "1.0." + i, (string?)("https://contoso.example/eula" + i))).ToArray();
        _repo.Restore("src/Lib/Lib.csproj", unknown);

        var plan = _repo.Plan();

        Assert.Contains(plan.Summary, l => l.StartsWith("licences unknown for 14 packages", StringComparison.Ordinal));
        foreach (var (id, version, url) in unknown)
        {
            Assert.Contains("  " + id + " " + version + ": licence URL " + url, plan.Summary);
            Assert.Contains("\"" + id + "\"", plan.Policy.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(plan.Summary, l => l.Contains(" more", StringComparison.Ordinal));
        Assert.DoesNotContain(" more", plan.Policy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SamplesExamplesDemosAndBenchmarks_AreNeitherProductionNorTests_AndSaySo()
    {
        _repo.ThreeProjects();
        _repo.Project("samples/Lib.Quickstart/Lib.Quickstart.csproj", references: ["src/Lib/Lib.csproj"]);
        _repo.Project("examples/Web/Web.csproj");
        _repo.Project("demo-app/DemoApp.csproj");
        _repo.Project("src/Lib.Benchmarks/Lib.Benchmarks.csproj", packages: ["BenchmarkDotNet"]);
        _repo.Project("src/Lib.Samples/Lib.Samples.csproj");
        _repo.Project("samples/Lib.Sample.Tests/Lib.Sample.Tests.csproj", packages: ["xunit"]);

        var scan = RepositoryScanner.Scan(_repo.Root);
        var plan = InitPlanner.Plan(scan, new InitOptions("0.1.0"));

        Assert.Equal(["App", "Lib"], scan.ProductionProjects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["App.Tests", "Lib.Sample.Tests"], scan.TestProjects.Select(p => p.Name).Order(StringComparer.Ordinal));
        var samples = scan.SampleAndBenchmarkProjects.ToDictionary(p => p.Name, p => p.SampleOrBenchmarkReason);
        Assert.Equal("under samples/", samples["Lib.Quickstart"]);
        Assert.Equal("under examples/", samples["Web"]);
        Assert.Equal("under demo-app/", samples["DemoApp"]);
        Assert.Equal("references BenchmarkDotNet", samples["Lib.Benchmarks"]);
        Assert.Equal("its name ends with .Samples", samples["Lib.Samples"]);
        var projects = Assert.Single(plan.Summary, l => l.StartsWith("projects:", StringComparison.Ordinal));
        Assert.StartsWith("projects: 9 found — 2 production (App, Lib), 2 test", projects, StringComparison.Ordinal);
        Assert.Contains("5 sample/benchmark (", projects, StringComparison.Ordinal);
        Assert.Contains("neither production nor tests", projects, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverletMSBuild_IsACollector_AndInitSaysHowToGetCoberturaFromIt()
    {
        _repo.Project("src/Lib/Lib.csproj");
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit", "coverlet.msbuild"], references: ["src/Lib/Lib.csproj"]);

        var plan = _repo.Plan();

        var coverage = Assert.Single(plan.Summary, l => l.StartsWith("coverage:", StringComparison.Ordinal));
        Assert.DoesNotContain("need", coverage, StringComparison.Ordinal);
        Assert.Contains("dotnet test /p:CollectCoverage=true /p:CoverletOutputFormat=cobertura /p:CoverletOutput=TestResults/ (coverlet.msbuild)", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("XPlat Code Coverage", coverage, StringComparison.Ordinal);
        Assert.Contains("/p:CollectCoverage=true", plan.Policy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverletMSBuildReport_BesideTheProject_IsMeasured()
    {
        _repo.Project("src/Lib/Lib.csproj");
        _repo.Project("tests/Lib.Tests/Lib.Tests.csproj", packages: ["Microsoft.NET.Test.Sdk", "xunit", "coverlet.msbuild"], references: ["src/Lib/Lib.csproj"]);
        var report = _repo.CoverageReport("tests/Lib.Tests/Lib.Tests.csproj", coveredLines: 61, totalLines: 100);
        File.Move(report, _repo.PathOf("tests/Lib.Tests/coverage.cobertura.xml"));

        var plan = _repo.Plan();

        Assert.Contains(plan.Summary, l => l.StartsWith("coverage: thresholds line 61%", StringComparison.Ordinal));
    }

    [Fact]
    public void BannedSymbolsGivenAsAdditionalFiles_IsSaidToBeReadAlready_AndNotListedAgain()
    {
        _repo.ThreeProjects();
        _repo.Write("eng/BannedSymbols.txt", "T:System.Console;use ILogger\n");
        _repo.Write("Directory.Build.props", "<Project>\n  <ItemGroup>\n    <AdditionalFiles Include=\"$(MSBuildThisFileDirectory)eng\\BannedSymbols.txt\" />\n  </ItemGroup>\n</Project>\n");
        _repo.Write("legacy/BannedSymbols.Old.txt", "T:System.Environment\n");

        var plan = _repo.Plan();

        Assert.Contains(
            "banned APIs: eng/BannedSymbols.txt is given to the compiler as AdditionalFiles (Directory.Build.props), so GR1101 reads it already, as BannedApiAnalyzers does; apis.files does not list it again",
            plan.Summary);
        Assert.Contains(plan.Summary, l => l.StartsWith("banned APIs: legacy/BannedSymbols.Old.txt (BannedApiAnalyzers' format) is not given to any project as AdditionalFiles", StringComparison.Ordinal));
        Assert.Contains("Read by GR1101 already", plan.Policy.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"eng/BannedSymbols.txt\"", plan.Policy.Text, StringComparison.Ordinal);
        Assert.Contains("\"legacy/BannedSymbols.Old.txt\"", plan.Policy.Text, StringComparison.Ordinal);
        Assert.Empty(PolicyLoader.Parse(Encoding.UTF8.GetBytes(plan.Policy.Text), _repo.PathOf("guardrails.json"), "ci", profileIsExplicit: true).Problems);
    }

    [Fact]
    public void BannedSymbolsGivenAsAdditionalFiles_InAnImportedTargetsFile_IsSaidToBeReadAlready()
    {
        // Polly: Directory.Build.targets imports eng/Analyzers.targets, which gives eng/analyzers/BannedSymbols.txt to
        // every non-test project; init used to say nothing read it (and GR1101/GR1102 then reported from it).
        _repo.ThreeProjects();
        _repo.Write("eng/analyzers/BannedSymbols.txt", "P:System.DateTime.Now; Use TimeProvider.GetLocalNow().DateTime instead.\n");
        _repo.Write("Directory.Build.targets", "<Project>\n  <Import Project=\"$(MSBuildThisFileDirectory)eng/Analyzers.targets\" />\n</Project>\n");
        _repo.Write("eng/Analyzers.targets", "<Project>\n  <ItemGroup>\n    <AdditionalFiles Include=\"$(MSBuildThisFileDirectory)analyzers\\BannedSymbols.txt\" Condition=\" '$(IsTestProject)' != 'true' \" Visible=\"false\" />\n  </ItemGroup>\n</Project>\n");

        var plan = _repo.Plan();

        Assert.Contains(
            "banned APIs: eng/analyzers/BannedSymbols.txt is given to the compiler as AdditionalFiles (eng/Analyzers.targets), so GR1101 reads it already, as BannedApiAnalyzers does; apis.files does not list it again",
            plan.Summary);
        Assert.DoesNotContain("\"eng/analyzers/BannedSymbols.txt\"", plan.Policy.Text, StringComparison.Ordinal);
    }
}
