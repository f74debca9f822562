using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Guardrails.Analyzers.Rules.TestIntegrity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Guardrails.CodeFixes;

/// <summary>
/// Rewrites a test that only calls code so that it states "does not throw" in the given style. The leading local
/// declarations that later statements use (the arrange part) stay as they are; the rest (the act) goes into the
/// expectation; local functions stay outside it. Names are written fully qualified and left to the simplifier, so
/// <c>global::Xunit.Assert</c> becomes <c>Assert</c> where <c>using Xunit;</c> is in scope and stays qualified where not.
/// Returns null for a shape it cannot rewrite into code that compiles (no fix is offered then).
/// </summary>
internal static class NoExceptionRewriter
{
    private const string FailureMessagePrefix = "Expected no exception, but got ";

    public static MethodDeclarationSyntax? Rewrite(MethodDeclarationSyntax method, NoExceptionStyle style, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol)
        {
            return null;
        }

        var isAsync = method.Modifiers.Any(SyntaxKind.AsyncKeyword);
        var taskLike = IsTaskLike(symbol.ReturnType);
        if (!symbol.ReturnsVoid && !taskLike)
        {
            return null;
        }

        List<StatementSyntax> arrange;
        List<StatementSyntax> act;
        var localFunctions = new List<StatementSyntax>();
        var addAsync = false;
        SyntaxNode[] analysed;
        if (method.ExpressionBody is { } expressionBody)
        {
            arrange = new List<StatementSyntax>();
            var expression = expressionBody.Expression;
            analysed = new SyntaxNode[] { expression };
            if (taskLike && !isAsync)
            {
                // Task Run() => sut.RunAsync(); the act is awaiting what it returns.
                expression = AwaitExpression(expression.WithoutTrivia()).WithTriviaFrom(expression);
                addAsync = true;
            }

            act = new List<StatementSyntax> { ExpressionStatement(expression.WithoutTrivia()) };
        }
        else if (method.Body is { Statements.Count: > 0 } body && (isAsync || symbol.ReturnsVoid))
        {
            Split(body, out arrange, out act, localFunctions);
            analysed = act.ToArray();
        }
        else
        {
            return null;
        }

        if (act.Count == 0 || act.Any(s => ContainsValueReturnOrYield(s)))
        {
            return null;
        }

        var actIsAsync = act.Any(ContainsAwait);
        var arrangeAwaits = arrange.Any(ContainsAwait);
        if (style != NoExceptionStyle.MSTest && CapturesWhatALambdaCannot(analysed, model, cancellationToken))
        {
            return null;
        }

        var used = UsedNames(method);
        // The act of an expression-bodied test is built anew; its types are asked of the expression it came from.
        ITypeSymbol? TypeOf(ExpressionSyntax expression) =>
            model.GetTypeInfo(expression.SyntaxTree == model.SyntaxTree ? expression : Original(method.ExpressionBody!.Expression, expression), cancellationToken).Type;
        var expectation = Expectation(style, act, actIsAsync, TypeOf, used);
        var makeVoid = style == NoExceptionStyle.NUnit && actIsAsync && !arrangeAwaits && taskLike;
        var updated = method;
        if (makeVoid)
        {
            // NUnit's DoesNotThrowAsync blocks and returns void: left async, the test would have nothing to await.
            updated = RemoveAsync(updated).WithReturnType(PredefinedType(Token(SyntaxKind.VoidKeyword)).WithTriviaFrom(method.ReturnType));
        }
        else if (addAsync)
        {
            updated = AddAsync(updated);
        }

