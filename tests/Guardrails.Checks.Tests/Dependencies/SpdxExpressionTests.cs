using Guardrails.Checks.Dependencies;
using Guardrails.Policy;

namespace Guardrails.Checks.Tests.Dependencies;

public class SpdxExpressionTests
{
    private static readonly string[] Allowed = ["MIT", "Apache-2.0", "BSD-3-Clause"];

    [Theory]
    [InlineData("MIT", true)]
    [InlineData("mit", true)]
    [InlineData("GPL-3.0-only", false)]
    [InlineData("MIT OR GPL-3.0-only", true)]
    [InlineData("GPL-3.0-only OR LGPL-2.1-only", false)]
    [InlineData("MIT AND Apache-2.0", true)]
    [InlineData("MIT AND GPL-3.0-only", false)]
    [InlineData("(MIT OR GPL-2.0-only) AND Apache-2.0", true)]
    [InlineData("Apache-2.0 WITH LLVM-exception", true)]
    [InlineData("(MIT", false)]
    [InlineData("MIT OR", false)]
    [InlineData("", false)]
    public void Expression_IsJudgedAgainstTheAllowedSet(string expression, bool expected)
    {
        Assert.Equal(expected, SpdxExpression.IsSatisfiedBy(expression, Allowed));
    }

    [Fact]
    public void NuspecWithOnlyAKnownUrl_MapsToItsIdentifier()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "x.nuspec");
        File.WriteAllText(path, "<package><metadata><licenseUrl>https://licenses.nuget.org/MIT</licenseUrl></metadata></package>");

        Assert.Equal("MIT", PackageLicense.ReadNuspec(path)!.Expression);
    }

    [Fact]
    public void NuspecWithADtd_IsNotExpanded()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "x.nuspec");
        File.WriteAllText(path, "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x \"MIT\">]><package><metadata><license type=\"expression\">&x;</license></metadata></package>");

        Assert.Null(PackageLicense.ReadNuspec(path));
    }

    [Theory]
    [InlineData("*.Domain", "Contoso.Domain", true)]
    [InlineData("Orders", "OrderSamples", false)]
    [InlineData("Contoso.*", "contoso.http", true)]
    public void Globs_MatchWholeNamesIgnoringCase(string pattern, string name, bool expected)
    {
        Assert.Equal(expected, Globs.IsMatch(pattern, name));
    }
}
