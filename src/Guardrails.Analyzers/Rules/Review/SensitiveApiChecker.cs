using System;
using System.Collections.Immutable;
using System.Threading;
using Guardrails.Analyzers.Rules.BannedApis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// The GR3002 callbacks of one compilation. Each type's analysis gets a <see cref="SensitiveApiFindings"/>
/// (<see cref="StartType"/>): a use (the call, the creation, the attribute, the <c>unsafe</c> keyword) that no
/// <c>[Reviewed]</c> covers (<see cref="SensitiveApiSite"/>) is added to it, and it reports each declaration once when
/// the type is done. Nothing but a symbol's name is looked at until the index says the symbol is sensitive.
/// </summary>
internal sealed class SensitiveApiChecker
{
    private const string UnsafeKeyword = "unsafe";

    private readonly BanIndex _index;
    private readonly string? _unsafeCategory;
    private readonly ImmutableArray<SyntaxKind> _declarationsWithModifiers;
    private readonly SensitiveApiGeneratorOutput _generatorOutput = new SensitiveApiGeneratorOutput();

    /// <param name="unsafeCategory">The category of the <c>unsafe</c> keyword, or null when unsafe code is not checked.</param>
    public SensitiveApiChecker(BanIndex index, string? unsafeCategory, ImmutableArray<SyntaxKind> declarationsWithModifiers)
    {
        _index = index;
        _unsafeCategory = unsafeCategory;
        _declarationsWithModifiers = declarationsWithModifiers;
    }

    public void StartType(SymbolStartAnalysisContext context)
    {
        var findings = new SensitiveApiFindings((INamedTypeSymbol)context.Symbol);
        if (_index.HasBans)
        {
            context.RegisterOperationAction(c => AnalyzeUse(c, findings), BannedApiChecker.UseOperationKinds);
        }

        if (_unsafeCategory is not null)
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeUnsafeBlock(c, findings), SyntaxKind.UnsafeStatement);
            context.RegisterSyntaxNodeAction(c => AnalyzeUnsafeModifier(c, findings), _declarationsWithModifiers);
        }

        context.RegisterSymbolEndAction(findings.Report);
    }

    private void AnalyzeUse(OperationAnalysisContext context, SensitiveApiFindings findings)
    {
        var operation = context.Operation;
        var member = UsedMember(operation);
        if (member is null
            || _index.FindBannedMember(member, includeMethodTypeArguments: false) is not { IsBan: true } match
            || !IsWithin(member, match.Subject)
            || IsInitializerOfReportedCreation(operation, match)
            || IsInsideNameOf(operation))
        {
            return;
        }

        var syntax = operation.Syntax;
        Add(findings, context.ContainingSymbol, syntax, syntax.GetLocation(), operation.SemanticModel, ApiDisplay(syntax, member),
            SensitiveApiEntries.CategoryOf(match.Entry), context.CancellationToken);
    }

    /// <summary><c>unsafe { ... }</c>.</summary>
    private void AnalyzeUnsafeBlock(SyntaxNodeAnalysisContext context, SensitiveApiFindings findings)
    {
        var block = (UnsafeStatementSyntax)context.Node;
        Add(findings, context.ContainingSymbol, block, block.UnsafeKeyword.GetLocation(), context.SemanticModel, UnsafeKeyword, _unsafeCategory!, context.CancellationToken);
    }

    /// <summary>An <c>unsafe</c> type, member or local function.</summary>
    private void AnalyzeUnsafeModifier(SyntaxNodeAnalysisContext context, SensitiveApiFindings findings)
    {
        var modifiers = context.Node switch
        {
            MemberDeclarationSyntax member => member.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            _ => default,
        };
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
            {
                Add(findings, context.ContainingSymbol, context.Node, modifier.GetLocation(), context.SemanticModel, UnsafeKeyword, _unsafeCategory!, context.CancellationToken);
            }
        }
    }

    private void Add(
        SensitiveApiFindings findings, ISymbol? containingSymbol, SyntaxNode node, Location location, SemanticModel? model, string api, string category,
        CancellationToken cancellationToken)
    {
        if (!findings.Owns(containingSymbol)
            || _generatorOutput.Contains(node.SyntaxTree, cancellationToken)
            || SensitiveApiSite.IsReviewed(node, model, cancellationToken))
        {
            return;
        }

        findings.Add(new SensitiveApiUse(SensitiveApiSite.OwnerOf(node), location, api, category, model));
    }

    private static ISymbol? UsedMember(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => creation.Constructor,
        IInvocationOperation invocation => invocation.TargetMethod,
        IMemberReferenceOperation reference => reference.Member,
        IConversionOperation conversion => conversion.OperatorMethod,
        IUnaryOperation unary => unary.OperatorMethod,
        IBinaryOperation binary => binary.OperatorMethod,
        IIncrementOrDecrementOperation increment => increment.OperatorMethod,
        ICompoundAssignmentOperation compound => compound.OperatorMethod,
        _ => null,
    };

    /// <summary>
    /// The index also matches a member through its containing type's type arguments (<c>List&lt;BinaryFormatter&gt;.Add</c>),
    /// which bans need and GR3002 does not: only the member itself, a member it overrides, or a type or namespace
    /// it is declared in count.
    /// </summary>
    private static bool IsWithin(ISymbol member, ISymbol subject)
    {
        if (subject is not INamespaceOrTypeSymbol)
        {
            return true;
        }

        for (var container = member.ContainingSymbol; container is not null; container = container.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(container.OriginalDefinition, subject))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new BinaryFormatter { Binder = b }</c> and <c>[DllImport("x", SetLastError = true)]</c>: when a whole type is
    /// sensitive, the creation is reported and the members its initializer or named arguments set are not again.
    /// </summary>
    private bool IsInitializerOfReportedCreation(IOperation operation, BanMatch match)
    {
        if (operation is not IMemberReferenceOperation || operation is IMethodReferenceOperation || match.Subject is not INamespaceOrTypeSymbol)
        {
            return false;
        }

        if (operation.Syntax.Parent is NameEqualsSyntax { Parent: AttributeArgumentSyntax })
        {
            return true;
        }

        return operation.Parent is ISimpleAssignmentOperation assignment
            && assignment.Target == operation
            && assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation { Constructor: { } constructor } }
            && _index.FindBannedMember(constructor, includeMethodTypeArguments: false) is { IsBan: true };
    }

    private static bool IsInsideNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>[DllImport]</c>, <c>new SqlCommand(string)</c>, <c>Process.Start(string)</c>, <c>DbCommand.CommandText</c>.</summary>
    private static string ApiDisplay(SyntaxNode syntax, ISymbol member)
    {
        var text = SymbolNames.Display(member);
        if (member is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
        {
            return text;
        }

        var type = constructor.ContainingType;
        if (syntax is AttributeSyntax)
        {
            const string suffix = "Attribute";
            var name = type.Name.EndsWith(suffix, StringComparison.Ordinal) && type.Name.Length > suffix.Length
                ? type.Name.Substring(0, type.Name.Length - suffix.Length)
                : type.Name;
            return "[" + name + "]";
        }

        var parameters = text.IndexOf('(');
        return "new " + SymbolNames.Display(type) + (parameters < 0 ? "()" : text.Substring(parameters));
    }
}
