using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// The baseline with the packed package: record the findings of an existing codebase, build green with them, fail on
/// exactly one new violation, and report an entry that no longer occurs (GR0003).
/// </summary>
public class BaselineTests
{
    private const string Legacy = """
        using System.Diagnostics.CodeAnalysis;

        namespace App;

        [ExcludeFromCodeCoverage]
        public class A { public void Log() => System.Console.WriteLine("a"); }

        [ExcludeFromCodeCoverage]
        public class B { public void Log() => System.Console.WriteLine("b"); }
        """;

    private const string Policy = """
        {
          "rules": { "GR4001": { "severity": "warning", "locked": true } },
          "apis": { "banned": [ "T:System.Console;log through ILogger<T>" ] },
          "baseline": { "file": "guardrails.baseline.json" }
        }
        """;

    [Fact]
    public void RecordedBaseline_MakesTheBuildGreen_ANewViolationFailsAlone_AFixedOneIsReportedAsStale()
    {
        using var project = ConsumerProject.Create();
        // Warnings are errors here, and the project switches off a locked rule (GR4004, a task rule).
        project.WriteProject(extraProperties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><NoWarn>$(NoWarn);GR4001</NoWarn>");
        project.WriteFile("App/Legacy.cs", Legacy);
        project.WriteFile("guardrails.json", Policy);

        var before = project.Build();
        // What `guardrails baseline` does: build in recording mode (Guardrails errors become warnings), collect findings.json.
        var recording = project.Build(null, "-p:GuardrailsBaselineRecording=true", "-p:TreatWarningsAsErrors=false");
        var findings = Directory.GetFiles(Path.Combine(project.ProjectDirectory, "obj"), "findings.json", SearchOption.AllDirectories);
        File.Copy(Assert.Single(findings), Path.Combine(project.Root, "guardrails.baseline.json"));
        var green = project.Build();

        BuildAssert.Failed(before);
        Assert.Equal(["GR0002", "GR1101", "GR2004", "GR4004"], before.Guardrails.Select(d => d.Id).Distinct().Order());
        BuildAssert.Succeeded(recording);
        Assert.DoesNotContain(recording.Guardrails, d => d.Severity == "error");
        var baseline = File.ReadAllText(Path.Combine(project.Root, "guardrails.baseline.json"));
        Assert.Contains("\"count\": 2", baseline);
        Assert.Contains("\"project\": \"App/App.csproj\"", baseline);
        BuildAssert.Succeeded(green);
        BuildAssert.NoGuardrailsDiagnostics(green);

        project.WriteFile("App/Legacy.cs", Legacy + "\n[ExcludeFromCodeCoverage]\npublic class C { }\n");
        var oneNew = project.Build();

        BuildAssert.Failed(oneNew);
        var fresh = Assert.Single(oneNew.Guardrails);
        Assert.Equal(("GR2004", "Legacy.cs", 10), (fresh.Id, fresh.FileName, fresh.Line));

        project.WriteFile("App/Legacy.cs", Legacy.Replace("[ExcludeFromCodeCoverage]\npublic class A", "public class A", StringComparison.Ordinal));
        var fixedLocally = project.Build();
        // Stale entries are found in the compiler's log, which CI builds write (a local build skips it: it slows the compiler).
        var fixedOne = project.Build(new Dictionary<string, string?> { ["CI"] = "true" });

        BuildAssert.Succeeded(fixedLocally);
        BuildAssert.None(fixedLocally, "GR0003");

        BuildAssert.NoCrashes(fixedOne);
        var stale = fixedOne.WithId("GR0003");
        Assert.True(stale.Count == 1, fixedOne.Explain());
        Assert.Equal("guardrails.baseline.json", stale[0].FileName);
        Assert.Contains("'A' is excluded", stale[0].Message);
        Assert.DoesNotContain(fixedOne.Guardrails, d => d.Id != "GR0003");
    }
}
