using System;
using System.Collections.Generic;
using Guardrails.Policy;
using Guardrails.Rules;
using NuGet.Versioning;

namespace Guardrails.Checks.Dependencies;

/// <summary>One entry of packages.banned / packages.allowed.</summary>
internal sealed class PackageRule
{
    public PackageRule(string id, VersionRange? versions, string? reason, RuleSeverity? severity, bool includeDependencies)
    {
        Id = id;
        Versions = versions;
        Reason = reason;
        Severity = severity;
        IncludeDependencies = includeDependencies;
    }

    public string Id { get; }

    public VersionRange? Versions { get; }

    public string? Reason { get; }

    public RuleSeverity? Severity { get; }

    public bool IncludeDependencies { get; }

    public bool Matches(DependencyNode package)
    {
        if (!Globs.IsMatch(Id, package.Name))
        {
            return false;
        }

        return Versions is null || (NuGetVersion.TryParse(package.Version, out var version) && Versions.Satisfies(version));
    }

    public static List<PackageRule>? ReadList(PolicyNode? array)
    {
        if (array is null)
        {
            return null;
        }

        var rules = new List<PackageRule>();
        foreach (var item in array.Items)
        {
            if (item.Kind == PolicyNodeKind.String && !string.IsNullOrWhiteSpace(item.Text))
            {
                rules.Add(new PackageRule(item.Text!.Trim(), null, null, null, false));
            }
            else if (item.Kind == PolicyNodeKind.Object && item["id"]?.Text is { } id)
            {
                VersionRange? range = null;
                if (item["versions"]?.Text is { } versions && VersionRanges.TryParse(versions, out var parsed))
                {
                    range = parsed;
                }

                RuleSeverity? severity = RuleSeverityNames.TryParse(item["severity"]?.Text, out var s) ? s : (RuleSeverity?)null;
                rules.Add(new PackageRule(id.Trim(), range, item["reason"]?.Text, severity, item["includeDependencies"]?.Text == "true"));
            }
        }

        return rules;
    }
}

/// <summary>One entry of the policy's projects array (GR1004).</summary>
internal sealed class LayeringRule
{
    public LayeringRule(string from, IReadOnlyList<string> mustNotReference, string? reason, RuleSeverity? severity)
    {
        From = from;
        MustNotReference = mustNotReference;
        Reason = reason;
        Severity = severity;
    }

    public string From { get; }

    public IReadOnlyList<string> MustNotReference { get; }

    public string? Reason { get; }

    public RuleSeverity? Severity { get; }

    public static List<LayeringRule> ReadList(PolicyNode? array)
    {
        var rules = new List<LayeringRule>();
        foreach (var item in array?.Items ?? new List<PolicyNode>())
        {
            if (item["from"]?.Text is not { } from)
            {
                continue;
            }

            var targets = new List<string>();
            foreach (var target in item["mustNotReference"]?.Items ?? new List<PolicyNode>())
            {
                if (!string.IsNullOrWhiteSpace(target.Text))
                {
                    targets.Add(target.Text!.Trim());
                }
            }

            RuleSeverity? severity = RuleSeverityNames.TryParse(item["severity"]?.Text, out var s) ? s : (RuleSeverity?)null;
            rules.Add(new LayeringRule(from.Trim(), targets, item["reason"]?.Text, severity));
        }

        return rules;
    }

    /// <summary>Matches a project by name (*.Domain) or, for a pattern with '/', by its path relative to the policy's folder.</summary>
    public static bool Matches(string pattern, string projectName, string projectPath, string policyDirectory)
    {
        if (!Globs.IsPathPattern(pattern))
        {
            return Globs.IsMatch(pattern, projectName);
        }

        var relative = RelativePath(policyDirectory, projectPath).Replace('\\', '/');
        var normalized = pattern.Replace('\\', '/');
        return Globs.IsMatch(normalized, relative) || Globs.IsMatch(normalized, RelativeDirectory(relative));
    }

    private static string RelativeDirectory(string relativeFile)
    {
        var slash = relativeFile.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativeFile.Substring(0, slash);
    }

    private static string RelativePath(string baseDirectory, string path)
    {
        if (string.IsNullOrEmpty(baseDirectory))
        {
            return path;
        }

        var baseUri = new Uri(baseDirectory.EndsWith("/", StringComparison.Ordinal) || baseDirectory.EndsWith("\\", StringComparison.Ordinal) ? baseDirectory : baseDirectory + "/");
        return Uri.UnescapeDataString(baseUri.MakeRelativeUri(new Uri(path)).ToString());
    }
}
