namespace Guardrails.Tests.Shared;

/// <summary>Finds files of this repository from the test's output folder (the folder holding Guardrails.sln).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Guardrails.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Guardrails.sln not found above " + AppContext.BaseDirectory);
    }
}
