using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>Where a sensitive use is written: whether a review covers it, and what the diagnostic calls the place.</summary>
internal static class SensitiveApiSite
{
    private const string TopLevelStatements = "<top-level statements>";
    private const string TopLevelAdvice = "; top-level statements cannot carry one, so move the code into a method and review that";
    private const string OutsideAnyTypeAdvice = "; code outside every type cannot carry one";

    /// <summary>
    /// True when a <c>[Reviewed]</c> stands on a declaration the use is written in: its member (for an accessor, the
    /// property; for a field initializer, the field), a local function or lambda around it, or a type declaration around
    /// it. Like GR3001, a type's review covers only the part of a partial type it is written on, and one on the assembly
    /// covers nothing. The syntax walk finds candidates by name; only those are bound.
    /// </summary>
    public static bool IsReviewed(SyntaxNode node, SemanticModel? model, CancellationToken cancellationToken)
    {
        for (var current = node; current is not null and not CompilationUnitSyntax; current = current.Parent)
        {
            foreach (var list in AttributeListsOf(current))
            {
                if (list.Target is { } target && !IsDeclarationTarget(target.Identifier))
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    if (IsReviewedName(attribute.Name)
                        && (model is null || ReviewAnnotations.Is(model.GetTypeInfo(attribute, cancellationToken).Type as INamedTypeSymbol, ReviewAnnotations.Reviewed)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The declaration a use belongs to, which GR3002 reports once and "Mark as reviewed" annotates: the nearest member
    /// or type declaration around it (an accessor's property, indexer or event; a field initializer's field declaration;
    /// a local function's or lambda's member; a record's primary-constructor arguments' record). Top-level statements
    /// belong to their file's compilation unit, an assembly or module attribute to its attribute list.
    /// </summary>
    public static SyntaxNode OwnerOf(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case GlobalStatementSyntax { Parent: { } unit }:
                    return unit;
                case MemberDeclarationSyntax member and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax:
                    return member;
                case AttributeListSyntax { Parent: CompilationUnitSyntax } list:
                    return list;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    /// <summary>
    /// What the diagnostic calls an <see cref="OwnerOf"/> declaration (where "Mark as reviewed" puts the annotation),
    /// and advice for code that cannot be annotated (top-level statements, assembly attributes).
    /// </summary>
    public static (string Name, string Advice) Describe(SyntaxNode owner, SemanticModel? model, CancellationToken cancellationToken)
    {
        switch (owner)
        {
            case CompilationUnitSyntax:
                return (TopLevelStatements, TopLevelAdvice);
            case MemberDeclarationSyntax member:
                var symbol = model is null ? null : ReviewAnnotations.DeclaredSymbol(member, model, cancellationToken);
                return (symbol is null ? "this declaration" : SymbolNames.Display(symbol), string.Empty);
            default:
                return (model is null ? "the assembly" : "the assembly " + model.Compilation.AssemblyName, OutsideAnyTypeAdvice);
        }
    }

    private static SyntaxList<AttributeListSyntax> AttributeListsOf(SyntaxNode node) => node switch
    {
        MemberDeclarationSyntax member => member.AttributeLists,
        AccessorDeclarationSyntax accessor => accessor.AttributeLists,
        LocalFunctionStatementSyntax local => local.AttributeLists,
        LambdaExpressionSyntax lambda => lambda.AttributeLists,
        _ => default,
    };

    /// <summary>A list that applies to the declaration itself; not <c>return:</c>, <c>param:</c>, <c>assembly:</c> and the like.</summary>
    private static bool IsDeclarationTarget(SyntaxToken target) =>
        target.IsKind(SyntaxKind.MethodKeyword) || target.IsKind(SyntaxKind.TypeKeyword) || target.IsKind(SyntaxKind.FieldKeyword)
        || target.IsKind(SyntaxKind.PropertyKeyword) || target.IsKind(SyntaxKind.EventKeyword);

    private static bool IsReviewedName(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return text is "Reviewed" or "ReviewedAttribute";
    }
}
