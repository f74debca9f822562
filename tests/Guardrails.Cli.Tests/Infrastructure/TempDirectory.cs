namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>A fresh folder under the temp path, deleted when the test ends.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string name = "guardrails-cli")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file relative to the folder (forward slashes); returns its full path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file (a browser shutting down) must not fail the test.
        }
    }
}
