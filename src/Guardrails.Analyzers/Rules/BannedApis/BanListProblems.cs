using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// At the end of the compilation: entries that cannot be used or match nothing (GR1102), and entries listed twice,
/// in one file or across files (GR1103, at the later entry). BannedApiAnalyzers ignores the first kind silently.
/// </summary>
internal static class BanListProblems
{
    public static void Report(CompilationAnalysisContext context, IReadOnlyList<BanEntry> entries)
    {
        var compilation = context.Compilation;
        foreach (var entry in entries)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var problem = entry.Problem ?? (Resolves(entry, compilation) ? null : "matches nothing in this compilation: " + WhyUnresolved(entry, compilation));
            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.GR1102, entry.Origin.ToLocation(), Display(entry), problem));
            }
        }

        var first = new Dictionary<string, BanEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!entry.IsValid)
            {
                continue;
            }

            if (!first.TryGetValue(entry.CanonicalId, out var earlier))
            {
                first.Add(entry.CanonicalId, entry);
                continue;
            }

            var advice = earlier.IsException == entry.IsException
                ? "; remove one of them"
                : " with the opposite meaning (banned and excepted); the exception wins, remove one of them";
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GR1103,
                entry.Origin.ToLocation(),
                new[] { earlier.Origin.ToLocation() },
                Display(entry),
                earlier.Origin.Display(),
                advice));
        }
    }

    private static string Display(BanEntry entry) => (entry.IsException ? "!" : string.Empty) + entry.Id;

    private static bool Resolves(BanEntry entry, Compilation compilation)
    {
        if (!entry.IsWildcard)
        {
            return entry.Symbols(compilation).Length > 0;
        }

        foreach (var container in WildcardContainers(entry, compilation))
        {
            foreach (var member in container.GetMembers())
            {
                if (KindOf(member) == entry.Kind && NameOf(member).StartsWith(entry.SimpleName, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<INamespaceOrTypeSymbol> WildcardContainers(BanEntry entry, Compilation compilation)
    {
        foreach (var type in entry.ContainerTypes(compilation))
        {
            yield return type;
        }

        if (entry.Kind == 'T')
        {
            foreach (var ns in BanEntry.Resolve("N:" + entry.ContainerPath, compilation).OfType<INamespaceSymbol>())
            {
                yield return ns;
            }
        }
    }

    /// <summary>Says which part of the ID fails: the name, the signature, or a namespace or type that is not there at all.</summary>
    private static string WhyUnresolved(BanEntry entry, Compilation compilation)
    {
        var kind = KindWord(entry.Kind);
        if (entry.Kind != 'N' && entry.ContainerPath.Length > 0)
        {
            var container = entry.ContainerPath.Replace('#', '.');
            var containerType = BanEntry.Resolve("T:" + entry.ContainerPath, compilation).OfType<INamedTypeSymbol>().FirstOrDefault();
            if (containerType is not null)
            {
                var sameName = containerType.GetMembers(entry.SimpleName).Count(m => KindOf(m) == entry.Kind);
                if (sameName > 0 && !entry.IsWildcard)
                {
                    return "'" + container + "' has " + sameName + " " + kind + (sameName == 1 ? string.Empty : "s") + " named '" + entry.SimpleName
                        + "' but none with this signature; copy the ID from the API's documentation, or use a wildcard to ban every overload ("
                        + entry.Kind + ":" + entry.ContainerPath + "." + entry.SimpleName.Replace('.', '#') + "*)";
                }

                return "'" + container + "' has no " + kind + " " + Quote(entry) + "; check the spelling";
            }

            if (BanEntry.Resolve("N:" + entry.ContainerPath, compilation).Length > 0)
            {
                return entry.Kind == 'T'
                    ? "namespace '" + container + "' has no type " + Quote(entry) + "; check the spelling"
                    : "'" + container + "' is a namespace, not a type; a " + kind + " must be named with its type";
            }
        }

        var missing = FirstMissingNamespace(entry, compilation);
        return "'" + missing + "' does not exist here; check the spelling, or whether this project references the assembly that defines it";
    }

    private static string Quote(BanEntry entry) => "'" + entry.SimpleName + (entry.IsWildcard ? "*" : string.Empty) + "'";

    private static string FirstMissingNamespace(BanEntry entry, Compilation compilation)
    {
        var path = string.Empty;
        foreach (var segment in entry.Segments)
        {
            path = path.Length == 0 ? segment : path + "." + segment;
            if (BanEntry.Resolve("N:" + path, compilation).Length == 0)
            {
                return path;
            }
        }

        return path;
    }

    private static string KindWord(char kind) => kind switch
    {
        'T' => "type",
        'M' => "method",
        'P' => "property",
        'F' => "field",
        'E' => "event",
        _ => "namespace",
    };

    private static char KindOf(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol => 'T',
        IMethodSymbol => 'M',
        IPropertySymbol => 'P',
        IFieldSymbol => 'F',
        IEventSymbol => 'E',
        INamespaceSymbol => 'N',
        _ => '\0',
    };

    private static string NameOf(ISymbol symbol) => symbol is IPropertySymbol { IsIndexer: true } indexer ? indexer.MetadataName : symbol.Name;
}
