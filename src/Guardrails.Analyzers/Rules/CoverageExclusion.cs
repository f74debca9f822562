using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules
{
    /// <summary>What counts as a coverage-exclusion attribute and as a justification for one.</summary>
    internal static class CoverageExclusion
    {
        private const string JustificationName = "Justification";

        /// <summary>coverlet's default exclusion attributes, matched by name in any namespace, as coverlet does.</summary>
        public static bool IsExclusionAttribute(INamedTypeSymbol? type) =>
            type is not null
            && type.TypeKind != TypeKind.Error
            && (type.Name == "ExcludeFromCodeCoverageAttribute" || type.Name == "ExcludeFromCoverageAttribute");

        public static bool HasJustification(AttributeData attribute)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == JustificationName)
                {
                    return Justification.IsMeaningful(argument.Value.Value as string);
                }
            }

            return false;
        }

        public static bool HasJustification(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
        {
            if (attribute.ArgumentList is null)
            {
                return false;
            }

            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == JustificationName)
                {
                    var value = model.GetConstantValue(argument.Expression, cancellationToken);
                    return value.HasValue && Justification.IsMeaningful(value.Value as string);
                }
            }

            return false;
        }
    }
}
