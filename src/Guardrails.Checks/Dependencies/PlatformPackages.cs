using System;
using System.Collections.Generic;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// Packages that are the .NET platform rather than a dependency someone chose: what the SDK references implicitly
/// (the assets file marks those <c>autoReferenced</c>), the few Microsoft platform packages libraries depend on
/// (NETStandard.Library, Microsoft.NETCore.Platforms/Targets, the reference-assembly and targeting packs), and what
/// comes in only through them (NETStandard.Library 1.x's System.* 4.x closure). Outside the allow-list (GR1002) and
/// licence policy (GR1003) unless <c>packages.includePlatform</c> is true; a ban (GR1001) still applies to them.
/// <para>
/// Not a loophole: ids are matched exactly (plus one prefix, Microsoft.NETFramework.ReferenceAssemblies., reserved on
/// nuget.org by Microsoft); for a direct reference the assets file's <c>autoReferenced</c> flag decides alone, so a
/// PackageReference someone writes is judged even when it names a platform package; and a package that any
/// non-platform package or project also brings in is judged.
/// </para>
/// </summary>
internal static class PlatformPackages
{
    /// <summary>Platform package ids, exact (case-insensitive), all owned by Microsoft.</summary>
    public static readonly IReadOnlyCollection<string> Ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "NETStandard.Library",
        "NETStandard.Library.Ref",
        "Microsoft.NETCore.Platforms",
        "Microsoft.NETCore.Targets",
        "Microsoft.NETFramework.ReferenceAssemblies",
        "Microsoft.NETCore.App.Ref",
        "Microsoft.AspNetCore.App.Ref",
        "Microsoft.WindowsDesktop.App.Ref",
    };

    /// <summary>Id prefixes of platform packages (Microsoft.NETFramework.ReferenceAssemblies.net472 and the like).</summary>
    public static readonly IReadOnlyCollection<string> Prefixes = new[] { "Microsoft.NETFramework.ReferenceAssemblies." };

    public static bool IsPlatformId(string id)
    {
        if (((HashSet<string>)Ids).Contains(id))
        {
            return true;
        }

        foreach (var prefix in Prefixes)
        {
            if (id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the platform packages in one framework's graph (see the class summary).</summary>
    public static HashSet<string> In(DependencyGraph graph)
    {
        var nodes = new Dictionary<string, DependencyNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in graph.Nodes)
        {
            nodes[node.Name] = node;
        }

        // What a non-platform direct reference (a package someone wrote, or a project) brings in, not passing through a
        // platform package: that is chosen, whatever it is named.
        var chosen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<DependencyNode>();
        foreach (var root in graph.DirectRoots())
        {
            if (!graph.IsAutoReferenced(root) && chosen.Add(root.Name))
            {
                queue.Enqueue(root);
            }
        }

        Walk(queue, nodes, chosen, enter: n => !IsPlatformId(n.Name));

        // What the platform packages bring in; of that, what nothing chosen brings in too is the platform.
        var platform = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in nodes.Values)
        {
            if (!node.IsProject && !chosen.Contains(node.Name) && (graph.IsAutoReferenced(node) || IsPlatformId(node.Name)) && platform.Add(node.Name))
            {
                queue.Enqueue(node);
            }
        }

        Walk(queue, nodes, platform, enter: n => !n.IsProject && !chosen.Contains(n.Name));
        return platform;
    }

    private static void Walk(Queue<DependencyNode> queue, Dictionary<string, DependencyNode> nodes, HashSet<string> visited, Func<DependencyNode, bool> enter)
    {
        while (queue.Count > 0)
        {
            foreach (var dependency in queue.Dequeue().Dependencies)
            {
                if (nodes.TryGetValue(dependency, out var next) && enter(next) && visited.Add(next.Name))
                {
                    queue.Enqueue(next);
                }
            }
        }
    }
}
