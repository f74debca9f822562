using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Package licences as their nuspecs declare them, read once and shared: by the frameworks of one project, and (when
/// the build keeps one for its whole length) by every project of a build, which mostly restore the same packages. A
/// package folder in the global packages folder never changes once restored, so within one build a licence read is
/// never stale.
/// </summary>
internal sealed class LicenseCache
{
    private readonly ConcurrentDictionary<string, PackageLicense?> _licenses = new ConcurrentDictionary<string, PackageLicense?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many nuspecs this cache has read (not served from memory).</summary>
    public int Reads => _licenses.Count;

    /// <summary>The licence of <paramref name="package"/>, read from its nuspec the first time it is asked for.</summary>
    public PackageLicense? Get(IReadOnlyList<string> packageFolders, DependencyNode package)
    {
        if (package.PackagePath is null)
        {
            return null;
        }

        var key = package.PackagePath + "|" + package.Name + "|" + string.Join("|", packageFolders);
        return _licenses.GetOrAdd(key, _ => PackageLicense.Read(packageFolders, package));
    }
}
