using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// The banned-API entries of one compilation, indexed by simple name so that a symbol whose name no entry uses is
/// rejected with one dictionary lookup; an entry's documentation ID is resolved only when a symbol with its name
/// (and its container's name) turns up. What a type or namespace resolves to is cached, so walking a type's
/// containing types and namespaces is paid once per type, not once per use.
/// </summary>
/// <remarks>
/// The most specific entry decides: for a member, the member itself (and the members it overrides), then its type,
/// the types containing that, and the namespaces from the innermost out. At the same level an exception beats a
/// ban, and an exact entry beats a wildcard. Thread-safe: the analyzer runs concurrently.
/// </remarks>
internal sealed class BanIndex
{
    private readonly Compilation _compilation;
    private readonly Dictionary<string, BanEntry[]> _byName;
    private readonly Dictionary<string, BanEntry[]> _wildcardsByContainer;
    private readonly List<BanEntry> _exceptions;
    private readonly ConcurrentDictionary<ISymbol, BanMatch?> _verdicts = new ConcurrentDictionary<ISymbol, BanMatch?>(SymbolEqualityComparer.Default);
    private readonly Func<ISymbol, BanMatch?> _computeVerdict;

    public BanIndex(IEnumerable<BanEntry> entries, Compilation compilation)
    {
        _compilation = compilation;
        _computeVerdict = ComputeVerdict;
        var byName = new Dictionary<string, List<BanEntry>>(StringComparer.Ordinal);
        var wildcards = new Dictionary<string, List<BanEntry>>(StringComparer.Ordinal);
        _exceptions = new List<BanEntry>();
        TypeOrNamespaceNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!entry.IsValid)
            {
                continue;
            }

            Add(entry.IsWildcard ? wildcards : byName, entry.IsWildcard ? entry.ContainerName : entry.SimpleName, entry);
            if (entry.Kind == 'N' || entry.Kind == 'T')
            {
                // A wildcard matches names that only start with its text; the container it names is written in full.
                TypeOrNamespaceNames.Add(entry.IsWildcard ? entry.ContainerName : entry.SimpleName);
            }

            if (entry.IsException)
            {
                _exceptions.Add(entry);
                continue;
            }

