using Guardrails.Checks.Switches;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Tests.Switches;

public sealed class SwitchAuditTests : IDisposable
{
    private const string LockedPolicy = """
        { "rules": { "GR4001": { "severity": "error", "locked": true }, "GR0002": { "severity": "warning", "locked": true }, "GR2004": "warning" } }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-switches-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private SwitchAuditInputs Inputs(string? noWarn = null, string? notAsErrors = null, bool runAnalyzersOff = false, params string[] configs) => new()
    {
        ProjectFile = Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <NoWarn>$(NoWarn);CS1591;GR4001</NoWarn>
                <WarningsNotAsErrors>GR0002</WarningsNotAsErrors>
                <RunAnalyzers>false</RunAnalyzers>
              </PropertyGroup>
            </Project>
            """),
        NoWarn = noWarn,
        WarningsNotAsErrors = notAsErrors,
        RunAnalyzersOff = runAnalyzersOff,
        AnalyzerConfigFiles = configs,
    };

    private static GuardrailsPolicy Policy(string json = LockedPolicy) => PolicyText.Parse(json).Policy;

    [Fact]
    public void NoWarnOfALockedRule_IsReportedAtTheProjectFileLine()
    {
        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), Inputs(noWarn: ";CS1591;GR4001")));

        Assert.Equal(RuleIds.GR4004, diagnostic.RuleId);
        Assert.EndsWith("App.csproj", diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.Equal(5, diagnostic.Column);
        Assert.Contains("<NoWarn> switches off GR4001", diagnostic.Message);
        Assert.Equal("GR4001", diagnostic.Symbol);
    }

    [Fact]
    public void NoWarnOfAnUnlockedRule_IsFine()
    {
        Assert.Empty(SwitchAudit.Check(Policy(), Inputs(noWarn: "GR2004")));
    }

    [Fact]
    public void NoPolicyLocks_NothingIsChecked()
    {
        Assert.Empty(SwitchAudit.Check(GuardrailsPolicy.Defaults, Inputs(noWarn: "GR4001", runAnalyzersOff: true)));
    }

    [Fact]
    public void NoWarnFromTheCommandLine_IsReportedAtTheProjectWithoutALine()
    {
        var inputs = Inputs(noWarn: "GR4001");
        File.WriteAllText(inputs.ProjectFile, "<Project Sdk=\"Microsoft.NET.Sdk\" />");

        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), inputs));

        Assert.Equal(0, diagnostic.Line);
        Assert.Contains("command line", diagnostic.Message);
    }

    [Fact]
    public void WarningsNotAsErrorsOfALockedWarning_IsReported()
    {
        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), Inputs(notAsErrors: "GR0002")));

        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("WarningsNotAsErrors", diagnostic.Message);
    }

    [Fact]
    public void EditorConfigDowngrade_IsReportedAtItsLine_AnUpgradeIsNot()
    {
        var config = Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR4001.severity = warning\ndotnet_diagnostic.GR2004.severity = none\n\n[tests/**.cs]\ndotnet_diagnostic.GR4001.severity = error\n");

        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), Inputs(configs: config)));

        Assert.Equal(config, diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Contains("dotnet_diagnostic.GR4001.severity = warning downgrades GR4001", diagnostic.Message);
    }

    [Fact]
    public void RunAnalyzersFalse_WithALockedAnalyzerRule_IsReported()
    {
        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), Inputs(runAnalyzersOff: true)));

        Assert.Equal(5, diagnostic.Line);
        Assert.Contains("<RunAnalyzers>false switches off GR4001", diagnostic.Message);
    }

    [Fact]
    public void CategoryLock_LocksEveryRuleInIt()
    {
        var policy = Policy("{ \"rules\": { \"testIntegrity\": { \"severity\": \"error\", \"locked\": true } } }");

        var diagnostic = Assert.Single(SwitchAudit.Check(policy, Inputs(noWarn: "GR4001")));

        Assert.Equal("GR4001", diagnostic.Symbol);
        Assert.True(diagnostic.Locked, "GR4004 is in the locked category, so NoWarn cannot hide it either");
    }

    [Fact]
    public void HostileProjectFile_WithADtd_IsNotExpanded()
    {
        var inputs = Inputs(noWarn: "GR4001");
        File.WriteAllText(inputs.ProjectFile, "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x \"GR4001\">]><Project><PropertyGroup><NoWarn>&x;</NoWarn></PropertyGroup></Project>");

        var diagnostic = Assert.Single(SwitchAudit.Check(Policy(), inputs));

        Assert.Equal(0, diagnostic.Line);
    }
}
