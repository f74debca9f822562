using Guardrails.Symbols;

namespace Guardrails.Policy.Tests;

/// <summary>The shared ID parser (linked into the policy and the analyzers): the parts the banned-API index matches on.</summary>
public class SymbolIdSyntaxTests
{
    [Fact]
    public void Member_SplitsIntoKindPathAndContainer()
    {
        var id = Parse("M:System.IO.File.Delete(System.String)");

        Assert.Equal('M', id.Kind);
        Assert.Equal("M:System.IO.File.Delete(System.String)", id.CanonicalId);
        Assert.Equal(["System", "IO", "File", "Delete"], id.Segments);
        Assert.Equal("Delete", id.SimpleName);
        Assert.Equal("File", id.ContainerName);
        Assert.Equal("System.IO.File", id.ContainerPath);
        Assert.False(id.IsWildcard);
    }

    [Fact]
    public void ColonlessId_GetsItsColonInTheCanonicalId()
    {
        Assert.Equal("T:System.Console", Parse("TSystem.Console").CanonicalId);
    }

    [Fact]
    public void ArityMarks_StayInTheContainerPathAndRawSegments_NotInTheNames()
    {
        var id = Parse("M:System.Collections.Generic.List`1.ConvertAll``1(System.Converter{`0,``0})");

        Assert.Equal(["System", "Collections", "Generic", "List", "ConvertAll"], id.Segments);
        Assert.Equal(["System", "Collections", "Generic", "List`1", "ConvertAll``1"], id.RawSegments);
        Assert.Equal("System.Collections.Generic.List`1", id.ContainerPath);
        Assert.Equal("List", id.ContainerName);
    }

    [Fact]
    public void ExplicitInterfaceName_KeepsTheDotsInsideBraces()
    {
        var id = Parse("M:Lib.Widget.Lib#IStore{System.Collections.Generic.List{System.String}}#Put(System.String)");

        Assert.Equal(["Lib", "Widget", "Lib#IStore{System.Collections.Generic.List{System.String}}#Put"], id.RawSegments);
        Assert.Equal("Widget", id.ContainerName);
    }

    [Fact]
    public void Constructor_IsNamedDotCtor()
    {
        Assert.Equal(".ctor", Parse("M:System.Guid.#ctor").SimpleName);
    }

    [Fact]
    public void Wildcard_NamesThePrefix()
    {
        var id = Parse("M:System.IO.File.Delete*");

        Assert.True(id.IsWildcard);
        Assert.Equal("Delete", id.SimpleName);
        Assert.Equal("Delete*", id.RawSegments[^1]);
        Assert.Equal("System.IO.File", id.ContainerPath);
    }

    [Fact]
    public void GlobalNamespaceType_HasNoContainer()
    {
        var id = Parse("T:Widget");

        Assert.Equal(string.Empty, id.ContainerName);
        Assert.Equal(string.Empty, id.ContainerPath);
    }

    [Theory]
    [InlineData("", "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)")]
    [InlineData("X:Foo", "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)")]
    [InlineData("T:", "is not a valid documentation-comment ID: write the full name, for example T:System.IO.File")]
    [InlineData("M:A.*.B", "has a '*' that is not at the end of the last name: write e.g. M:System.IO.File.* or M:System.IO.File.Delete*")]
    [InlineData("N:System.*", "is a namespace wildcard: N: entries already cover child namespaces, drop the '*'")]
    [InlineData("T:*", "is a wildcard without a containing type or namespace: write e.g. M:System.IO.File.*")]
    public void UnusableId_GivesTheProblem(string text, string expected)
    {
        Assert.Null(SymbolIdSyntax.Parse(text, out var problem));
        Assert.Equal(expected, problem);
    }

    private static SymbolIdSyntax Parse(string text)
    {
        return SymbolIdSyntax.Parse(text, out var problem) ?? throw new InvalidOperationException("'" + text + "' " + problem);
    }
}
