using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.Review
{
    /// <summary>What the annotations in namespace <c>Guardrails</c> are called, and how their arguments are read.</summary>
    internal static class ReviewAnnotations
    {
        public const string AiGenerated = "AiGeneratedAttribute";
        public const string Reviewed = "ReviewedAttribute";
        public const string ReviewPending = "ReviewPendingAttribute";

        private static readonly Regex FingerprintShape = new Regex("^[0-9a-f]{12}$", RegexOptions.CultureInvariant);

        /// <summary>True when <paramref name="type"/> is <c>Guardrails.&lt;name&gt;</c> (matched by name, so any copy of the annotations works).</summary>
        public static bool Is(INamedTypeSymbol? type, string name) =>
            type is not null
            && type.Name == name
            && type.ContainingNamespace is { Name: "Guardrails" } ns
            && ns.ContainingNamespace is { IsGlobalNamespace: true };

        public static bool Has(ISymbol symbol, string name) => symbol.GetAttributes().Any(a => Is(a.AttributeClass, name));

        public static bool IsIsoDate(string? value) =>
            value is not null
            && value.Length == 10
            && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        public static bool IsFingerprint(string? value) => value is not null && FingerprintShape.IsMatch(value);

        /// <summary>The expression of a constructor argument, by parameter name (<c>reviewer: "x"</c>) or position.</summary>
        public static ExpressionSyntax? Positional(AttributeSyntax attribute, int position, string parameterName)
        {
            var arguments = attribute.ArgumentList?.Arguments;
            if (arguments is null)
            {
                return null;
            }

            var index = 0;
            foreach (var argument in arguments.Value)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (argument.NameColon is not null)
                {
                    if (argument.NameColon.Name.Identifier.ValueText == parameterName)
                    {
                        return argument.Expression;
                    }

                    continue;
                }

                if (index++ == position)
                {
                    return argument.Expression;
                }
            }

            return null;
        }

        /// <summary>The expression assigned to a property (<c>Fingerprint = "..."</c>).</summary>
        public static AttributeArgumentSyntax? Named(AttributeSyntax attribute, string propertyName) =>
            attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == propertyName);

        /// <summary>The constant string value of an argument; <paramref name="isConstant"/> is false when it is not a constant (a compiler error already).</summary>
        public static string? StringValue(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken, out bool isConstant)
        {
            var constant = model.GetConstantValue(expression, cancellationToken);
            isConstant = constant.HasValue;
            return constant.HasValue ? constant.Value as string : null;
        }
    }
}
