using System;
using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Checks.Dependencies;

/// <summary>One target framework's resolved dependency closure, with the shortest chain to every package and project.</summary>
internal sealed class DependencyGraph
{
    private readonly Dictionary<string, DependencyNode> _nodes = new Dictionary<string, DependencyNode>(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _direct = new List<string>();
    private readonly HashSet<string> _autoReferenced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _directProjectPaths = new List<string>();
    private readonly Dictionary<string, HashSet<string>> _reportedByReference = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<DependencyNode>>? _chains;
    private Dictionary<string, List<DependencyNode>>? _ownChains;
    private HashSet<string>? _platform;

    public DependencyGraph(string framework)
    {
        Framework = framework;
    }

    public string Framework { get; }

    public IEnumerable<DependencyNode> Nodes => _nodes.Values;

    public void Add(DependencyNode node) => _nodes[node.Name] = node;

    public void AddDirect(string name, bool autoReferenced)
    {
        _direct.Add(name);
        if (autoReferenced)
        {
            _autoReferenced.Add(name);
        }
    }

    public void AddDirectProject(string fullPath) => _directProjectPaths.Add(fullPath);

    /// <summary>Whether <paramref name="name"/> is a direct package reference of the project.</summary>
    public bool HasDirect(string name) => _direct.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Records that the directly referenced project at <paramref name="projectPath"/> reports these packages
    /// (<see cref="GovernedReferences.Key"/>) in its own build (see <see cref="GovernedReferences"/>).
    /// </summary>
    public void AddReportedByReference(string projectPath, HashSet<string> packages)
    {
        _reportedByReference[projectPath] = packages;
        _ownChains = null;
    }

    /// <summary>
    /// Whether every way <paramref name="node"/> comes in is through a referenced project that reports it itself, so
    /// this project need not repeat it. False for anything this project brings in by another way.
    /// </summary>
    public bool IsReportedByReference(DependencyNode node)
    {
        if (_reportedByReference.Count == 0 || node.IsProject)
        {
            return false;
        }

        _chains ??= ComputeChains();
        _ownChains ??= ComputeOwnChains();
        return _chains.ContainsKey(node.Name) && !_ownChains.ContainsKey(node.Name);
    }

    /// <summary>Added by the SDK itself (e.g. ILLink tasks), not by the user.</summary>
    public bool IsAutoReferenced(DependencyNode node) => _autoReferenced.Contains(node.Name);

    /// <summary>The .NET platform rather than a chosen dependency (see <see cref="PlatformPackages"/>).</summary>
    public bool IsPlatform(DependencyNode node) => !node.IsProject && (_platform ??= PlatformPackages.In(this)).Contains(node.Name);

    /// <summary>The direct references: packages, then projects.</summary>
    public IEnumerable<DependencyNode> DirectRoots() =>
        _direct
            .Select(name => _nodes.TryGetValue(name, out var n) ? n : null)
            .Concat(_nodes.Values.Where(n => n.IsProject && n.ProjectPath is not null && _directProjectPaths.Any(p => string.Equals(p, n.ProjectPath, StringComparison.OrdinalIgnoreCase))))
            .Where(n => n is not null)
            .Cast<DependencyNode>();

    /// <summary>The shortest chain from a direct dependency to <paramref name="node"/>, both included.</summary>
    /// <remarks>For a package, a chain this project is answerable for when there is one (not through a referenced project that reports it).</remarks>
    public IReadOnlyList<DependencyNode> ChainTo(DependencyNode node)
    {
        _chains ??= ComputeChains();
        if (_reportedByReference.Count > 0 && !node.IsProject)
        {
            _ownChains ??= ComputeOwnChains();
            if (_ownChains.TryGetValue(node.Name, out var own))
            {
                return own;
            }
        }

        return _chains.TryGetValue(node.Name, out var chain) ? chain : new List<DependencyNode> { node };
    }

    /// <summary>
    /// The shortest chain to each package from a direct dependency that does not report it itself: a package
    /// reference, a project that is not governed, or a governed project whose own closure lacks that package version.
    /// </summary>
    private Dictionary<string, List<DependencyNode>> ComputeOwnChains()
    {
        var own = new Dictionary<string, List<DependencyNode>>(StringComparer.OrdinalIgnoreCase);
        foreach (var root in DirectRoots())
        {
            HashSet<string>? reported = null;
            if (root.IsProject && root.ProjectPath is not null)
            {
                _reportedByReference.TryGetValue(root.ProjectPath, out reported);
            }

            var chains = new Dictionary<string, List<DependencyNode>>(StringComparer.OrdinalIgnoreCase) { [root.Name] = new List<DependencyNode> { root } };
            var queue = new Queue<DependencyNode>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                var current = queue.Dequeue();
                var chain = chains[current.Name];
                if (!current.IsProject && (reported is null || !reported.Contains(GovernedReferences.Key(current)))
                    && (!own.TryGetValue(current.Name, out var known) || known.Count > chain.Count))
                {
                    own[current.Name] = chain;
                }

                foreach (var dependency in current.Dependencies)
                {
                    if (chains.ContainsKey(dependency) || !_nodes.TryGetValue(dependency, out var next))
                    {
                        continue;
                    }

                    chains[next.Name] = new List<DependencyNode>(chain) { next };
                    queue.Enqueue(next);
                }
            }
        }

        return own;
    }

    private Dictionary<string, List<DependencyNode>> ComputeChains()
    {
        var chains = new Dictionary<string, List<DependencyNode>>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<DependencyNode>();
        foreach (var root in DirectRoots())
        {
            if (!chains.ContainsKey(root.Name))
            {
                chains[root.Name] = new List<DependencyNode> { root };
                queue.Enqueue(root);
            }
        }

        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var dependency in current.Dependencies)
            {
                if (chains.ContainsKey(dependency) || !_nodes.TryGetValue(dependency, out var next))
                {
                    continue;
                }

                chains[next.Name] = new List<DependencyNode>(chains[current.Name]) { next };
                queue.Enqueue(next);
            }
        }

        return chains;
    }
}

internal sealed class DependencyNode
{
    public DependencyNode(string name, string version, bool isProject)
    {
        Name = name;
        Version = version;
        IsProject = isProject;
    }

    public string Name { get; }

    public string Version { get; }

    public bool IsProject { get; }

    /// <summary>For a project: its full path.</summary>
    public string? ProjectPath { get; set; }

    /// <summary>For a package: its folder under the packages folder ("xunit/2.9.3").</summary>
    public string? PackagePath { get; set; }

    public List<string> Dependencies { get; } = new List<string>();

    public override string ToString() => IsProject ? Name : Name + " " + Version;
}
