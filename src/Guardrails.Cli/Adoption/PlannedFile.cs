namespace Guardrails.Cli.Adoption;

internal enum PlannedFileAction
{
    /// <summary>The file does not exist and is written.</summary>
    Create,

    /// <summary>The file exists and gets something added; the rest of it is kept as it is.</summary>
    Modify,

    /// <summary>The file exists and is written anew (guardrails.json with Force).</summary>
    Replace,
}

/// <summary>One file an <see cref="InitPlan"/> writes: where, how, and its full new content.</summary>
internal sealed class PlannedFile
{
    public PlannedFile(string path, string relativePath, PlannedFileAction action, string text, byte[] content, byte[]? original, string description)
    {
        Path = path;
        RelativePath = relativePath;
        Action = action;
        Text = text;
        Content = content;
        Original = original;
        Description = description;
    }

    public string Path { get; }

    /// <summary>Relative to the repository root, with forward slashes.</summary>
    public string RelativePath { get; }

    public PlannedFileAction Action { get; }

    /// <summary>The new content as text (for display and tests).</summary>
    public string Text { get; }

    /// <summary>The new content as written (the original encoding and byte-order mark are kept for modified files).</summary>
    public byte[] Content { get; }

    /// <summary>The content the plan was made from (null for a new file); applying refuses when the file changed since.</summary>
    public byte[]? Original { get; }

    /// <summary>What happens to the file, for people: "adds GlobalPackageReference Guardrails 0.1.0".</summary>
    public string Description { get; }

    public override string ToString() => Action + " " + RelativePath + ": " + Description;
}
