using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

public class JsoncWriterTests
{
    [Fact]
    public void Comment_WithLineBreaksFromFileNames_StaysOneComment()
    {
        var text = new JsoncWriter().Comment("a\nb\r\"c\" \u2028 d").ToString();

        Assert.Equal("// a b \"c\" d\n", text);
    }

    [Fact]
    public void LongComment_IsWrappedAtTheFileWidth()
    {
        var lines = new JsoncWriter().Comment(string.Join(" ", Enumerable.Repeat("word", 60))).ToString().TrimEnd('\n').Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.True(l.Length <= 118 && l.StartsWith("// word", StringComparison.Ordinal), l));
    }

    [Fact]
    public void Strings_AreEscapedForJson()
    {
        Assert.Equal("[ \"a\\\"b\", \"c\\nd\", \"<T>\" ]", JsoncWriter.Array(["a\"b", "c\nd", "<T>"]));
    }
}
