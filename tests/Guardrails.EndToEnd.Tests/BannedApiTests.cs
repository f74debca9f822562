using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR1101-GR1103 with the packed package: policy entries and BannedSymbols.txt files reach the analyzer.</summary>
public class BannedApiTests
{
    private const string Greeter = """
        using System;

        namespace App;

        public static class Greeter
        {
            public static void Greet(string name) => Console.WriteLine("Hello " + name);
        }
        """;

    [Fact]
    public void BannedApiInThePolicy_GivesGR1101AtTheCallSite_AndAnEntryThatMatchesNothingGivesGR1102AtItsPolicyLine()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Greeter.cs", Greeter);
        project.WriteFile("guardrails.json", """
            {
              "apis": {
                "banned": [
                  "T:System.Console;log through ILogger<T>",
                  "M:System.IO.File.Delte(System.String)"
                ]
              }
            }
            """);

        var build = project.Build();

        BuildAssert.Succeeded(build);
        BuildAssert.NoCrashes(build);
        var banned = BuildAssert.Single(build, "GR1101", "Greeter.cs", 7, "warning");
        Assert.Contains("'Console'", banned.Message);
        Assert.Contains("log through ILogger<T>", banned.Message);
        var unresolved = BuildAssert.Single(build, "GR1102", "guardrails.json", 5, "warning");
        Assert.Contains("M:System.IO.File.Delte(System.String)", unresolved.Message);
    }

    [Fact]
    public void BannedSymbolsFileNamedInThePolicy_IsReadAsIs_AndPolicySeverityApplies()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("App/Greeter.cs", Greeter);
        project.WriteFile("eng/BannedSymbols.txt", "// team bans\nT:System.Console; log through ILogger<T>\n");
        project.WriteFile("guardrails.json", """
            { "rules": { "GR1101": "error" }, "apis": { "files": [ "eng/BannedSymbols.txt" ] } }
            """);

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.Single(build, "GR1101", "Greeter.cs", 7, "error");
    }

    [Fact]
    public void ApisFileThatDoesNotExist_GivesGR0002()
    {
        using var project = ConsumerProject.Create();
        project.WriteFile("guardrails.json", "{\n  \"apis\": { \"files\": [ \"eng/Missing.txt\" ] }\n}\n");

        var build = project.Build();

        var diagnostic = BuildAssert.Single(build, "GR0002", "guardrails.json", 2, "warning");
        Assert.Contains("Missing.txt", diagnostic.Message);
    }
}
