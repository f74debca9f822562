using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR4004: rules the policy locks cannot be switched off quietly in project files or .editorconfig.</summary>
public class LockedRuleTests
{
    private const string LockedPolicy = """
        {
          "rules": {
            "GR2004": { "severity": "error", "locked": true },
            "GR0002": { "severity": "warning", "locked": true },
            "GR4004": { "severity": "error", "locked": true },
            "GR9999": "none"
          }
        }
        """;

    [Fact]
    public void NoWarnOfALockedRule_GivesGR4004AtTheProjectFileLine()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", LockedPolicy);
        project.WriteProject("<NoWarn>$(NoWarn);GR2004</NoWarn>");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR4004", "App.csproj", 5, "error");
        Assert.Contains("<NoWarn> switches off GR2004", diagnostic.Message);
    }

    /// <summary>
    /// MSBuild itself turns NoWarn'd task warnings into messages, so a lock cannot keep GR0002 a warning; what it does
    /// is make GR4004 report the switch, and GR4004 at error cannot be hidden by NoWarn (NoWarn only demotes warnings).
    /// </summary>
    [Fact]
    public void NoWarnOfLockedTaskRules_IncludingGR4004Itself_FailsTheBuild()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", LockedPolicy);
        project.WriteProject("<NoWarn>$(NoWarn);GR0002;GR4004</NoWarn>");

        var build = project.Build();

        BuildAssert.Failed(build);
        var reports = build.WithId("GR4004");
        Assert.True(reports.Count == 2, build.Explain());
        Assert.All(reports, d => Assert.True(d.FileName == "App.csproj" && d.Line == 5 && d.Severity == "error", d.ToString()));
        Assert.Contains(reports, d => d.Message.Contains("switches off GR0002", StringComparison.Ordinal));
        Assert.Contains(reports, d => d.Message.Contains("switches off GR4004", StringComparison.Ordinal));
    }

    [Fact]
    public void EditorConfigDowngradeOfALockedRule_GivesGR4004AtThatLine()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", LockedPolicy);
        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR2004.severity = suggestion\n");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR4004", ".editorconfig", 4, "error");
    }

    [Fact]
    public void UnlockedRule_MaySwitchOffFreely()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        project.WriteProject("<NoWarn>$(NoWarn);GR2004</NoWarn>");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.None(build, "GR4004");
    }

    [Fact]
    public void RemovingTheSwitch_ClearsGR4004()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", LockedPolicy);
        project.WriteProject("<NoWarn>$(NoWarn);GR2004</NoWarn>");
        var before = project.Build();

        project.WriteProject();
        var after = project.Build();

        BuildAssert.Single(before, "GR4004", "App.csproj", 5, "error");
        BuildAssert.None(after, "GR4004");
        BuildAssert.Succeeded(after);
    }
}
