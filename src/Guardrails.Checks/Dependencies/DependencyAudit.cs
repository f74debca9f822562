using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// GR1001-GR1004 over one project's restore result: banned packages, packages off the allow-list, licences, and
/// forbidden project references — direct and transitive, each reported at the reference that brings it in; a package
/// that comes in only through a referenced project that reports it in its own build is left to that project
/// (<see cref="GovernedReferences"/>).
/// </summary>
internal sealed class DependencyAudit
{
    /// <summary>Never judged: Guardrails itself is how the policy is enforced.</summary>
    private const string GuardrailsPackageId = "Guardrails";

    private readonly GuardrailsPolicy _policy;
    private readonly AssetsFile _assets;
    private readonly ReferenceLocator _locator;
    private readonly string _projectFile;
    private readonly List<GuardrailsDiagnostic> _diagnostics = new List<GuardrailsDiagnostic>();
    private readonly HashSet<string> _reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private readonly LicenseCache _licenses;
    private readonly GovernedAssetsCache _governedAssets;
    private readonly string? _artifactsPath;

    private DependencyAudit(
        GuardrailsPolicy policy, AssetsFile assets, ReferenceLocator locator, string projectFile, LicenseCache licenses, GovernedAssetsCache governedAssets, string? artifactsPath)
    {
        _policy = policy;
        _assets = assets;
        _locator = locator;
        _projectFile = projectFile;
        _licenses = licenses;
        _governedAssets = governedAssets;
        _artifactsPath = artifactsPath;
    }

    /// <summary>Whether the policy asks for any dependency check (so a missing assets file matters).</summary>
    public static bool IsConfigured(GuardrailsPolicy policy) =>
        policy.Section("packages") is not null || (policy.Section("projects")?.Items.Count ?? 0) > 0;

    /// <param name="licenses">Licences already read in this build; by default the audit reads each nuspec once itself.</param>
    /// <param name="governedAssets">Referenced projects' restore results already read in this build; by default read once here.</param>
    /// <param name="artifactsPath">$(ArtifactsPath) when the build uses the artifacts layout: where referenced projects' restore results are.</param>
    public static List<GuardrailsDiagnostic> Check(
        GuardrailsPolicy policy, AssetsFile assets, ReferenceLocator locator, string projectFile, LicenseCache? licenses = null, GovernedAssetsCache? governedAssets = null,
        string? artifactsPath = null)
    {
        var audit = new DependencyAudit(policy, assets, locator, projectFile, licenses ?? new LicenseCache(), governedAssets ?? new GovernedAssetsCache(), artifactsPath);
        audit.Run();
        return audit._diagnostics;
    }

    private void Run()
    {
        var packages = _policy.Section("packages");
        var banned = PackageRule.ReadList(packages?["banned"]) ?? new List<PackageRule>();
        var allowed = PackageRule.ReadList(packages?["allowed"]);
        var licenses = packages?["licenses"];
        var layering = LayeringRule.ReadList(_policy.Section("projects"));
        var includePlatform = packages?["includePlatform"]?.Text == "true";
        var governed = new GovernedReferences(_policy.FilePath, _governedAssets, _artifactsPath);
        foreach (var graph in _assets.Frameworks)
        {
            foreach (var root in graph.DirectRoots())
            {
                if (root.IsProject && root.ProjectPath is not null && governed.PackagesReportedBy(root.ProjectPath) is { } reported)
                {
                    graph.AddReportedByReference(root.ProjectPath, reported);
                }
            }

            var allowedByParent = allowed is null ? null : ReachableFromAllowedParents(graph, allowed);
            foreach (var node in graph.Nodes)
            {
                if (node.IsProject)
                {
                    CheckLayering(graph, node, layering);
                    continue;
                }

                // A referenced project built with the same policy reports what it brings in itself: one finding per
                // package, where it is referenced, not one more in every project that references that project.
                if (string.Equals(node.Name, GuardrailsPackageId, StringComparison.OrdinalIgnoreCase) || graph.IsReportedByReference(node))
                {
                    continue;
                }

                // What the SDK references on its own cannot be removed, so a ban does not judge it; the rest of the
                // platform (what comes in only through platform packages) can be banned, as a vulnerable System.* can.
                if (!graph.IsAutoReferenced(node))
                {
                    CheckBanned(graph, node, banned);
                }

                if (!includePlatform && graph.IsPlatform(node))
                {
                    continue;
                }

                if (allowed is not null)
                {
                    CheckAllowed(graph, node, allowed, allowedByParent!);
                }

                if (licenses is not null)
                {
                    CheckLicense(graph, node, licenses);
                }
            }
        }
    }

    private void CheckBanned(DependencyGraph graph, DependencyNode node, List<PackageRule> banned)
    {
        var rule = banned.FirstOrDefault(r => r.Matches(node));
        if (rule is null)
        {
            return;
        }

        var message = "Package '" + node.Name + "' " + node.Version + " is banned" + (rule.Reason is null ? string.Empty : ": " + rule.Reason.TrimEnd('.'))
            + "." + Provenance(graph, node) + " Remove it, or change guardrails.json if the ban should not apply.";
        Report(RuleCatalog.GR1001, rule.Severity, graph, node, message, node.Name, node.Version, rule.Id);
    }

