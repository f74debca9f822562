using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules;

/// <summary>What counts as a coverage-exclusion attribute and as a justification for one.</summary>
internal static class CoverageExclusion
{
    private const string JustificationName = "Justification";

    /// <summary>coverlet's default exclusion attributes, matched by name in any namespace, as coverlet does.</summary>
    public static bool IsExclusionAttribute(INamedTypeSymbol? type) =>
        type is not null
        && type.TypeKind != TypeKind.Error
        && (type.Name == "ExcludeFromCodeCoverageAttribute" || type.Name == "ExcludeFromCoverageAttribute");

    /// <summary>
    /// True when the exclusion has no Justification or one that says nothing. A Justification the compiler cannot
    /// evaluate (an unresolved name, a non-constant) is a compile error already and is not reported again.
    /// </summary>
    public static bool LacksJustification(AttributeData attribute, CancellationToken cancellationToken)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == JustificationName)
            {
                return argument.Value.Kind != TypedConstantKind.Error && !Justification.IsMeaningful(argument.Value.Value as string);
            }
        }

        // The binder drops an argument it cannot evaluate; the source still shows whether one was written.
        return !(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax
            && FindJustification(syntax) is not null);
    }

    public static bool LacksJustification(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        var argument = FindJustification(attribute);
        if (argument is null)
        {
            return true;
        }

        var value = model.GetConstantValue(argument.Expression, cancellationToken);
        return value.HasValue && !Justification.IsMeaningful(value.Value as string);
    }

    private static AttributeArgumentSyntax? FindJustification(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is null)
        {
            return null;
        }

        foreach (var argument in attribute.ArgumentList.Arguments)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == JustificationName)
            {
                return argument;
            }
        }

        return null;
    }
}
