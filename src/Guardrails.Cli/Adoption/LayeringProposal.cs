using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Checks.Dependencies;
using Guardrails.Policy;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// The one layering rule (GR1004) that is safe to enable on any codebase: test projects are not referenced. A
/// production project that references a test project ships test code, which is a real smell — but init enables the
/// rule only when nothing breaks it today (over the transitive project-reference closure, as GR1004 checks), and
/// otherwise writes it commented out and says which reference is in the way.
/// </summary>
internal sealed class LayeringProposal
{
    public const string Reason = "test projects are not libraries";

    private LayeringProposal(string? from, IReadOnlyList<string> testGlobs, bool enabled, string summary, string? disabledBecause = null)
    {
        DisabledBecause = disabledBecause;
        From = from;
        TestGlobs = testGlobs;
        IsEnabled = enabled;
        Summary = summary;
    }

    /// <summary>The rule's "from" (a name or path glob), or null when no rule can be written.</summary>
    public string? From { get; }

    /// <summary>The rule's "mustNotReference": globs that match every test project and no other project.</summary>
    public IReadOnlyList<string> TestGlobs { get; }

    public bool IsEnabled { get; }

    public bool HasRule => From is not null;

    public string Summary { get; }

    /// <summary>For a rule written commented out: the references that break it today ("App -> App.Tests").</summary>
    public string? DisabledBecause { get; }

    public static LayeringProposal For(RepositoryScan scan)
    {
        var tests = scan.TestProjects.ToList();
        // Samples and benchmarks are not tests: the rule's globs must not match them, and they must not reference tests either.
        var production = scan.Projects.Where(p => !p.IsTestProject).ToList();
        if (tests.Count == 0 || production.Count == 0)
        {
            return new LayeringProposal(null, Array.Empty<string>(), false,
                "layering: no rule — " + (tests.Count == 0 ? "no test projects found" : "every project is a test project") + "; the projects section has a commented example");
        }

        var globs = GlobsFor(tests, production);
        var referencesAmongTests = Violations(scan, "*", globs).Where(v => v.From.IsTestProject).ToList();
        string? from = "*";
        if (referencesAmongTests.Count > 0)
        {
            // Test projects reference each other: the rule must cover production projects only, by their folder.
            from = CommonFolderGlob(production, tests);
            if (from is null)
            {
                return new LayeringProposal(null, globs, false,
                    "layering: no rule — test projects reference each other (" + Describe(referencesAmongTests) + ") and production projects share no folder of their own to write the rule for; the projects section has a commented example");
            }
        }

        var violations = Violations(scan, from, globs).Where(v => !v.From.IsTestProject).ToList();
        if (violations.Count > 0)
        {
            var described = Describe(violations);
            return new LayeringProposal(from, globs, false,
                "layering: the rule '" + from + " must not reference " + string.Join(", ", globs) + "' is written commented out, not enabled, because production code references a test project today: "
                + described + ". Remove the reference, then uncomment the rule",
                described);
        }

        return new LayeringProposal(from, globs, true,
            "layering: enabled '" + from + " must not reference " + string.Join(", ", globs) + "' (GR1004) — no project references a test project today");
    }

    /// <summary>"*.Tests"-style globs (one per last name segment) that match every test project and no production project; exact names where a glob would.</summary>
    private static List<string> GlobsFor(List<ScannedProject> tests, List<ScannedProject> production)
    {
        var globs = new List<string>();
        foreach (var group in tests.GroupBy(t => t.Name.IndexOf('.') < 0 ? t.Name : "*." + t.Name.Substring(t.Name.LastIndexOf('.') + 1), StringComparer.OrdinalIgnoreCase))
        {
            if (group.Key.StartsWith("*", StringComparison.Ordinal) && !production.Any(p => Globs.IsMatch(group.Key, p.Name)))
            {
                globs.Add(group.Key);
            }
            else
            {
                globs.AddRange(group.Select(t => t.Name));
            }
        }

        return globs.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(g => g, StringComparer.Ordinal).ToList();
    }

    /// <summary>Projects matched by <paramref name="from"/> that reach a test project through their project references.</summary>
    private static List<(ScannedProject From, ScannedProject Test, List<ScannedProject> Chain)> Violations(RepositoryScan scan, string from, List<string> testGlobs)
    {
        var byPath = scan.Projects.GroupBy(p => p.FilePath, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var violations = new List<(ScannedProject, ScannedProject, List<ScannedProject>)>();
        foreach (var project in scan.Projects.Where(p => LayeringRule.Matches(from, p.Name, p.FilePath, scan.Root)))
        {
            foreach (var (target, chain) in Closure(project, byPath))
            {
                if (testGlobs.Any(g => LayeringRule.Matches(g, target.Name, target.FilePath, scan.Root)))
                {
                    violations.Add((project, target, chain));
                }
            }
        }

        return violations;
    }

    /// <summary>Every project reachable from <paramref name="start"/>, with the shortest chain to it (start excluded).</summary>
    private static IEnumerable<(ScannedProject Target, List<ScannedProject> Chain)> Closure(ScannedProject start, Dictionary<string, ScannedProject> byPath)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start.FilePath };
        var queue = new Queue<(ScannedProject Project, List<ScannedProject> Chain)>();
        queue.Enqueue((start, new List<ScannedProject>()));
        while (queue.Count > 0)
        {
            var (current, chain) = queue.Dequeue();
            foreach (var reference in current.ProjectReferences)
            {
                if (seen.Add(reference) && byPath.TryGetValue(reference, out var next))
                {
                    var nextChain = new List<ScannedProject>(chain) { next };
                    yield return (next, nextChain);
                    queue.Enqueue((next, nextChain));
                }
            }
        }
    }

    /// <summary>"src/**" when every production project lies under one folder that holds no test project; else null.</summary>
    private static string? CommonFolderGlob(List<ScannedProject> production, List<ScannedProject> tests)
    {
        var folders = production.Select(p => Folder(p.RelativePath)).ToList();
        var common = folders.Aggregate((a, b) =>
        {
            var aParts = a.Split('/');
            var bParts = b.Split('/');
            return string.Join("/", aParts.Zip(bParts, (x, y) => (x, y)).TakeWhile(t => string.Equals(t.x, t.y, StringComparison.OrdinalIgnoreCase)).Select(t => t.x));
        });
        if (common.Length == 0 || tests.Any(t => (Folder(t.RelativePath) + "/").StartsWith(common + "/", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return common + "/**";
    }

    private static string Folder(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativePath.Substring(0, slash);
    }

    private static string Describe(List<(ScannedProject From, ScannedProject Test, List<ScannedProject> Chain)> violations)
    {
        var shown = violations.Take(3).Select(v => v.From.Name + " -> " + string.Join(" -> ", v.Chain.Select(c => c.Name)));
        return string.Join("; ", shown) + (violations.Count > 3 ? "; and " + (violations.Count - 3) + " more" : string.Empty);
    }
}