            HasBans = true;
            HasNamespaceBans |= entry.Kind == 'N';
            HasTypeOrNamespaceBans |= entry.Kind == 'N' || entry.Kind == 'T';
        }

        HasNamespaceEntries = Exists(byName, 'N');
        HasTypeOrNamespaceEntries = HasNamespaceEntries || Exists(byName, 'T') || Exists(wildcards, 'T');
        _byName = ToArrays(byName);
        _wildcardsByContainer = ToArrays(wildcards);
    }

    /// <summary>At least one entry bans something (exceptions alone ban nothing).</summary>
    public bool HasBans { get; }

    /// <summary>Some entry bans a type or a namespace: only then can a declaration, a using or a base list be banned.</summary>
    public bool HasTypeOrNamespaceBans { get; }

    /// <summary>Some entry bans a namespace: then any type can be banned, whatever its name.</summary>
    public bool HasNamespaceBans { get; }

    private bool HasNamespaceEntries { get; }

    private bool HasTypeOrNamespaceEntries { get; }

    /// <summary>
    /// The names a type or namespace entry gives its type or namespace (for a wildcard, its container's): a cheap pre-check
    /// for syntax. A reference to a banned type or namespace that spells out its containers (a using directive) writes one
    /// of them, since only a type or namespace entry can ban a type or namespace, and it bans what it names and what is
    /// inside that. Names that only member entries use (<c>System</c> in <c>M:System.GC.Collect</c>) are not here.
    /// </summary>
    public HashSet<string> TypeOrNamespaceNames { get; }

    /// <summary>The first banned thing in a type: the type itself (or a type or namespace containing it), an array's or pointer's element type, a type argument at any depth.</summary>
    public BanMatch? FindBannedType(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return FindBannedType(array.ElementType);
            case IPointerTypeSymbol pointer:
                return FindBannedType(pointer.PointedAtType);
            case IFunctionPointerTypeSymbol functionPointer:
                return FindBannedInSignature(functionPointer.Signature);
            case INamedTypeSymbol named when named.TypeKind != TypeKind.Error:
                var self = TypeVerdict(named.OriginalDefinition);
                return self is { IsBan: true } ? self : FindBannedInTypeArguments(named);
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a use of the member is banned: the member, a member it overrides, its type (or a containing type or
    /// namespace), or a type argument of its type; with <paramref name="includeMethodTypeArguments"/>, also the
    /// method's own type arguments (when the code spells them out).
    /// </summary>
    public BanMatch? FindBannedMember(ISymbol member, bool includeMethodTypeArguments)
    {
        var verdict = MemberVerdict(member);
        if (verdict is { IsBan: true })
        {
            return verdict;
        }

        if (includeMethodTypeArguments && member is IMethodSymbol { IsGenericMethod: true } method)
        {
            foreach (var argument in method.TypeArguments)
            {
                if (argument.TypeKind != TypeKind.TypeParameter && FindBannedType(argument) is { } banned)
                {
                    return banned;
                }
            }
        }

        return FindBannedInTypeArguments(member.ContainingType);
    }

    /// <summary>The entry deciding about a namespace (a ban or an exception), looking at enclosing namespaces too.</summary>
    public BanMatch? NamespaceVerdict(INamespaceSymbol? ns)
    {
        if (!HasNamespaceEntries || ns is null || ns.IsGlobalNamespace)
        {
            return null;
        }

        return _verdicts.GetOrAdd(ns, _computeVerdict);
    }

    /// <summary>True when an exception names something inside what the entry bans (a using of it is then still needed).</summary>
    public bool HasExceptionWithin(BanEntry ban)
    {
        foreach (var exception in _exceptions)
        {
            if (exception.Segments.Length > ban.Segments.Length && StartsWith(exception.Segments, ban.Segments))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(string[] path, string[] prefix)
    {
        for (var i = 0; i < prefix.Length; i++)
        {
            if (!string.Equals(path[i], prefix[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private BanMatch? MemberVerdict(ISymbol member)
    {
        var definition = Definition(member);
        for (var current = definition; current is not null; current = current.IsOverride ? Overridden(current) : null)
        {
            if (Lookup(current) is { } match)
            {
                return match;
            }
        }

        return definition.ContainingType is { } type ? TypeVerdict(type.OriginalDefinition) : null;
    }

    private BanMatch? TypeVerdict(INamedTypeSymbol type)
    {
        if (!HasTypeOrNamespaceEntries || type.TypeKind == TypeKind.Error)
        {
            return null;
        }

        return _verdicts.GetOrAdd(type, _computeVerdict);
    }

    private BanMatch? ComputeVerdict(ISymbol symbol)
    {
        if (Lookup(symbol) is { } match)
        {
            return match;
        }

        return symbol.ContainingType is { } containing
            ? TypeVerdict(containing.OriginalDefinition)
            : NamespaceVerdict(symbol.ContainingNamespace);
    }

    private BanMatch? FindBannedInTypeArguments(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            // A definition's type arguments are its own type parameters: nothing to check, and no array to allocate.
            if (!current.IsGenericType || current.IsDefinition)
            {
                continue;
            }

            foreach (var argument in current.TypeArguments)
            {
                if (argument.TypeKind != TypeKind.TypeParameter && FindBannedType(argument) is { } banned)
                {
                    return banned;
                }
            }
        }

        return null;
    }

    private BanMatch? FindBannedInSignature(IMethodSymbol? signature)
    {
        if (signature is null)
        {
            return null;
        }

        if (FindBannedType(signature.ReturnType) is { } banned)
        {
            return banned;
        }

        foreach (var parameter in signature.Parameters)
        {
            if (FindBannedType(parameter.Type) is { } bannedParameter)
            {
                return bannedParameter;
            }
        }

        return null;
    }

    /// <summary>The entry that names exactly this symbol (no containers), or null. Exceptions first, then exact entries, then wildcards.</summary>
    private BanMatch? Lookup(ISymbol symbol)
    {
        char kind;
        var name = symbol.Name;
        switch (symbol)
        {
            case INamespaceSymbol:
                kind = 'N';
                break;
            case INamedTypeSymbol:
                kind = 'T';
                break;
            case IMethodSymbol:
                kind = 'M';
                break;
            case IPropertySymbol property:
                kind = 'P';
                name = property.IsIndexer ? property.MetadataName : name;
                break;
            case IFieldSymbol:
                kind = 'F';
                break;
            case IEventSymbol:
                kind = 'E';
                break;
            default:
                return null;
        }

        var containerName = symbol.ContainingSymbol?.Name ?? string.Empty;
        BanEntry? ban = null;
        if (_byName.TryGetValue(name, out var candidates))
        {
            foreach (var entry in candidates)
            {
                if (entry.Kind != kind || !string.Equals(entry.ContainerName, containerName, StringComparison.Ordinal) || !MatchesExactly(entry, symbol))
                {
                    continue;
                }

                if (entry.IsException)
                {
                    return new BanMatch(entry, symbol);
                }

                ban ??= entry;
            }
        }

        if (_wildcardsByContainer.TryGetValue(containerName, out var wildcards))
        {
            BanEntry? wildcardBan = null;
            foreach (var entry in wildcards)
            {
                if (entry.Kind != kind || !name.StartsWith(entry.SimpleName, StringComparison.Ordinal) || !MatchesContainer(entry, symbol))
                {
                    continue;
                }

                if (entry.IsException)
                {
                    return new BanMatch(entry, symbol);
                }

                wildcardBan ??= entry;
            }

            ban ??= wildcardBan;
        }

        return ban is null ? null : new BanMatch(ban, symbol);
    }

    private bool MatchesExactly(BanEntry entry, ISymbol symbol)
    {
        if (symbol is INamespaceSymbol ns)
        {
            return entry.NamesNamespace(ns);
        }

        foreach (var candidate in entry.Symbols(_compilation))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, symbol))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchesContainer(BanEntry entry, ISymbol symbol)
    {
        if (symbol.ContainingSymbol is INamespaceSymbol ns)
        {
            return entry.Kind == 'T' && entry.NamesContainerNamespace(ns);
        }

        var containingType = symbol.ContainingType?.OriginalDefinition;
        foreach (var container in entry.ContainerTypes(_compilation))
        {
            if (SymbolEqualityComparer.Default.Equals(container, containingType))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol Definition(ISymbol member) =>
        member is IMethodSymbol { ReducedFrom: { } unreduced } ? unreduced.OriginalDefinition : member.OriginalDefinition;

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod?.OriginalDefinition,
        IPropertySymbol property => property.OverriddenProperty?.OriginalDefinition,
        IEventSymbol @event => @event.OverriddenEvent?.OriginalDefinition,
        _ => null,
    };

    private static bool Exists(Dictionary<string, List<BanEntry>> index, char kind)
    {
        foreach (var list in index.Values)
        {
            if (list.Exists(e => e.Kind == kind))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, List<BanEntry>> index, string key, BanEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = new List<BanEntry>();
            index.Add(key, list);
        }

        list.Add(entry);
    }

    private static Dictionary<string, BanEntry[]> ToArrays(Dictionary<string, List<BanEntry>> index)
    {
        var result = new Dictionary<string, BanEntry[]>(index.Count, StringComparer.Ordinal);
        foreach (var pair in index)
        {
            result.Add(pair.Key, pair.Value.ToArray());
        }

        return result;
    }
}
