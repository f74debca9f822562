using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// The contract's precedence, lowest to highest: rule default, policy rules, profiles.ci in CI, .editorconfig /
/// .globalconfig (analyzer rules), MSBuild switches. GR2004 stands for analyzer rules, GR0002 for task rules.
/// </summary>
public class SeverityPrecedenceTests
{
    /// <summary>Line 3 holds the attribute GR2004 reports.</summary>
    private const string ExcludedCode = """
        namespace App;

        [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
        public sealed class Generated
        {
        }
        """;

    /// <summary>Line 3 holds the unknown rule ID GR0002 reports.</summary>
    private const string UnknownRulePolicy = "{\n  \"rules\": {\n    \"GR9999\": \"error\"\n  }\n}\n";

    private static readonly Dictionary<string, string?> InCi = new() { ["CI"] = "true" };

    [Fact]
    public void AnalyzerRule_DefaultSeverityIsWarning()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.Single(build, "GR2004", "Generated.cs", 3, "warning");
    }

    [Fact]
    public void AnalyzerRule_PolicySeverityApplies()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR2004", "Generated.cs", 3, "error");
    }

    [Fact]
    public void AnalyzerRule_PolicyCategoryApplies()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"coverage\": \"none\" } }");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.None(build, "GR2004");
    }

    [Fact]
    public void AnalyzerRule_EditorConfigBeatsPolicy_BothWays()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR2004.severity = none\n");

        var silenced = project.Build();

        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"none\" } }");
        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR2004.severity = error\n");
        var raised = project.Build();

        BuildAssert.Succeeded(silenced);
        BuildAssert.None(silenced, "GR2004");
        BuildAssert.Failed(raised);
        BuildAssert.Single(raised, "GR2004", "Generated.cs", 3, "error");
    }

    [Fact]
    public void AnalyzerRule_UsersGlobalConfigBeatsPolicy()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        project.WriteFile(".globalconfig", "is_global = true\ndotnet_diagnostic.GR2004.severity = suggestion\n");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.None(build, "GR2004");
    }

    [Fact]
    public void AnalyzerRule_CiProfileAppliesOnlyInCi()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", """
            {
              "rules": { "GR2004": "none" },
              "profiles": { "ci": { "rules": { "GR2004": "error" } } }
            }
            """);

        var local = project.Build();
        var ci = project.Build(InCi);
        var ciByCommandLine = project.Build(null, "-p:GuardrailsIsCI=true");
        var deterministicOnly = project.Build(null, "-p:ContinuousIntegrationBuild=true");

        BuildAssert.Succeeded(local);
        BuildAssert.None(local, "GR2004");
        BuildAssert.Failed(ci);
        BuildAssert.Single(ci, "GR2004", "Generated.cs", 3, "error");
        BuildAssert.Single(ciByCommandLine, "GR2004", "Generated.cs", 3, "error");
        // ContinuousIntegrationBuild is a determinism switch (CsvHelper sets it always): alone it does not mean CI.
        BuildAssert.Succeeded(deterministicOnly);
        BuildAssert.None(deterministicOnly, "GR2004");
    }

    [Fact]
    public void ProjectFileCannotMakeACiBuildLocal_ItsProfileIsIgnoredAndReported()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", """
            {
              "rules": { "GR2004": "warning" },
              "profiles": {
                "ci": { "rules": { "GR2004": "error" } },
                "local": { "rules": { "GR2004": "none" } }
              }
            }
            """);
        // Line 5 and 6 of the project file: what an agent that wants a green CI build writes.
        project.WriteProject("""
            <CI>false</CI>
                <GuardrailsProfile>local</GuardrailsProfile>
            """);

        var ci = project.Build(InCi);
        var local = project.Build();

        BuildAssert.Failed(ci);
        BuildAssert.Single(ci, "GR2004", "Generated.cs", 3, "error");
        var ignored = BuildAssert.Single(ci, "GR4004", "App.csproj", 6, "warning");
        Assert.Contains("<GuardrailsProfile>local</GuardrailsProfile> is ignored: this is a CI build (the environment variable CI=true)", ignored.Message);
        BuildAssert.Succeeded(local);
        BuildAssert.None(local, "GR2004");
        BuildAssert.None(local, "GR4004");
    }

    [Fact]
    public void AnalyzerRule_NoWarnBeatsPolicyError()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"error\" } }");
        project.WriteProject("<NoWarn>$(NoWarn);GR2004</NoWarn>");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.None(build, "GR2004");
    }

    [Fact]
    public void AnalyzerRule_MSBuildSwitchesBeatEditorConfig()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR2004.severity = error\n");
        project.WriteProject("<NoWarn>$(NoWarn);GR2004</NoWarn>");
        var silenced = project.Build();

        project.WriteFile(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.GR2004.severity = warning\n");
        project.WriteProject("<WarningsAsErrors>GR2004</WarningsAsErrors>");
        var promoted = project.Build();

        BuildAssert.Succeeded(silenced);
        BuildAssert.None(silenced, "GR2004");
        BuildAssert.Failed(promoted);
        BuildAssert.Single(promoted, "GR2004", "Generated.cs", 3, "error");
    }

    [Fact]
    public void AnalyzerRule_TreatWarningsAsErrorsFailsTheBuild_WarningsNotAsErrorsExempts()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Generated.cs", ExcludedCode);
        project.WriteProject("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var strict = project.Build();

        project.WriteProject("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>GR2004</WarningsNotAsErrors>");
        var exempt = project.Build();

        BuildAssert.Failed(strict);
        BuildAssert.Single(strict, "GR2004", "Generated.cs", 3, "error");
        BuildAssert.Succeeded(exempt);
        BuildAssert.Single(exempt, "GR2004", "Generated.cs", 3, "warning");
    }

    [Fact]
    public void TaskRule_DefaultIsWarning_PolicyRaisesIt()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{\n  \"rules\": {\n    \"GR9999\": \"error\",\n    \"GR0002\": \"error\"\n  }\n}\n");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR0002", "guardrails.json", 3, "error");
    }

    [Fact]
    public void TaskRule_CiProfileAppliesUnderCiTrue()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", """
            {
              "rules": {
                "GR9999": "error"
              },
              "profiles": { "ci": { "rules": { "policy": "error" } } }
            }
            """);

        var local = project.Build();
        var ci = project.Build(InCi);

        BuildAssert.Succeeded(local);
        BuildAssert.Single(local, "GR0002", "guardrails.json", 3, "warning");
        BuildAssert.Failed(ci);
        BuildAssert.Single(ci, "GR0002", "guardrails.json", 3, "error");
    }

    [Fact]
    public void TaskRule_NoWarnSilencesIt()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", UnknownRulePolicy);
        project.WriteProject("<NoWarn>$(NoWarn);GR0002</NoWarn>");

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoGuardrailsDiagnostics(build);
    }

    [Fact]
    public void TaskRule_TreatWarningsAsErrorsFailsTheBuild()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", UnknownRulePolicy);
        project.WriteProject("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR0002", "guardrails.json", 3, "error");
    }

    [Fact]
    public void TaskRule_WarningsAsErrorsAndWarningsNotAsErrors()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", UnknownRulePolicy);
        project.WriteProject("<WarningsAsErrors>GR0002</WarningsAsErrors>");
        var promoted = project.Build();

        project.WriteProject("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>GR0002</WarningsNotAsErrors>");
        var exempt = project.Build();

        BuildAssert.Failed(promoted);
        BuildAssert.Single(promoted, "GR0002", "guardrails.json", 3, "error");
        BuildAssert.Succeeded(exempt);
        BuildAssert.Single(exempt, "GR0002", "guardrails.json", 3, "warning");
    }
}
