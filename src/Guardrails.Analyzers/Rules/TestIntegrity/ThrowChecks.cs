using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// A <c>throw</c> that is the fail path of a check counts as an assertion: <c>if (!ok) throw new XunitException()</c>,
/// <c>x ?? throw ...</c>, a switch arm, the <c>throw</c> after the call in <c>try { Act(); throw ...; } catch (Expected) { }</c>,
/// a <c>throw</c> in a <c>catch</c>, or one after a conditional <c>return</c>. It must be reachable (not under
/// <c>if (false)</c> or after a <c>return</c>) and conditional: a <c>throw</c> that always runs checks nothing.
/// Argument guards and placeholders (<c>ArgumentException</c> and its kin, <c>NotImplementedException</c>,
/// <c>NotSupportedException</c>, <c>UnreachableException</c>) never count. In a helper, only a throw of a test
/// framework's or assertion library's failure exception counts: other throws there are the code's own guards.
/// Only a throw the walker reaches is asked about, so the candidates are few and the syntax walk here is cheap.
/// </summary>
internal sealed class ThrowChecks
{
    private static readonly string[] GuardExceptionNames =
    {
        "System.ArgumentException",
        "System.NotImplementedException",
        "System.NotSupportedException",
        "System.Diagnostics.UnreachableException",
    };

    private readonly ImmutableArray<INamedTypeSymbol> _guardExceptions;
    private readonly ImmutableArray<INamedTypeSymbol> _failureExceptions;

    public ThrowChecks(Compilation compilation)
    {
        _guardExceptions = AssertionSymbols.Resolve(compilation, GuardExceptionNames);
        _failureExceptions = AssertionSymbols.Resolve(compilation, SwallowedAssertions.FailureExceptionNames);
    }

    /// <param name="inTest">True in the test method itself (and its lambdas and local functions); false in a helper.</param>
    public bool IsCheck(IThrowOperation throwOperation, bool inTest)
    {
        var thrown = ThrownType(throwOperation);
        if (thrown is null || IsAny(thrown, _guardExceptions) || (!inTest && !IsAny(thrown, _failureExceptions)))
        {
            return false;
        }

        var model = throwOperation.SemanticModel;
        return model is not null
            && IsConditional(throwOperation.Syntax, thrown, model)
            && IsReachable(throwOperation.Syntax, model);
    }

    private static INamedTypeSymbol? ThrownType(IThrowOperation throwOperation)
    {
        if (throwOperation.Exception is { } exception)
        {
            return AssertionSymbols.SkipConversions(exception)?.Type as INamedTypeSymbol;
        }

        // throw; rethrows what the enclosing catch caught.
        for (var node = throwOperation.Syntax.Parent; node is not null; node = node.Parent)
        {
            if (node is CatchClauseSyntax catchClause)
            {
                return catchClause.Declaration is { } declaration && throwOperation.SemanticModel is { } model
                    ? model.GetTypeInfo(declaration.Type).Type as INamedTypeSymbol
                    : throwOperation.SemanticModel?.Compilation.GetSpecialType(SpecialType.System_Object);
            }
        }

        return null;
    }

    /// <summary>True when the throw runs on some executions of its function and not on others.</summary>
    private static bool IsConditional(SyntaxNode throwSyntax, INamedTypeSymbol thrown, SemanticModel model)
    {
        var child = throwSyntax;
        for (var node = throwSyntax.Parent; node is not null && !IsFunctionBoundary(node); child = node, node = node.Parent)
        {
            switch (node)
            {
                case IfStatementSyntax ifStatement when child != ifStatement.Condition && !IsConstant(ifStatement.Condition, model):
                case ConditionalExpressionSyntax conditional when child != conditional.Condition && !IsConstant(conditional.Condition, model):
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression) && child == coalesce.Right && !IsConstant(coalesce.Left, model):
                case SwitchSectionSyntax:
                case SwitchExpressionArmSyntax:
                case WhileStatementSyntax whileLoop when child == whileLoop.Statement && !IsConstant(whileLoop.Condition, model):
                case ForStatementSyntax forLoop when child == forLoop.Statement && forLoop.Condition is { } condition && !IsConstant(condition, model):
                case CommonForEachStatementSyntax forEachLoop when child == forEachLoop.Statement:
                case CatchClauseSyntax { Parent: TryStatementSyntax { Block.Statements.Count: > 0 } }:
                    return true;
                case TryStatementSyntax tryStatement when child == tryStatement.Block && IsExpectedExceptionPath(tryStatement, throwSyntax, thrown, model):
                    return true;
                case BlockSyntax block when child is StatementSyntax statement && FollowsAReturn(block, statement):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>try { Act(); throw new Exception("expected"); } catch (ExpectedException) { }</c>: the throw runs only when
    /// the act did not throw, so it must come after something, and no catch of the same try may catch it (with or
    /// without a filter: we cannot tell what a filter lets through, so a catch that might take it disqualifies it).
    /// </summary>
    private static bool IsExpectedExceptionPath(TryStatementSyntax tryStatement, SyntaxNode throwSyntax, INamedTypeSymbol thrown, SemanticModel model)
    {
        if (tryStatement.Catches.Count == 0
            || tryStatement.Block.Statements.Count == 0
            || tryStatement.Block.Statements[0].Span.Contains(throwSyntax.Span))
        {
            return false;
        }

        foreach (var catchClause in tryStatement.Catches)
        {
            if (catchClause.Declaration is null)
            {
                return false; // catch { } takes everything
            }

            var caught = model.GetTypeInfo(catchClause.Declaration.Type).Type as INamedTypeSymbol;
            if (caught is null || caught.TypeKind == TypeKind.Error || AssertionSymbols.InheritsFrom(thrown, caught))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A statement before it in the same function may return, so reaching it depends on that return not running.</summary>
    private static bool FollowsAReturn(BlockSyntax block, StatementSyntax statement)
    {
        foreach (var earlier in block.Statements)
        {
            if (earlier == statement)
            {
                return false;
            }

            foreach (var node in earlier.DescendantNodesAndSelf(descendIntoChildren: n => !IsFunctionBoundary(n)))
            {
                if (node is ReturnStatementSyntax)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the statement around the throw can run at all: not under if (false), not after an unconditional return.</summary>
    private static bool IsReachable(SyntaxNode throwSyntax, SemanticModel model)
    {
        for (var node = throwSyntax; node is not null && !IsFunctionBoundary(node); node = node.Parent)
        {
            if (node is StatementSyntax statement)
            {
                try
                {
                    return model.AnalyzeControlFlow(statement) is not { Succeeded: true, StartPointIsReachable: false };
                }
                catch (System.ArgumentException)
                {
                    return true; // a statement the compiler cannot analyse alone: do not guess it away
                }
            }
        }

        return true; // an expression body (=> x ?? throw ...) starts where its function starts
    }

    private static bool IsFunctionBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax or AccessorDeclarationSyntax;

    private static bool IsConstant(ExpressionSyntax condition, SemanticModel model) => model.GetConstantValue(condition).HasValue;

    private static bool IsAny(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (AssertionSymbols.InheritsFrom(type, candidate))
            {
                return true;
            }
        }

        return false;
    }
}