        if (method.ExpressionBody is not null && expectation.Count == 1 && expectation[0] is ExpressionStatementSyntax single)
        {
            return updated.WithExpressionBody(updated.ExpressionBody!.WithExpression(single.Expression.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        var statements = arrange.Concat(expectation).Concat(localFunctions);
        var block = Block(statements).WithAdditionalAnnotations(Formatter.Annotation);
        if (method.ExpressionBody is not null)
        {
            return updated.WithExpressionBody(null).WithSemicolonToken(default)
                .WithParameterList(updated.ParameterList.WithTrailingTrivia(ElasticCarriageReturnLineFeed))
                .WithBody(block.WithTrailingTrivia(method.SemicolonToken.TrailingTrivia));
        }

        return updated.WithBody(block.WithTriviaFrom(method.Body!));
    }

    /// <summary>The expression body's node that a rebuilt act expression stands for: <c>x</c> of <c>await x</c>, or the body.</summary>
    private static ExpressionSyntax Original(ExpressionSyntax body, ExpressionSyntax rebuilt) =>
        rebuilt is not AwaitExpressionSyntax && body is AwaitExpressionSyntax awaited ? awaited.Expression : body;

    /// <summary>Arrange: the leading local declarations whose locals a later statement reads. Local functions stay outside.</summary>
    private static void Split(BlockSyntax body, out List<StatementSyntax> arrange, out List<StatementSyntax> act, List<StatementSyntax> localFunctions)
    {
        arrange = new List<StatementSyntax>();
        act = new List<StatementSyntax>();
        var statements = body.Statements;
        var index = 0;
        for (; index < statements.Count; index++)
        {
            if (statements[index] is not LocalDeclarationStatementSyntax declaration
                || !declaration.Declaration.Variables.All(v => IsUsedAfter(v.Identifier.ValueText, statements, index)))
            {
                break;
            }

            arrange.Add(declaration);
        }

        for (; index < statements.Count; index++)
        {
            (statements[index] is LocalFunctionStatementSyntax ? localFunctions : act).Add(statements[index]);
        }
    }

    private static bool IsUsedAfter(string name, SyntaxList<StatementSyntax> statements, int index)
    {
        for (var later = index + 1; later < statements.Count; later++)
        {
            if (statements[later].DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == name))
            {
                return true;
            }
        }

        return false;
    }

    private static List<StatementSyntax> Expectation(
        NoExceptionStyle style, List<StatementSyntax> act, bool isAsync, System.Func<ExpressionSyntax, ITypeSymbol?> typeOf, HashSet<string> used)
    {
        if (style == NoExceptionStyle.MSTest)
        {
            return new List<StatementSyntax> { TryCatchFail(act, used) };
        }

        var lambda = Lambda(act, isAsync, typeOf);
        switch (style)
        {
            case NoExceptionStyle.Xunit:
            {
                ExpressionSyntax record = Invocation(Receiver("Xunit.Record"), isAsync ? "ExceptionAsync" : "Exception", lambda);
                if (isAsync)
                {
                    record = AwaitExpression(record);
                }

                return Statements(Invocation(Receiver("Xunit.Assert"), "Null", record));
            }

            case NoExceptionStyle.NUnit:
                return Statements(Invocation(Receiver("NUnit.Framework.Assert"), isAsync ? "DoesNotThrowAsync" : "DoesNotThrow", lambda));
            case NoExceptionStyle.Shouldly:
            {
                ExpressionSyntax should = Invocation(Receiver("Shouldly.Should"), isAsync ? "NotThrowAsync" : "NotThrow", lambda);
                return Statements(isAsync ? AwaitExpression(should) : should);
            }

            default:
            {
                var name = Unique("act", used);
                var type = isAsync ? Name("System.Func<System.Threading.Tasks.Task>") : Name("System.Action");
                var declaration = LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
                    VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(lambda)))));
                var should = InvocationExpression(MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, IdentifierName(name), IdentifierName("Should")));
                ExpressionSyntax notThrow = InvocationExpression(MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, should, IdentifierName(isAsync ? "NotThrowAsync" : "NotThrow")));
                if (isAsync)
                {
                    notThrow = AwaitExpression(notThrow);
                }

                return new List<StatementSyntax> { declaration, ExpressionStatement(notThrow) };
            }
        }
    }

    /// <summary>
    /// <c>() => sut.Run()</c> for one call; <c>() => sut.RunAsync()</c> for one awaited Task; otherwise a block lambda,
    /// async when the act awaits. A Task that the act does not await stays in a block: xUnit's Record.Exception(Func&lt;Task&gt;)
    /// is an error, and the sync forms would otherwise change what is waited for.
    /// </summary>
    private static LambdaExpressionSyntax Lambda(List<StatementSyntax> act, bool isAsync, System.Func<ExpressionSyntax, ITypeSymbol?> typeOf)
    {
        if (act.Count == 1 && SingleExpression(act[0]) is { } expression)
        {
            if (!isAsync && expression is InvocationExpressionSyntax or ObjectCreationExpressionSyntax && !IsTaskLike(typeOf(expression)))
            {
                return ParenthesizedLambdaExpression(expression.WithoutTrivia());
            }

            if (isAsync && expression is AwaitExpressionSyntax { Expression: { } awaited } && !ContainsAwait(awaited))
            {
                // () => task for a Task; async () => await x for anything else awaitable (ValueTask, ConfigureAwait).
                return IsTask(typeOf(awaited))
                    ? ParenthesizedLambdaExpression(awaited.WithoutTrivia())
                    : ParenthesizedLambdaExpression(expression.WithoutTrivia()).WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword));
            }
        }

        var lambda = ParenthesizedLambdaExpression(Block(act));
        return isAsync ? lambda.WithAsyncKeyword(Token(SyntaxKind.AsyncKeyword)) : lambda;
    }

    /// <summary>The expression an act of one statement evaluates: <c>sut.Run();</c> or <c>var unused = sut.Run();</c>.</summary>
    private static ExpressionSyntax? SingleExpression(StatementSyntax statement) =>
        statement switch
        {
            ExpressionStatementSyntax expressionStatement => expressionStatement.Expression,
            LocalDeclarationStatementSyntax
            {
                UsingKeyword.RawKind: 0, AwaitKeyword.RawKind: 0, IsConst: false,
                Declaration.Variables: { Count: 1 } variables,
            } when variables[0].Initializer is { Value: { } value } && value is not ImplicitObjectCreationExpressionSyntax => value,
            _ => null,
        };

    private static StatementSyntax TryCatchFail(List<StatementSyntax> act, HashSet<string> used)
    {
        var name = Unique("exception", used);
        var message = InterpolatedStringExpression(Token(SyntaxKind.InterpolatedStringStartToken), List(new InterpolatedStringContentSyntax[]
        {
            InterpolatedStringText(Token(default, SyntaxKind.InterpolatedStringTextToken, FailureMessagePrefix, FailureMessagePrefix, default)),
            Interpolation(IdentifierName(name)),
        }));
        var fail = ExpressionStatement(Invocation(Receiver("Microsoft.VisualStudio.TestTools.UnitTesting.Assert"), "Fail", message));
        return TryStatement(
            Block(act),
            SingletonList(CatchClause(CatchDeclaration(Name("System.Exception"), Identifier(name)), filter: null, Block(fail))),
            @finally: null);
    }

    private static List<StatementSyntax> Statements(ExpressionSyntax expression) =>
        new List<StatementSyntax> { ExpressionStatement(expression) };

    private static InvocationExpressionSyntax Invocation(ExpressionSyntax type, string method, ExpressionSyntax argument) =>
        InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, IdentifierName(method)),
            ArgumentList(SingletonSeparatedList(Argument(argument))));

    /// <summary>A static class to call a member on, as an expression (member access, as the parser reads it), simplified like <see cref="Name"/>.</summary>
    private static ExpressionSyntax Receiver(string fullName) =>
        ParseExpression("global::" + fullName).WithAdditionalAnnotations(Simplifier.Annotation);

    /// <summary>A fully qualified type name the simplifier shortens where the file's usings allow.</summary>
    private static TypeSyntax Name(string fullName) =>
        ParseTypeName("global::" + fullName.Replace("<", "<global::")).WithAdditionalAnnotations(Simplifier.Annotation);

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; used.Contains(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        used.Add(candidate);
        return candidate;
    }

    /// <summary>Every identifier written in the method: a new local named like none of them cannot clash.</summary>
    private static HashSet<string> UsedNames(MethodDeclarationSyntax method) =>
        new HashSet<string>(method.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));

    /// <summary>A lambda cannot capture ref locals, ref-like locals (Span&lt;T&gt;) or ref/in/out parameters.</summary>
    private static bool CapturesWhatALambdaCannot(SyntaxNode[] act, SemanticModel model, CancellationToken cancellationToken)
    {
        var first = act[0].SpanStart;
        var end = act[act.Length - 1].Span.End;
        foreach (var statement in act)
        {
            foreach (var name in statement.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
            {
                switch (model.GetSymbolInfo(name, cancellationToken).Symbol)
                {
                    case ILocalSymbol local when (local.IsRef || local.Type.IsRefLikeType)
                        && !local.DeclaringSyntaxReferences.Any(r => r.Span.Start >= first && r.Span.End <= end):
                        return true;
                    case IParameterSymbol parameter when parameter.RefKind != RefKind.None || parameter.Type.IsRefLikeType:
                        return true;
                }
            }
        }

        return false;
    }

    private static bool ContainsAwait(SyntaxNode node) =>
        node.DescendantNodesAndSelf(n => !IsNestedFunction(n)).Any(n =>
            n is AwaitExpressionSyntax
            || (n is CommonForEachStatementSyntax forEach && forEach.AwaitKeyword.RawKind != 0)
            || (n is UsingStatementSyntax usingStatement && usingStatement.AwaitKeyword.RawKind != 0)
            || (n is LocalDeclarationStatementSyntax declaration && declaration.AwaitKeyword.RawKind != 0));

    private static bool ContainsValueReturnOrYield(SyntaxNode node) =>
        node.DescendantNodesAndSelf(n => !IsNestedFunction(n)).Any(n =>
            n is ReturnStatementSyntax { Expression: not null } or YieldStatementSyntax);

    private static bool IsNestedFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    private static MethodDeclarationSyntax RemoveAsync(MethodDeclarationSyntax method)
    {
        var index = method.Modifiers.IndexOf(SyntaxKind.AsyncKeyword);
        return index < 0 ? method : method.WithModifiers(method.Modifiers.RemoveAt(index));
    }

    private static MethodDeclarationSyntax AddAsync(MethodDeclarationSyntax method)
    {
        if (method.Modifiers.Count == 0)
        {
            return method
                .WithModifiers(TokenList(Token(method.ReturnType.GetLeadingTrivia(), SyntaxKind.AsyncKeyword, TriviaList(Space))))
                .WithReturnType(method.ReturnType.WithoutLeadingTrivia());
        }

        return method.WithModifiers(method.Modifiers.Add(Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(Space)));
    }

    private static bool IsTaskLike(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask" } named && IsTasksNamespace(named);

    /// <summary>Task or Task&lt;T&gt;: what Func&lt;Task&gt; accepts as it is.</summary>
    private static bool IsTask(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Task" } named && IsTasksNamespace(named);

    private static bool IsTasksNamespace(INamedTypeSymbol type) => type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
}
