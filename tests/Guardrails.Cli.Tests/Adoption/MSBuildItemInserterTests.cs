using System.Xml;
using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

public class MSBuildItemInserterTests
{
    private const string Comment = "Guardrails";

    private static readonly KeyValuePair<string, string>[] Attributes =
    [
        new("Include", "Guardrails"),
        new("Version", "0.1.0"),
    ];

    [Fact]
    public void NextToExistingItemsOfTheSameType_JoinsTheirGroup_OnItsOwnLine()
    {
        const string original = "<Project>\n    <ItemGroup>\n        <GlobalPackageReference Include=\"Other\" Version=\"1.0.0\">\n            <PrivateAssets>all</PrivateAssets>\n        </GlobalPackageReference>\n        <PackageVersion Include=\"xunit\" Version=\"2.9.3\"/>\n    </ItemGroup>\n</Project>\n";

        var result = MSBuildItemInserter.AddItem(original, "GlobalPackageReference", Attributes, Comment);

        Assert.Equal(
            original.Replace(
                "</GlobalPackageReference>\n",
                "</GlobalPackageReference>\n        <!-- Guardrails -->\n        <GlobalPackageReference Include=\"Guardrails\" Version=\"0.1.0\" />\n",
                StringComparison.Ordinal),
            result);
    }

    [Fact]
    public void WithoutSuchItems_AddsAGroupBeforeTheEnd_KeepingEverythingElseByteForByte()
    {
        const string original = "<?xml version='1.0' encoding='utf-8'?>\n<!-- repo-wide settings -->\n<Project  xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n  <PropertyGroup Condition=\"'$(A)' &gt; ''\">\n    <Description>a &amp; b &#x41;</Description>\n  </PropertyGroup>\n  <ItemGroup Condition=\"'$(X)' == 'y'\">\n    <PackageReference Include=\"Conditioned\" Version=\"1.0.0\"/>\n  </ItemGroup>\n  <Target Name=\"T\"><![CDATA[ </Project> ]]></Target>\n</Project>\n<!-- trailing -->\n";

        var result = MSBuildItemInserter.AddItem(original, "PackageReference", Attributes, Comment);

        var added = "  <!-- Guardrails -->\n  <ItemGroup>\n    <PackageReference Include=\"Guardrails\" Version=\"0.1.0\" />\n  </ItemGroup>\n";
        Assert.Equal(original.Insert(original.LastIndexOf("</Project>", StringComparison.Ordinal), added), result);
    }

    [Fact]
    public void EmptyProjectElement_IsOpenedUp()
    {
        var result = MSBuildItemInserter.AddItem("<Project />", "PackageReference", Attributes, Comment);

        Assert.Equal("<Project>\n  <!-- Guardrails -->\n  <ItemGroup>\n    <PackageReference Include=\"Guardrails\" Version=\"0.1.0\" />\n  </ItemGroup>\n</Project>", result);
    }

    [Fact]
    public void ProjectOnOneLine_StaysOnOneLine()
    {
        var result = MSBuildItemInserter.AddItem("<Project><PropertyGroup/></Project>", "PackageReference", Attributes, Comment);

        Assert.Equal("<Project><PropertyGroup/><!-- Guardrails --><ItemGroup><PackageReference Include=\"Guardrails\" Version=\"0.1.0\" /></ItemGroup></Project>", result);
    }

    [Theory]
    [InlineData("<Project><ItemGroup></Project>")]
    [InlineData("<Other />")]
    [InlineData("<!DOCTYPE Project [<!ENTITY x \"y\">]><Project>&x;</Project>")]
    public void NotAProjectOrNotWellFormed_Throws(string text)
    {
        Assert.Throws<XmlException>(() => MSBuildItemInserter.AddItem(text, "PackageReference", Attributes, Comment));
    }
}
