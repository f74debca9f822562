using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// Every simple name that can be written to refer to something banned: a banned member's name, a banned type's name and
/// the names of all its members and nested types, and for a banned namespace the names of the namespaces, types and
/// members inside it. Built once per compilation, on first use, from the ban entries resolved in the compilation.
/// Lets the cref check skip binding a documentation reference none of whose identifiers is one of these names (binding a
/// cref is the most expensive thing GR1101 does on documented code, and most crefs name nothing banned).
/// </summary>
/// <remarks>
/// A reference reaches a banned symbol through its own name, or through the name of a type it is a member of, or, for
/// an inherited member (<c>MyRandom.Next</c>) or one in scope (<c>Next</c> inside a class deriving from a banned type),
/// through the member's own name, which is among the banned type's member names. Aliases, operators, indexers and the
/// predefined type keywords are the ways to name something without its name; the caller binds whenever a reference uses
/// one (<see cref="MayNameSpecialType"/> for the keywords). A set that would grow past <see cref="Limit"/> names (a ban of
/// a whole framework namespace) is not built: then every reference is bound, as before.
/// </remarks>
internal sealed class BannedNames
{
    private const int Limit = 50000;

    private static readonly string[] SpecialTypeNames =
    {
        "Object", "String", "Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64",
        "Decimal", "Single", "Double", "Void", "IntPtr", "UIntPtr",
    };

    private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);
    private readonly HashSet<string> _typeNames = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<string> _prefixes = new List<string>();
    private readonly List<string> _typePrefixes = new List<string>();
    private readonly HashSet<string> _memberEntryNames = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<string> _memberPrefixes = new List<string>();
    private bool _unbounded;

    private BannedNames()
    {
    }

    /// <summary>A predefined type keyword (<c>string</c>, <c>object</c>, <c>int</c>...) can name something banned.</summary>
    public bool MayNameSpecialType { get; private set; }

    public static BannedNames Build(IEnumerable<BanEntry> entries, Compilation compilation)
    {
        var names = new BannedNames();
        foreach (var entry in entries)
        {
            if (!entry.IsValid || entry.IsException)
            {
                continue;
            }

            names.Add(entry, compilation);
            if (names._unbounded)
            {
                break;
            }
        }

        foreach (var special in SpecialTypeNames)
        {
            names.MayNameSpecialType |= names._typeNames.Contains(special) || StartsWithAny(special, names._typePrefixes);
        }

        names.MayNameSpecialType |= names._unbounded;
        return names;
    }

    /// <summary>
    /// True when an identifier naming a type or a namespace (a qualifier, a parameter type, a type argument) may name
    /// something banned or something a banned symbol is in.
    /// </summary>
    public bool MayNameType(string identifier) =>
        _unbounded || _typeNames.Contains(identifier) || StartsWithAny(identifier, _typePrefixes);

    /// <summary>
    /// True when the name of a member reached through a qualifier (<c>X.Name</c>) may name something banned: a banned
    /// member (or one overriding it, which has its name), or a nested type. A member banned only because its type is banned
    /// is reached through the type's name in the qualifier, which <see cref="MayNameType"/> checks.
    /// </summary>
    public bool MayNameQualifiedMember(string identifier) =>
        MayNameType(identifier) || _memberEntryNames.Contains(identifier) || StartsWithAny(identifier, _memberPrefixes);

    /// <summary>True when an identifier with this value may refer to something banned (or to a member or type around it), unqualified.</summary>
    public bool Contains(string identifier)
    {
        if (_unbounded || _names.Contains(identifier))
        {
            return true;
        }

        return StartsWithAny(identifier, _prefixes);
    }

    private static bool StartsWithAny(string identifier, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (identifier.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(BanEntry entry, Compilation compilation)
    {
        switch (entry.Kind)
        {
            case 'N':
                foreach (var segment in entry.Segments)
                {
                    AddTypeName(segment);
                }

                foreach (var symbol in entry.Symbols(compilation))
                {
                    if (symbol is INamespaceSymbol ns)
                    {
                        AddNamespace(ns);
                    }
                }

                break;
            case 'T' when entry.IsWildcard:
                _prefixes.Add(entry.SimpleName);
                _typePrefixes.Add(entry.SimpleName);
                AddTypeName(entry.ContainerName);
                foreach (var container in Containers(entry, compilation))
                {
                    foreach (var type in container.GetTypeMembers())
                    {
                        if (type.Name.StartsWith(entry.SimpleName, StringComparison.Ordinal))
                        {
                            AddType(type);
                        }
                    }
                }

                break;
            case 'T':
                AddTypeName(entry.SimpleName);
                foreach (var symbol in entry.Symbols(compilation))
                {
                    if (symbol is INamedTypeSymbol type)
                    {
                        AddType(type);
                    }
                }

                break;
            default:
                // A member: its own name (a wildcard: the start of it); a constructor is written with its type's name.
                if (entry.IsWildcard)
                {
                    _prefixes.Add(entry.SimpleName);
                    _memberPrefixes.Add(entry.SimpleName);
                }
                else
                {
                    AddName(entry.SimpleName);
                    _memberEntryNames.Add(entry.SimpleName);
                }

                if (entry.IsWildcard || entry.SimpleName == ".ctor" || entry.SimpleName == ".cctor")
                {
                    AddTypeName(entry.ContainerName);
                }

                break;
        }
    }

    private static IEnumerable<INamespaceOrTypeSymbol> Containers(BanEntry entry, Compilation compilation)
    {
        if (entry.ContainerPath.Length == 0)
        {
            yield return compilation.GlobalNamespace;
            yield break;
        }

        foreach (var symbol in BanEntry.Resolve("N:" + entry.ContainerPath, compilation))
        {
            if (symbol is INamespaceOrTypeSymbol container)
            {
                yield return container;
            }
        }

        foreach (var type in entry.ContainerTypes(compilation))
        {
            yield return type;
        }
    }

    private void AddNamespace(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (_unbounded)
            {
                return;
            }

            if (member is INamespaceSymbol inner)
            {
                AddTypeName(inner.Name);
                AddNamespace(inner);
            }
            else if (member is INamedTypeSymbol type)
            {
                AddType(type);
            }
        }
    }

    private void AddType(INamedTypeSymbol type)
    {
        AddTypeName(type.Name);
        foreach (var name in type.MemberNames)
        {
            AddName(name);
        }

        foreach (var nested in type.GetTypeMembers())
        {
            AddType(nested);
        }
    }

    /// <summary>A name that can be a type's (or a namespace's): a predefined type keyword may stand for it.</summary>
    private void AddTypeName(string name)
    {
        AddName(name);
        if (!_unbounded)
        {
            _typeNames.Add(name);
        }
    }

    private void AddName(string name)
    {
        if (name.Length == 0 || _unbounded)
        {
            return;
        }

        _names.Add(name);
        if (_names.Count > Limit)
        {
            _unbounded = true;
            _names.Clear();
            _typeNames.Clear();
        }
    }
}
