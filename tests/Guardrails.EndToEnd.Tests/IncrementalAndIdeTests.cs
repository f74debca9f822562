using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

public class IncrementalAndIdeTests
{
    [Fact]
    public void SecondBuild_SkipsThePolicyTarget_ButStillReportsItsDiagnostics()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{\n  \"rules\": {\n    \"GR9999\": \"error\"\n  }\n}\n");

        var first = project.Build(null, "-v:d");
        var second = project.Build(null, "-v:d");

        Assert.Contains("Target \"GuardrailsResolvePolicy\" ", first.Output);
        Assert.DoesNotContain("Skipping target \"GuardrailsResolvePolicy\"", first.Output);
        Assert.Contains("Skipping target \"GuardrailsResolvePolicy\" because all output files are up-to-date", second.Output);
        BuildAssert.Single(second, "GR0002", "guardrails.json", 3, "warning");
    }

    [Fact]
    public void ChangingTheCiState_RerunsThePolicyTarget()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"profiles\": { \"ci\": { \"rules\": { \"GR2004\": \"error\" } } } }");

        project.Build();
        var ci = project.Build(new Dictionary<string, string?> { ["CI"] = "true" }, "-v:d");

        Assert.DoesNotContain("Skipping target \"GuardrailsResolvePolicy\"", ci.Output);
        var config = File.ReadAllText(Path.Combine(project.ProjectDirectory, "obj", "Debug", "net10.0", "guardrails", "policy.globalconfig"));
        Assert.Contains("guardrails.profile = ci", config);
    }

    [Fact]
    public void DesignTimeBuild_GivesTheCompilerThePolicyConfig_WithoutReportingTaskDiagnostics()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\", \"GR9999\": \"error\" } }");
        BuildAssert.Succeeded(project.Run("restore", null));

        var designTime = project.Run("msbuild", null, "-t:GuardrailsApplyPolicy", "-p:DesignTimeBuild=true", "-getItem:EditorConfigFiles");

        Assert.True(designTime.ExitCode == 0, designTime.Explain());
        Assert.Contains("policy.globalconfig", designTime.Output);
        BuildAssert.None(designTime, "GR0002");
        var config = File.ReadAllText(Path.Combine(project.ProjectDirectory, "obj", "Debug", "net10.0", "guardrails", "policy.globalconfig"));
        Assert.Contains("dotnet_diagnostic.GR2004.severity = error", config);
    }

    [Fact]
    public void GuardrailsEnabledFalse_SwitchesTheTasksOff()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{ \"bogus\": 1 }");
        project.WriteProject("<GuardrailsEnabled>false</GuardrailsEnabled>");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.None(build, "GR0001");
    }
}
