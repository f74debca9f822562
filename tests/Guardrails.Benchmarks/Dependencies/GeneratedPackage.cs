namespace Guardrails.Benchmarks.Dependencies;

/// <summary>A package of the generated restore: its identity, its dependencies (indexes) and what its nuspec says about its licence.</summary>
internal sealed class GeneratedPackage
{
    public GeneratedPackage(string id, string version, PackageLicenseKind license)
    {
        Id = id;
        Version = version;
        License = license;
    }

    public string Id { get; }

    public string Version { get; }

    public PackageLicenseKind License { get; }

    public List<int> Dependencies { get; } = new();

    /// <summary>The package's folder under the packages folder, as restore writes it ("newtonsoft.json/13.0.1").</summary>
    public string Folder => Id.ToLowerInvariant() + "/" + Version.ToLowerInvariant();
}
