using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

public class PolicyFileTests
{
    [Fact]
    public void NoPolicy_BuildsCleanWithTheDefaults_AndAnnotationsStayOutOfBin()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Transfers.cs", """
            namespace App;

            public sealed class Transfers
            {
                [Guardrails.AiGenerated("copilot")]
                [Guardrails.Reviewed("alice", "2026-11-20", Fingerprint = "6f0f60a9fe63")]
                public decimal Move(decimal amount) => amount;
            }
            """);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        BuildAssert.NoGuardrailsDiagnostics(build);
        var bin = Path.Combine(project.ProjectDirectory, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "App.dll")));
        Assert.False(File.Exists(Path.Combine(bin, "Guardrails.Annotations.dll")), "the [Conditional] annotations must not be copied to the output");
    }

    [Fact]
    public void MisspeltKeyOnLine7_FailsTheBuildWithGR0001AtThatLine()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", """
            {
              // Team policy.
              "rules": {
                "GR2004": "error",
              },
              "coverage": { "line": 80 },
              "reveiw": { "slaDays": 5 }
            }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR0001", "guardrails.json", 7, "error");
        Assert.Equal(3, diagnostic.Column);
        Assert.Contains("Did you mean 'review'?", diagnostic.Message);
        Assert.Equal(Path.Combine(project.Root, "guardrails.json"), diagnostic.File);
    }

    [Fact]
    public void JsonSyntaxError_FailsWithGR0001AtThePosition()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{\n  \"rules\": {\n    \"GR2004\" \"error\"\n  }\n}\n");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        BuildAssert.Single(build, "GR0001", "guardrails.json", 3, "error");
    }

    [Fact]
    public void BadVersionRange_FailsWithGR0001()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", """
            {
              "packages": {
                "banned": [
                  { "id": "Newtonsoft.Json", "versions": "[13.0,", "reason": "use System.Text.Json" }
                ]
              }
            }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR0001", "guardrails.json", 4, "error");
        Assert.Contains("version range", diagnostic.Message);
    }

    [Fact]
    public void UnknownRuleId_WarnsWithGR0002_AndTheBuildSucceeds()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{\n  \"rules\": {\n    \"GR9999\": \"error\"\n  }\n}\n");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR0002", "guardrails.json", 3, "warning");
        Assert.Contains("GR9999", diagnostic.Message);
    }

    [Fact]
    public void PolicyIsFoundByWalkingUp_AndGuardrailsPolicyFileOverrides()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR9998\": \"error\" } }");
        project.WriteFile("policies/strict.json", "{\n \"rules\": { \"GR9997\": \"error\" } }");

        var walkedUp = project.Build();
        project.WriteProject("<GuardrailsPolicyFile>../policies/strict.json</GuardrailsPolicyFile>");
        var overridden = project.Build();

        Assert.Contains("GR9998", BuildAssert.Single(walkedUp, "GR0002", "guardrails.json", 1, "warning").Message);
        Assert.Contains("GR9997", BuildAssert.Single(overridden, "GR0002", "strict.json", 2, "warning").Message);
    }

    [Fact]
    public void GuardrailsPolicyFileNamingAMissingFile_ReportsGR0002()
    {
        using var project = ConsumerProject.Create();
        project.WriteProject("<GuardrailsPolicyFile>missing.json</GuardrailsPolicyFile>");

        var build = project.Build();

        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR0002", "App.csproj", 0, "warning");
        Assert.Contains("missing.json", diagnostic.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void PolicyPathThatIsADirectory_FailsWithGR0001AtIt_NeverTheDefaults(bool named)
    {
        using var project = ConsumerProject.Create();
        Directory.CreateDirectory(Path.Combine(project.Root, "guardrails.json"));
        if (named)
        {
            project.WriteProject("<GuardrailsPolicyFile>../guardrails.json</GuardrailsPolicyFile>");
        }

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR0001", "guardrails.json", 1, "error");
        Assert.Contains("is a directory", diagnostic.Message);
    }

    [Fact]
    public void NoWarnCannotHideABrokenPolicy()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"bogus\": true }");
        project.WriteProject("<NoWarn>$(NoWarn);GR0001</NoWarn>");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR0001", "guardrails.json", 1, "error");
    }

    [Fact]
    public void BrokenPolicy_IsReportedAgainOnAnIncrementalBuild()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"bogus\": true }");

        var first = project.Build();
        var second = project.Build();

        BuildAssert.Single(first, "GR0001", "guardrails.json", 1, "error");
        BuildAssert.Single(second, "GR0001", "guardrails.json", 1, "error");
        BuildAssert.Failed(second);
    }

    [Fact]
    public void FixingThePolicy_ClearsGR0001OnTheNextBuild()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"bogus\": true }");
        var broken = project.Build();

        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        var fixedBuild = project.Build();

        BuildAssert.Failed(broken);
        BuildAssert.Succeeded(fixedBuild);
        BuildAssert.NoGuardrailsDiagnostics(fixedBuild);
    }
}
