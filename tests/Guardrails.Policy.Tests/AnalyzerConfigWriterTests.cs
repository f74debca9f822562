using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

public class AnalyzerConfigWriterTests
{
    [Fact]
    public void Defaults_WriteAGlobalConfigBelowTheUsersOwn()
    {
        var text = AnalyzerConfigWriter.Write(GuardrailsPolicy.Defaults);

        Assert.Contains("is_global = true\n", text);
        Assert.Contains("global_level = -50\n", text);
        Assert.DoesNotContain("dotnet_diagnostic.", text);
    }

    [Fact]
    public void PolicySeverities_OfAnalyzerRules_AreWritten()
    {
        var policy = PolicyText.Parse("{ \"rules\": { \"testIntegrity\": \"error\", \"GR2004\": \"none\", \"GR0002\": \"error\" } }").Policy;

        var text = AnalyzerConfigWriter.Write(policy);

        Assert.Contains("dotnet_diagnostic.GR2004.severity = none\n", text);
        Assert.Contains("dotnet_diagnostic.GR4001.severity = error\n", text);
        Assert.Contains("dotnet_diagnostic.GR4003.severity = error\n", text);
        // Task rules are reported by MSBuild, not the compiler.
        Assert.DoesNotContain("GR0002", text);
        Assert.DoesNotContain("GR4004", text);
    }

    [Fact]
    public void ActiveProfile_IsRecorded()
    {
        var policy = PolicyText.Parse("{ \"profiles\": { \"ci\": { \"rules\": { \"GR2004\": \"error\" } } } }", profile: "ci").Policy;

        var text = AnalyzerConfigWriter.Write(policy);

        Assert.Contains("guardrails.profile = ci\n", text);
        Assert.Contains("dotnet_diagnostic.GR2004.severity = error\n", text);
    }

    [Fact]
    public void BannedApiSeverity_GoesToTheAnalyzer_NotToDotnetDiagnostic()
    {
        var policy = PolicyText.Parse("{ \"rules\": { \"dependencies\": \"error\" } }").Policy;

        var text = AnalyzerConfigWriter.Write(policy);

        Assert.Contains("guardrails.apis.severity = error\n", text);
        Assert.DoesNotContain("dotnet_diagnostic.GR1101.", text);
        Assert.Contains("dotnet_diagnostic.GR1102.severity = error\n", text);
    }

    [Fact]
    public void TestsExclude_BecomesOneSectionPerMatchingSourceFile_ThatSwitchesOffTheTestIntegrityAnalyzers()
    {
        var policy = PolicyText.Parse("{ \"tests\": { \"exclude\": [ \"tests/Legacy/**\" ] } }").Policy;

        var text = AnalyzerConfigWriter.Write(policy, ["/repo/tests/Legacy/OldTests.cs", "/repo/tests/Legacy/Deep/MoreTests.cs", "/repo/tests/NewTests.cs"]);

        Assert.Contains("\n[/repo/tests/Legacy/OldTests.cs]\ndotnet_diagnostic.GR4001.severity = none\ndotnet_diagnostic.GR4002.severity = none\ndotnet_diagnostic.GR4003.severity = none\n", text);
        Assert.Contains("\n[/repo/tests/Legacy/Deep/MoreTests.cs]\n", text);
        Assert.DoesNotContain("NewTests", text);
    }

    [Fact]
    public void AiGeneratedPaths_MarkMatchingFiles_AndTheHeaderMarkerIsHandedOver()
    {
        var policy = PolicyText.Parse("{ \"review\": { \"aiGenerated\": { \"paths\": [ \"src/Agents/**\" ], \"headerMarker\": \"generated-by-agent\" } } }").Policy;

        var text = AnalyzerConfigWriter.Write(policy, ["/repo/src/Agents/Planner.cs", "/repo/src/Core/Ledger.cs"]);

        Assert.Contains("\n[/repo/src/Agents/Planner.cs]\nguardrails.review.ai_generated = true\n", text);
        Assert.DoesNotContain("Ledger", text);
        Assert.Contains("guardrails.review.header_marker = generated-by-agent\n", text);
    }

    [Fact]
    public void SlaDays_HandsTheBuildDateToTheAnalyzers_OnlyWhenSet()
    {
        var withSla = PolicyText.Parse("{ \"review\": { \"slaDays\": 5 } }").Policy;
        var without = PolicyText.Parse("{ \"review\": { } }").Policy;

        var text = AnalyzerConfigWriter.Write(withSla, [], "2026-11-22");

        Assert.Contains("guardrails.review.sla_days = 5\n", text);
        Assert.Contains("guardrails.today = 2026-11-22\n", text);
        Assert.DoesNotContain("guardrails.today", AnalyzerConfigWriter.Write(without, [], "2026-11-22"));
    }

    [Fact]
    public void SensitiveApis_AddAndRemove_AreHandedToTheAnalyzerAsLists_WithTheCategorySeparatorEncoded()
    {
        var policy = PolicyText.Parse("""
            { "review": { "sensitiveApis": {
                "add": [ "M:MyCompany.Payments.Ledger.Post(MyCompany.Payments.Entry)", "T:MyCompany.Payments.Refunds; refunds" ],
                "remove": [ "M:System.Diagnostics.Process.Start", "N:System.IO" ] } } }
            """).Policy;

        var text = AnalyzerConfigWriter.Write(policy);

        Assert.Contains("guardrails.review.sensitive_apis.add = M:MyCompany.Payments.Ledger.Post(MyCompany.Payments.Entry)|T:MyCompany.Payments.Refunds%3B refunds\n", text);
        Assert.Contains("guardrails.review.sensitive_apis.remove = M:System.Diagnostics.Process.Start|N:System.IO\n", text);
        Assert.DoesNotContain("sensitive_apis", AnalyzerConfigWriter.Write(PolicyText.Parse("{ \"review\": { \"sensitiveApis\": { \"add\": [] } } }").Policy));
    }

    [Fact]
    public void SensitiveApisIncludeTests_True_IsHandedToTheAnalyzer_FalseOrAbsentIsNot()
    {
        static string Write(string json) => AnalyzerConfigWriter.Write(PolicyText.Parse(json).Policy);

        Assert.Contains("guardrails.review.sensitive_apis.include_tests = true\n", Write("{ \"review\": { \"sensitiveApis\": { \"includeTests\": true } } }"));
        Assert.DoesNotContain("include_tests", Write("{ \"review\": { \"sensitiveApis\": { \"includeTests\": false } } }"));
        Assert.DoesNotContain("include_tests", Write("{ \"review\": { \"sensitiveApis\": { \"add\": [] } } }"));
    }

    [Fact]
    public void SensitiveApisIncludeTests_FromTheCiProfile_AppliesInCi()
    {
        var policy = PolicyText.Parse("""
            { "profiles": { "ci": { "review": { "sensitiveApis": { "includeTests": true } } } } }
            """, profile: "ci").Policy;

        Assert.Contains("guardrails.review.sensitive_apis.include_tests = true\n", AnalyzerConfigWriter.Write(policy));
    }

    [Fact]
    public void SensitiveApisIncludeTests_NotABoolean_IsGR0001()
    {
        var problems = PolicyText.Parse("{ \"review\": { \"sensitiveApis\": { \"includeTests\": \"yes\" } } }").Problems;

        Assert.Contains(problems, p => p.RuleId == "GR0001" && p.Message.Contains("includeTests", StringComparison.Ordinal));
    }
}
