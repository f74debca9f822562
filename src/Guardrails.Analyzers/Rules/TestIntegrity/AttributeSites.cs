using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>One attribute as bound by the compiler, with the syntax it was written as (when it comes from source).</summary>
internal readonly struct AttributeSite
{
    public AttributeSite(AttributeData attribute, AttributeSyntax? syntax)
    {
        Attribute = attribute;
        Syntax = syntax;
    }

    public AttributeData Attribute { get; }

    public AttributeSyntax? Syntax { get; }

    /// <summary>The named argument's syntax (<c>Skip = "..."</c>), or the whole attribute when it is not written out.</summary>
    public Location LocationOf(string? namedArgument, ISymbol fallback)
    {
        if (Syntax is null)
        {
            return fallback.Locations.IsEmpty ? Location.None : fallback.Locations[0];
        }

        if (namedArgument is not null && Syntax.ArgumentList is not null)
        {
            foreach (var argument in Syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == namedArgument)
                {
                    return argument.GetLocation();
                }
            }
        }

        return Syntax.GetLocation();
    }

    /// <summary>True when the source writes a named argument the binder dropped (it did not compile).</summary>
    public bool WritesNamedArgument(string name)
    {
        if (Syntax?.ArgumentList is null)
        {
            return false;
        }

        foreach (var argument in Syntax.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Where an attribute list sits when symbol actions cannot see it.</summary>
internal enum AttributeListOwnerKind
{
    Assembly,
    Module,
    LocalFunction,
    Lambda,
}

/// <summary>
/// Reads attributes through symbols (alias-proof: a <c>using X = ...</c> or a fully qualified name binds to the same
/// type), the way GR2004 does: symbol actions for types and members, and the attribute lists that symbol actions never
/// visit (assembly, module, local functions, lambdas) from syntax.
/// </summary>
internal static class AttributeSites
{
    /// <summary>
    /// The attributes written on this symbol's own declaration that <paramref name="isCandidate"/> accepts (checked
    /// first, so syntax is only fetched for the few that matter). Both parts of a partial method see the merged
    /// attributes; only the part that has the attribute reports it.
    /// </summary>
    public static List<AttributeSite>? DeclaredOn(ISymbol symbol, Func<AttributeData, bool> isCandidate, CancellationToken cancellationToken)
    {
        List<AttributeSite>? sites = null;
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!isCandidate(attribute))
            {
                continue;
            }

            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
            if (syntax is null || IsDeclaredOn(symbol, syntax))
            {
                (sites ??= new List<AttributeSite>()).Add(new AttributeSite(attribute, syntax));
            }
        }

        return sites;
    }

    /// <summary>
    /// For an attribute list on the assembly, the module, a local function or a lambda: who owns it and the attributes
    /// in it. False for every other list (symbol actions see those).
    /// </summary>
    public static bool TryGetListOwner(
        AttributeListSyntax list,
        SemanticModel model,
        bool includeFunctions,
        CancellationToken cancellationToken,
        out AttributeListOwnerKind kind,
        out ISymbol? owner,
        out List<AttributeSite> sites)
    {
        kind = default;
        owner = null;
        sites = new List<AttributeSite>();
        var target = list.Target?.Identifier.Kind();
        ImmutableArray<AttributeData> attributes;
        if (target == SyntaxKind.AssemblyKeyword)
        {
            kind = AttributeListOwnerKind.Assembly;
            owner = model.Compilation.Assembly;
            attributes = model.Compilation.Assembly.GetAttributes();
        }
        else if (target == SyntaxKind.ModuleKeyword)
        {
            kind = AttributeListOwnerKind.Module;
            owner = model.Compilation.SourceModule;
            attributes = model.Compilation.SourceModule.GetAttributes();
        }
        else if (includeFunctions && (target is null || target == SyntaxKind.MethodKeyword) && list.Parent is LocalFunctionStatementSyntax localFunction)
        {
            kind = AttributeListOwnerKind.LocalFunction;
            owner = model.GetDeclaredSymbol(localFunction, cancellationToken);
            attributes = owner?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty;
        }
        else if (includeFunctions && (target is null || target == SyntaxKind.MethodKeyword) && list.Parent is LambdaExpressionSyntax lambda)
        {
            kind = AttributeListOwnerKind.Lambda;
            owner = model.GetSymbolInfo(lambda, cancellationToken).Symbol;
            attributes = owner?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty;
        }
        else
        {
            return false;
        }

        foreach (var attribute in attributes)
        {
            var reference = attribute.ApplicationSyntaxReference;
            if (reference is not null && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span)
                && reference.GetSyntax(cancellationToken) is AttributeSyntax syntax)
            {
                sites.Add(new AttributeSite(attribute, syntax));
            }
        }

        return true;
    }

    /// <summary>How a diagnostic names a symbol: <c>C.M()</c>, <c>C.P.get</c>, <c>Local()</c>.</summary>

    /// <summary>True when the type is <paramref name="baseType"/> or derives from it.</summary>
    public static bool InheritsFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeclaredOn(ISymbol symbol, SyntaxNode attribute)
    {
        // attribute -> attribute list -> the declaration it decorates (for a field, the declaration around its declarators).
        var owner = attribute.Parent?.Parent;
        if (owner is null)
        {
            return true;
        }

        foreach (var declaration in symbol.DeclaringSyntaxReferences)
        {
            if (declaration.SyntaxTree == owner.SyntaxTree
                && (owner.Span.Contains(declaration.Span) || declaration.Span.Contains(owner.Span)))
            {
                return true;
            }
        }

        return false;
    }
}
