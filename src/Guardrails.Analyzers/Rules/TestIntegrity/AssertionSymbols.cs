using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>Small symbol and operation helpers shared by the GR4001 types.</summary>
internal static class AssertionSymbols
{
    private static readonly SymbolDisplayFormat FullNameFormat = new SymbolDisplayFormat(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

    public static ImmutableArray<INamedTypeSymbol> Resolve(Compilation compilation, string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in metadataNames)
        {
            var type = compilation.GetTypeByMetadataName(name);
            if (type is not null)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

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

    /// <summary>The outermost namespace a symbol is declared in ("FluentAssertions" for FluentAssertions.Primitives.X), or "".</summary>
    public static string RootNamespace(ISymbol symbol)
    {
        var ns = symbol.ContainingNamespace;
        if (ns is null || ns.IsGlobalNamespace)
        {
            return string.Empty;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name;
    }

    /// <summary><c>Namespace.Outer.Type</c>, without generic arguments or <c>global::</c>.</summary>
    public static string FullName(INamedTypeSymbol type) => type.ToDisplayString(FullNameFormat);

    /// <summary>The definition a call binds to: generic methods and types unconstructed, extension methods unreduced.</summary>
    public static IMethodSymbol Definition(IMethodSymbol method) => (method.ReducedFrom ?? method).OriginalDefinition;

    /// <summary>Strips the implicit conversions the compiler wraps around an operand.</summary>
    public static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The value an invocation passes for a parameter (arguments are matched by parameter, not by position).</summary>
    public static IArgumentOperation? ArgumentFor(IInvocationOperation invocation, int parameterOrdinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == parameterOrdinal)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>The object an instance or extension method is called on.</summary>
    public static IOperation? Receiver(IInvocationOperation invocation)
    {
        if (invocation.Instance is not null)
        {
            return SkipConversions(invocation.Instance);
        }

        return invocation.TargetMethod.IsExtensionMethod ? SkipConversions(ArgumentFor(invocation, 0)?.Value) : null;
    }
}
