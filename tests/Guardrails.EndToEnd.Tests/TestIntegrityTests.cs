using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>GR4001-GR4004 in a real xunit test project built with the packed package.</summary>
public class TestIntegrityTests
{
    private const string Tests = """
        using Xunit;

        namespace App;

        public class OrderTests
        {
            [Fact]
            public void Create_Works()
            {
                var order = Calculator.Add(1, 2);
                order.ToString();
            }

            [Fact(Skip = "flaky on CI")]
            public void Total_IsRounded() => Assert.Equal(3, Calculator.Add(1, 2));

            [Fact(Skip = "blocked by #4711")]
            public void Total_IsTracked() => Assert.Equal(3, Calculator.Add(1, 2));

            [Fact]
            public void Add_AddsNumbers() => Assert.Equal(3, Calculator.Add(1, 2));

        #pragma warning disable GR3002
            [Fact]
            public void Helper_Asserts() => Check(Calculator.Add(2, 2));
        #pragma warning restore GR3002

            private static void Check(int value) => Assert.Equal(4, value);
        }
        """;

    [Fact]
    public void TestProject_ReportsEachTestIntegrityRuleAtItsLine()
    {
        using var project = ConsumerProject.CreateTestProject();
        project.WriteFile("App/OrderTests.cs", Tests);
        project.WriteFile("guardrails.json", """
            {
              "rules": { "GR4001": { "severity": "error", "locked": true } }
            }
            """);
        project.WriteProject("<NoWarn>$(NoWarn);GR4001</NoWarn>", ConsumerProject.TestFrameworkItems);

        var build = project.Build();

        BuildAssert.NoCrashes(build);
        var gr4004 = BuildAssert.Single(build, "GR4004", "App.csproj", 5, "warning");
        Assert.Contains("<NoWarn> switches off GR4001", gr4004.Message);
        BuildAssert.None(build, "GR4001");
        var gr4002 = BuildAssert.Single(build, "GR4002", "OrderTests.cs", 14, "warning");
        Assert.Contains("Total_IsRounded", gr4002.Message);
        BuildAssert.Single(build, "GR4003", "OrderTests.cs", 23, "warning");
    }

    [Fact]
    public void TestWithoutAssertion_GivesGR4001AtTheMethodName()
    {
        using var project = ConsumerProject.CreateTestProject();
        project.WriteFile("App/OrderTests.cs", Tests);
        project.WriteFile("guardrails.json", "{ \"rules\": { \"GR4001\": \"error\" } }");

        var build = project.Build();

        BuildAssert.Failed(build);
        BuildAssert.NoCrashes(build);
        var diagnostic = BuildAssert.Single(build, "GR4001", "OrderTests.cs", 8, "error");
        Assert.Equal(17, diagnostic.Column);
        Assert.Contains("Create_Works", diagnostic.Message);
    }
}