    private void CheckAllowed(DependencyGraph graph, DependencyNode node, List<PackageRule> allowed, HashSet<string> allowedByParent)
    {
        if (allowed.Any(r => r.Matches(node)) || allowedByParent.Contains(node.Name))
        {
            return;
        }

        var message = "Package '" + node.Name + "' " + node.Version + " is not on the policy's allow-list." + Provenance(graph, node)
            + " Add it to packages.allowed (or allow its parent with \"includeDependencies\": true), or remove it.";
        Report(RuleCatalog.GR1002, null, graph, node, message, node.Name, node.Version);
    }

    private void CheckLicense(DependencyGraph graph, DependencyNode node, PolicyNode licenses)
    {
        if ((licenses["ignore"]?.Items ?? new List<PolicyNode>()).Any(i => i.Text is not null && Globs.IsMatch(i.Text, node.Name)))
        {
            return;
        }

        var allowedIds = (licenses["allowed"]?.Items ?? new List<PolicyNode>()).Select(i => i.Text ?? string.Empty).Where(t => t.Length > 0).ToList();
        var license = _licenses.Get(_assets.PackageFolders, node);
        if (license?.Expression is null)
        {
            var unknown = RuleSeverityNames.TryParse(licenses["unknown"]?.Text, out var configured) ? configured : RuleSeverity.Warning;
            var message = "The licence of package '" + node.Name + "' " + node.Version + " cannot be determined ("
                + (license is null ? "its nuspec was not found in the packages folder" : license.Describe()) + ")." + Provenance(graph, node)
                + " Check it by hand and add the package to packages.licenses.ignore, or set packages.licenses.unknown.";
            Report(RuleCatalog.GR1003, unknown, graph, node, message, node.Name, node.Version, "unknown");
            return;
        }

        if (allowedIds.Count > 0 && !SpdxExpression.IsSatisfiedBy(license.Expression, allowedIds))
        {
            var message = "Package '" + node.Name + "' " + node.Version + " has licence '" + license.Expression + "', which the policy does not allow ("
                + string.Join(", ", allowedIds) + ")." + Provenance(graph, node);
            Report(RuleCatalog.GR1003, null, graph, node, message, node.Name, node.Version, license.Expression);
        }
    }

    private void CheckLayering(DependencyGraph graph, DependencyNode project, List<LayeringRule> rules)
    {
        var policyDirectory = Path.GetDirectoryName(_policy.FilePath ?? _projectFile) ?? string.Empty;
        foreach (var rule in rules)
        {
            if (!LayeringRule.Matches(rule.From, _assets.ProjectName, _assets.ProjectPath, policyDirectory))
            {
                continue;
            }

            var target = rule.MustNotReference.FirstOrDefault(p => LayeringRule.Matches(p, project.Name, project.ProjectPath ?? project.Name, policyDirectory));
            if (target is null)
            {
                continue;
            }

            var chain = graph.ChainTo(project);
            var message = "Project '" + _assets.ProjectName + "' must not reference '" + project.Name + "' (rule: " + rule.From + " must not reference " + target + ")"
                + (rule.Reason is null ? string.Empty : ": " + rule.Reason.TrimEnd('.')) + "."
                + (chain.Count > 1 ? " It comes in by " + _assets.ProjectName + " -> " + string.Join(" -> ", chain.Select(n => n.Name)) + "." : string.Empty);
            Report(RuleCatalog.GR1004, rule.Severity, graph, project, message, _assets.ProjectName, project.Name, target);
        }
    }

    private static HashSet<string> ReachableFromAllowedParents(DependencyGraph graph, List<PackageRule> allowed)
    {
        var nodes = graph.Nodes.ToDictionary(n => n.Name, StringComparer.OrdinalIgnoreCase);
        var reachable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<DependencyNode>(graph.Nodes.Where(n => !n.IsProject && allowed.Any(r => r.IncludeDependencies && r.Matches(n))));
        while (queue.Count > 0)
        {
            foreach (var dependency in queue.Dequeue().Dependencies)
            {
                if (nodes.TryGetValue(dependency, out var next) && reachable.Add(next.Name))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return reachable;
    }

    private string Provenance(DependencyGraph graph, DependencyNode node)
    {
        var chain = graph.ChainTo(node);
        return chain.Count <= 1
            ? " It is a direct reference."
            : " It comes in by " + _assets.ProjectName + " -> " + string.Join(" -> ", chain) + ".";
    }

    private void Report(RuleInfo rule, RuleSeverity? entrySeverity, DependencyGraph graph, DependencyNode node, string message, params string[] arguments)
    {
        if (!_reported.Add(rule.Id + "|" + string.Join("|", arguments)))
        {
            return;
        }

        var setting = _policy.SettingOf(rule);
        var severity = entrySeverity ?? setting.Severity;
        if (severity == RuleSeverity.None)
        {
            return;
        }

        var root = graph.ChainTo(node)[0];
        var item = root.IsProject ? _locator.FindProject(root.ProjectPath ?? string.Empty) : _locator.FindPackage(root.Name);
        _diagnostics.Add(GuardrailsDiagnostic.ForRule(
            rule,
            new RuleSetting(severity, setting.Locked, setting.FromPolicy),
            message,
            item?.File ?? _projectFile,
            item?.Line ?? 0,
            item?.Column ?? 0,
            symbol: node.Name,
            arguments: arguments));
    }
}
