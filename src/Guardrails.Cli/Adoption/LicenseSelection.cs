using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// The starting <c>packages.licenses.allowed</c>: the licences the restored packages have today, and no more, so the
/// first build reports no licence finding and any new licence is a decision. For a choice (<c>MIT OR GPL-3.0-only</c>)
/// the fewest identifiers that satisfy it are added, preferring ones already allowed and then permissive ones, so a
/// dual-licensed package does not bring a copyleft licence into the list when it need not.
/// </summary>
internal sealed class LicenseSelection
{
    /// <summary>When nothing has been restored: the permissive licences most .NET packages use.</summary>
    public static readonly string[] CommonPermissive = { "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause" };

    /// <summary>Licences preferred when an expression offers a choice: permissive ones, so a choice never adds a copyleft licence when it need not.</summary>
    private static readonly HashSet<string> Permissive = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "ISC", "Zlib", "Unlicense", "BSL-1.0", "CC0-1.0", "MS-PL", "PostgreSQL", "X11", "NCSA",
    };

    /// <summary>More identifiers than this in one expression: all of them are allowed rather than searched.</summary>
    private const int MaxIdentifiersSearched = 12;

    private LicenseSelection(
        IReadOnlyList<string> allowed,
        IReadOnlyList<(string License, int Packages)> found,
        IReadOnlyList<ScannedPackage> unknown,
        IReadOnlyList<ScannedPackage> malformed,
        int packageCount,
        bool fromRestore)
    {
        Allowed = allowed;
        Found = found;
        Unknown = unknown;
        Malformed = malformed;
        PackageCount = packageCount;
        FromRestore = fromRestore;
    }

    /// <summary>The SPDX identifiers to allow, most-used first.</summary>
    public IReadOnlyList<string> Allowed { get; }

    /// <summary>Each licence expression found and how many packages (id and version) have it, most-used first.</summary>
    public IReadOnlyList<(string License, int Packages)> Found { get; }

    /// <summary>Packages whose licence cannot be determined (a licence URL only, or no nuspec): packages.licenses.unknown applies.</summary>
    public IReadOnlyList<ScannedPackage> Unknown { get; }

    /// <summary>Packages whose licence expression is not valid SPDX: no allowed list satisfies them (GR1003).</summary>
    public IReadOnlyList<ScannedPackage> Malformed { get; }

    public int PackageCount { get; }

    /// <summary>False when no project was restored and <see cref="Allowed"/> is <see cref="CommonPermissive"/>.</summary>
    public bool FromRestore { get; }

    public static LicenseSelection For(RepositoryScan scan)
    {
        var restored = scan.Projects.Where(p => p.Restored is not null).ToList();
        if (restored.Count == 0)
        {
            return new LicenseSelection(CommonPermissive, Array.Empty<(string, int)>(), Array.Empty<ScannedPackage>(), Array.Empty<ScannedPackage>(), 0, fromRestore: false);
        }

        var packages = restored
            .SelectMany(p => p.Restored!.Packages)
            .GroupBy(p => p.Id + "/" + p.Version, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        var known = packages.Where(p => p.License is not null).ToList();
        var groups = known
            .GroupBy(p => p.License!.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => (License: g.Key, Packages: g.ToList()))
            .OrderByDescending(g => g.Packages.Count)
            .ThenBy(g => g.License, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var allowed = new List<string>();
        var malformed = new List<ScannedPackage>();

        // Single licences first, so that a choice later prefers what is allowed anyway.
        foreach (var group in groups.Where(g => Identifiers(g.License).Count == 1))
        {
            var id = Identifiers(group.License)[0];
            if (SpdxExpression.IsSatisfiedBy(group.License, new[] { id }))
            {
                AddDistinct(allowed, id);
            }
            else
            {
                malformed.AddRange(group.Packages);
            }
        }

        foreach (var group in groups.Where(g => Identifiers(g.License).Count != 1))
        {
            if (SpdxExpression.IsSatisfiedBy(group.License, allowed))
            {
                continue;
            }

            var addition = SmallestAddition(group.License, allowed);
            if (addition is null)
            {
                malformed.AddRange(group.Packages);
                continue;
            }

            foreach (var id in addition)
            {
                AddDistinct(allowed, id);
            }
        }

        return new LicenseSelection(
            allowed,
            groups.Select(g => (g.License, g.Packages.Count)).ToList(),
            packages.Where(p => p.License is null).ToList(),
            malformed,
            packages.Count,
            fromRestore: true);
    }

    /// <summary>"MIT (42 packages), Apache-2.0 (7)".</summary>
    public string DescribeFound() =>
        string.Join(", ", Found.Select((f, i) => f.License + " (" + f.Packages.ToString(CultureInfo.InvariantCulture) + (i == 0 ? (f.Packages == 1 ? " package" : " packages") : string.Empty) + ")"));

    /// <summary>The licence identifiers in an SPDX expression, in order: not the operators, parentheses or exceptions (after WITH).</summary>
    internal static List<string> Identifiers(string expression)
    {
        var tokens = expression.Replace("(", " ( ").Replace(")", " ) ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var identifiers = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token == "(" || token == ")" || IsKeyword(token, "AND") || IsKeyword(token, "OR"))
            {
                continue;
            }

            if (IsKeyword(token, "WITH"))
            {
                i++;
                continue;
            }

            AddDistinct(identifiers, token);
        }

        return identifiers;
    }

    /// <summary>The fewest identifiers of <paramref name="expression"/> that, added to <paramref name="allowed"/>, satisfy it; null when none do.</summary>
    private static List<string>? SmallestAddition(string expression, List<string> allowed)
    {
        var candidates = Identifiers(expression)
            .Where(id => !allowed.Contains(id, StringComparer.OrdinalIgnoreCase))
            .OrderBy(id => Permissive.Contains(id) ? 0 : 1)
            .ToList();
        if (candidates.Count > MaxIdentifiersSearched)
        {
            return SpdxExpression.IsSatisfiedBy(expression, allowed.Concat(candidates).ToList()) ? candidates : null;
        }

        for (var size = 1; size <= candidates.Count; size++)
        {
            foreach (var subset in Subsets(candidates, size))
            {
                if (SpdxExpression.IsSatisfiedBy(expression, allowed.Concat(subset).ToList()))
                {
                    return subset;
                }
            }
        }

        return null;
    }

    /// <summary>The subsets of <paramref name="items"/> with <paramref name="size"/> elements, in order (earlier identifiers first).</summary>
    private static IEnumerable<List<string>> Subsets(List<string> items, int size)
    {
        var indexes = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return indexes.Select(i => items[i]).ToList();
            var position = size - 1;
            while (position >= 0 && indexes[position] == items.Count - size + position)
            {
                position--;
            }

            if (position < 0)
            {
                yield break;
            }

            indexes[position]++;
            for (var next = position + 1; next < size; next++)
            {
                indexes[next] = indexes[next - 1] + 1;
            }
        }
    }

    private static bool IsKeyword(string token, string keyword) => string.Equals(token, keyword, StringComparison.OrdinalIgnoreCase);

    private static void AddDistinct(List<string> list, string id)
    {
        if (!list.Contains(id, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(id);
        }
    }
}
