using Guardrails.Checks.Coverage;

namespace Guardrails.Checks.Tests.Coverage;

public class GitDiffParserTests
{
    private const string Root = "/repo";

    // Real `git diff --unified=0 --no-color --no-ext-diff -M --src-prefix=a/ --dst-prefix=b/ <base>` output, with the
    // tab git writes after a name with a space, a quoted UTF-8 name, a rename with an edit, a deletion, a binary file,
    // a mode change, and added lines whose text looks like diff headers.
    private const string Diff =
        "diff --git a/src/added.cs b/src/added.cs\n" +
        "new file mode 100644\n" +
        "index 0000000..3e75765\n" +
        "--- /dev/null\n" +
        "+++ b/src/added.cs\n" +
        "@@ -0,0 +1,3 @@\n" +
        "+class Added\n" +
        "+{\n" +
        "+}\n" +
        "diff --git a/src/gone.cs b/src/gone.cs\n" +
        "deleted file mode 100644\n" +
        "index abaddc0..0000000\n" +
        "--- a/src/gone.cs\n" +
        "+++ /dev/null\n" +
        "@@ -1,2 +0,0 @@\n" +
        "-class Gone\n" +
        "-{}\n" +
        "diff --git a/src/my file.cs b/src/my file.cs\n" +
        "index de98044..a7bc997 100644\n" +
        "--- a/src/my file.cs\t\n" +
        "+++ b/src/my file.cs\t\n" +
        "@@ -2 +2 @@ a\n" +
        "-b\n" +
        "+B\n" +
        "@@ -3,0 +4,2 @@ c\n" +
        "+++counter;\n" +
        "+--- not a header\n" +
        "@@ -9,2 +11 @@ class X\n" +
        "-old one\n" +
        "-old two\n" +
        "+new\n" +
        "diff --git a/src/ren.cs b/src/renamed.cs\n" +
        "similarity index 95%\n" +
        "rename from src/ren.cs\n" +
        "rename to src/renamed.cs\n" +
        "index c4352f8..877570c 100644\n" +
        "--- a/src/ren.cs\n" +
        "+++ b/src/renamed.cs\n" +
        "@@ -5 +5 @@ line 4\n" +
        "-line 5\n" +
        "+LINE 5\n" +
        "diff --git \"a/src/t\\303\\251st.cs\" \"b/src/t\\303\\251st.cs\"\n" +
        "index bca70f3..d78a77c 100644\n" +
        "--- \"a/src/t\\303\\251st.cs\"\n" +
        "+++ \"b/src/t\\303\\251st.cs\"\n" +
        "@@ -1,0 +2 @@ q\n" +
        "+r\n" +
        "\\ No newline at end of file\n" +
        "diff --git a/img/logo.png b/img/logo.png\n" +
        "index 1111111..2222222 100644\n" +
        "Binary files a/img/logo.png and b/img/logo.png differ\n" +
        "diff --git a/build.sh b/build.sh\n" +
        "old mode 100644\n" +
        "new mode 100755\n";

    [Fact]
    public void RealisticDiff_GivesAddedAndModifiedLinesPerFile()
    {
        var changed = GitDiffParser.Parse(Diff, Root, "changes since abc");

        Assert.Equal("changes since abc", changed.Description);
        Assert.Equal(
            [Full("src/added.cs"), Full("src/my file.cs"), Full("src/renamed.cs"), Full("src/tést.cs")],
            changed.Files.Order(StringComparer.Ordinal));
        Assert.Equal([1, 2, 3], changed.LinesOf(Full("src/added.cs"))!.Order());
        Assert.Equal([2, 4, 5, 11], changed.LinesOf(Full("src/my file.cs"))!.Order());
        Assert.Equal([5], changed.LinesOf(Full("src/renamed.cs"))!.Order());
        Assert.Equal([2], changed.LinesOf(Full("src/tést.cs"))!.Order());
        Assert.Empty(changed.LinesOf(Full("src/gone.cs"))!);
        Assert.Empty(changed.LinesOf(Full("src/ren.cs"))!);
    }

    [Fact]
    public void CrLfOutput_IsReadTheSame()
    {
        var changed = GitDiffParser.Parse(Diff.Replace("\n", "\r\n"), Root);

        Assert.Equal([2, 4, 5, 11], changed.LinesOf(Full("src/my file.cs"))!.Order());
    }

    [Fact]
    public void EmptyDiff_ChangesNothing() =>
        Assert.Equal(0, GitDiffParser.Parse(string.Empty, Root).FileCount);

    [Fact]
    public void WholeFile_CountsEveryLine()
    {
        var changed = new ChangedLines("x");
        changed.AddWholeFile(Full("src/new.cs"));

        Assert.True(changed.Contains(Full("src/new.cs"), 42));
        Assert.True(changed.IsWholeFile(Full("src/new.cs")));
        Assert.False(changed.Contains(Full("src/other.cs"), 1));
    }

    private static string Full(string relative) => Path.GetFullPath(Path.Combine(Root, relative));
}
