using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.Review;

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

    public static bool IsIsoDate(string? value) => ParseIsoDate(value) is not null;

    /// <summary>The symbols a review can be recorded on: types and members, not accessors, local functions or lambdas.</summary>
    public static bool IsReviewable(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.StaticConstructor
            or MethodKind.Destructor or MethodKind.UserDefinedOperator or MethodKind.Conversion or MethodKind.ExplicitInterfaceImplementation,
        _ => true,
    };

    /// <summary>
    /// The declaration that a review of this symbol annotates, or null when the symbol has none of its own: a record's
    /// primary constructor and positional properties (reviewed with the record) and top-level statements' Main.
    /// </summary>
    public static SyntaxNode? DeclarationNode(ISymbol symbol, SyntaxNode syntax) => symbol.Kind switch
    {
        SymbolKind.NamedType => syntax is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax ? syntax : null,
        SymbolKind.Method => syntax is BaseMethodDeclarationSyntax ? syntax : null,
        SymbolKind.Property => syntax is BasePropertyDeclarationSyntax ? syntax : null,
        SymbolKind.Event => syntax is EventDeclarationSyntax ? syntax
            : syntax is VariableDeclaratorSyntax { Parent.Parent: EventFieldDeclarationSyntax eventField } ? eventField : null,
        SymbolKind.Field => syntax is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } ? field
            : syntax is EnumMemberDeclarationSyntax ? syntax : null,
        _ => null,
    };

    /// <summary>
    /// Whether an annotation <paramref name="name"/> (a [Reviewed], or a [ReviewPending]) covers the declaration: it covers
    /// the declaration it stands on and every declaration inside it (a type's part covers the members written in that part
    /// only, since a review's fingerprint covers only them). One on the assembly covers nothing.
    /// </summary>
    public static bool IsCovered(ISymbol symbol, SyntaxNode declaration, string name, CancellationToken cancellationToken) =>
        Covering(symbol, declaration, name, cancellationToken).Any();

    /// <summary>The annotations <paramref name="name"/> that cover the declaration (see <see cref="IsCovered"/>), innermost first, with the declaration each stands on.</summary>
    public static IEnumerable<(AttributeData Attribute, SyntaxNode Owner)> Covering(
        ISymbol symbol, SyntaxNode declaration, string name, CancellationToken cancellationToken)
    {
        foreach (var candidate in SelfAndContainingTypes(symbol))
        {
            foreach (var attribute in candidate.GetAttributes())
            {
                if (!Is(attribute.AttributeClass, name)
                    || attribute.ApplicationSyntaxReference is not { } application
                    || application.SyntaxTree != declaration.SyntaxTree)
                {
                    continue;
                }

                var owner = application.GetSyntax(cancellationToken).Parent?.Parent;
                if (owner is not null and not CompilationUnitSyntax && owner.Span.Contains(declaration.Span))
                {
                    yield return (attribute, owner);
                }
            }
        }
    }

    public static IEnumerable<ISymbol> SelfAndContainingTypes(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingType)
        {
            yield return current;
        }
    }

    /// <summary>The declaration's name (where the review diagnostics point), or the whole declaration when it has none.</summary>
    public static Location NameLocation(ISymbol symbol, SyntaxNode declaration) =>
        symbol.Locations.FirstOrDefault(l => l.SourceTree == declaration.SyntaxTree && declaration.Span.Contains(l.SourceSpan))
        ?? declaration.GetLocation();

    /// <summary>The symbol an annotation's owner declares (a field declaration: its first variable; a lambda: its method).</summary>
    public static ISymbol? DeclaredSymbol(SyntaxNode owner, SemanticModel model, CancellationToken cancellationToken) => owner switch
    {
        BaseFieldDeclarationSyntax field when field.Declaration.Variables.Count > 0 =>
            model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken),
        AnonymousFunctionExpressionSyntax lambda => model.GetSymbolInfo(lambda, cancellationToken).Symbol,
        _ => model.GetDeclaredSymbol(owner, cancellationToken),
    };

    /// <summary>A yyyy-MM-dd date as a <see cref="DateTime"/>, or null when it is not one (see <see cref="IsIsoDate"/>).</summary>
    public static DateTime? ParseIsoDate(string? value) =>
        value is not null
        && value.Length == 10
        && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

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
