using System;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Guardrails.Analyzers.Rules.Review;
using Guardrails.Options;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.CodeFixes;

/// <summary>
/// GR3001, GR3002 (on the member or type the finding is for: the nearest declaration around its first use), GR3003 and GR3006 (on a member's or type's <c>[Reviewed]</c>): writes
/// <c>[Reviewed("&lt;reviewer&gt;", "&lt;today&gt;", Fingerprint = "&lt;current&gt;")]</c>, or refreshes the existing one.
/// The reviewer comes from the <c>guardrails.reviewer</c> analyzer config key; when none is configured the fix is not
/// offered, because a review record with an invented name is worse than none.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkAsReviewedCodeFix))]
[Shared]
public sealed class MarkAsReviewedCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "Guardrails.MarkAsReviewed";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GR3001, RuleIds.GR3002, RuleIds.GR3003, RuleIds.GR3006);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || !TryGetReviewer(context.Document, root.SyntaxTree, out var reviewer))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (diagnostic.Id == RuleIds.GR3001 || diagnostic.Id == RuleIds.GR3002)
            {
                if (node.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } declaration and not BaseNamespaceDeclarationSyntax and not GlobalStatementSyntax)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(reviewer), ct => AddAsync(context.Document, declaration, reviewer, ct), EquivalenceKey),
                        diagnostic);
                }
            }
            else if (node.FirstAncestorOrSelf<AttributeSyntax>() is { Parent: AttributeListSyntax { Parent: { } owner and not CompilationUnitSyntax } } attribute
                && ReviewFingerprint.IsAnnotationName(attribute)
                && IsReviewed(attribute))
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title(reviewer), ct => RefreshAsync(context.Document, attribute, owner, reviewer, ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static string Title(string reviewer) => "Mark as reviewed by " + reviewer;

    private static bool IsReviewed(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is "Reviewed" or "ReviewedAttribute";
    }

    private static bool TryGetReviewer(Document document, SyntaxTree tree, out string reviewer)
    {
        reviewer = string.Empty;
        var options = document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
        if ((!options.GetOptions(tree).TryGetValue(AnalyzerOptionKeys.Reviewer, out var value)
                && !options.GlobalOptions.TryGetValue(AnalyzerOptionKeys.Reviewer, out value))
            || string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        reviewer = value.Trim();
        return true;
    }

    private static AttributeArgumentListSyntax Arguments(string reviewer, string fingerprint) =>
        SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(new[]
        {
            SyntaxFactory.AttributeArgument(Literal(reviewer)),
            SyntaxFactory.AttributeArgument(Literal(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("Fingerprint"), nameColon: null, Literal(fingerprint)),
        }));

    private static LiteralExpressionSyntax Literal(string value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));

    private static async Task<Document> AddAsync(Document document, MemberDeclarationSyntax declaration, string reviewer, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // Annotations are not part of the fingerprint, so the fingerprint of the code before the fix is the one after it.
        var fingerprint = ReviewFingerprint.Compute(declaration);
        var name = SyntaxFactory.ParseName(NeedsQualifier(model, declaration.SpanStart) ? "Guardrails.Reviewed" : "Reviewed");
        var attribute = SyntaxFactory.Attribute(name, Arguments(reviewer, fingerprint));

        // The new list takes the declaration's leading trivia (doc comment, indentation) and goes on a line of its own.
        var leading = declaration.GetLeadingTrivia();
        var indentation = leading.Reverse().TakeWhile(t => !t.IsKind(SyntaxKind.EndOfLineTrivia)).Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.EndOfLine("\n");
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(new[] { newLine }.Concat(indentation));

        var updated = declaration.WithoutLeadingTrivia();
        updated = updated.WithAttributeLists(updated.AttributeLists.Insert(0, list));
        return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
    }

    private static bool NeedsQualifier(SemanticModel model, int position)
    {
        var type = model.GetSpeculativeTypeInfo(position, SyntaxFactory.ParseName("ReviewedAttribute"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        return !ReviewAnnotations.Is(type as INamedTypeSymbol, ReviewAnnotations.Reviewed);
    }

    private static async Task<Document> RefreshAsync(Document document, AttributeSyntax attribute, SyntaxNode owner, string reviewer, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = Arguments(reviewer, ReviewFingerprint.Compute(owner));
        if (attribute.ArgumentList is { } existing)
        {
            arguments = arguments.WithTriviaFrom(existing);
        }

        return document.WithSyntaxRoot(root.ReplaceNode(attribute, attribute.WithArgumentList(arguments)));
    }
}
