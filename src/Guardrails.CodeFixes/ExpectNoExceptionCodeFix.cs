using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Guardrails.Analyzers.Rules.TestIntegrity;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.CodeFixes;

/// <summary>
/// GR4001 on a test that only calls code: states what the test means, "this does not throw", in the project's own
/// framework or assertion library (the style the analyzer put in <see cref="NoExceptionExpectation.StyleProperty"/>).
/// Not offered when the body is empty, the framework is unknown, or the body has a shape the rewrite cannot keep
/// compiling. Fix All works per document, so a <c>using</c> it needs is added once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExpectNoExceptionCodeFix))]
[Shared]
public sealed class ExpectNoExceptionCodeFix : CodeFixProvider
{
    public const string EquivalenceKey = "Guardrails.ExpectNoException";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GR4001);

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        async (context, document, diagnostics) => await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Target(root, diagnostic) is { } target
                && NoExceptionRewriter.Rewrite(target.Method, target.Style, model, context.CancellationToken) is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Expect no exception: " + NoExceptionExpectation.Snippet(target.Style, IsAsyncTest(target.Method)),
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var rewrites = new Dictionary<MethodDeclarationSyntax, MethodDeclarationSyntax>();
        string? extensionNamespace = null;
        foreach (var diagnostic in diagnostics)
        {
            if (Target(root, diagnostic) is { } target
                && !rewrites.ContainsKey(target.Method)
                && NoExceptionRewriter.Rewrite(target.Method, target.Style, model, cancellationToken) is { } rewritten)
            {
                rewrites.Add(target.Method, rewritten);
                if (target.Style is NoExceptionStyle.FluentAssertions or NoExceptionStyle.AwesomeAssertions
                    && !IsImported(model, target.Method.SpanStart, target.Style.ToString(), cancellationToken))
                {
                    extensionNamespace = target.Style.ToString();
                }
            }
        }

        if (rewrites.Count == 0)
        {
            return document;
        }

        var updated = root.ReplaceNodes(rewrites.Keys, (original, _) => rewrites[original]);
        if (extensionNamespace is not null && updated is CompilationUnitSyntax unit)
        {
            updated = AddUsing(unit, extensionNamespace);
        }

        return document.WithSyntaxRoot(updated);
    }

    private static (MethodDeclarationSyntax Method, NoExceptionStyle Style)? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(NoExceptionExpectation.StyleProperty, out var value)
            || !NoExceptionExpectation.TryParse(value, out var style))
        {
            return null;
        }

        var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
        return token.Parent is MethodDeclarationSyntax method && method.Identifier == token ? (method, style) : null;
    }

    /// <summary>For the title only: an async test gets the awaited form's name.</summary>
    private static bool IsAsyncTest(MethodDeclarationSyntax method) =>
        method.Modifiers.Any(SyntaxKind.AsyncKeyword)
        || (method.ReturnType is SimpleNameSyntax { Identifier.ValueText: "Task" or "ValueTask" } or QualifiedNameSyntax { Right.Identifier.ValueText: "Task" or "ValueTask" });

    /// <summary>Whether a using (a global one included) brings the namespace's extension methods into scope.</summary>
    private static bool IsImported(SemanticModel model, int position, string namespaceName, CancellationToken cancellationToken)
    {
        foreach (var scope in model.GetImportScopes(position, cancellationToken))
        {
            foreach (var import in scope.Imports)
            {
                if (import.NamespaceOrType is INamespaceSymbol ns && ns.ToDisplayString() == namespaceName)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Adds <c>using Namespace;</c> among the file's usings, in order (System first), or at the top.</summary>
    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string namespaceName)
    {
        var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
        var usings = unit.Usings;
        var index = 0;
        for (var i = 0; i < usings.Count; i++)
        {
            var existing = usings[i];
            if (existing.GlobalKeyword.RawKind != 0 || existing.Alias is not null || existing.StaticKeyword.RawKind != 0 || existing.Name is null)
            {
                continue;
            }

            if (Compare(existing.Name.ToString(), namespaceName) < 0)
            {
                index = i + 1;
            }
        }

        if (usings.Count > 0)
        {
            var endOfLine = usings[0].GetTrailingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            directive = directive.WithTrailingTrivia(endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine : SyntaxFactory.ElasticCarriageReturnLineFeed);
        }

        if (index == 0 && usings.Count > 0)
        {
            // Keep the file's leading trivia (header comment) in front of the first using.
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithLeadingTrivia());
        }

        return unit.WithUsings(usings.Insert(index, directive));
    }

    private static int Compare(string left, string right)
    {
        var leftSystem = left == "System" || left.StartsWith("System.", System.StringComparison.Ordinal);
        var rightSystem = right == "System" || right.StartsWith("System.", System.StringComparison.Ordinal);
        return leftSystem != rightSystem ? (leftSystem ? -1 : 1) : string.CompareOrdinal(left, right);
    }
}
