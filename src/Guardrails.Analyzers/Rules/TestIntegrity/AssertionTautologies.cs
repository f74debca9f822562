using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Framework assertions that cannot fail whatever the code under test does: <c>Assert.True(true)</c>,
/// <c>Assert.Equal(x, x)</c>, <c>Assert.NotNull(new T())</c>. They count as no assertion.
/// </summary>
internal static class AssertionTautologies
{
    public static bool IsTautology(IInvocationOperation invocation)
    {
        switch (invocation.TargetMethod.Name)
        {
            case "True":
            case "IsTrue":
                return IsConstant(invocation, true);
            case "That":
                return invocation.TargetMethod.Parameters.Length > 0
                    && invocation.TargetMethod.Parameters[0].Type.SpecialType == SpecialType.System_Boolean
                    && IsConstant(invocation, true);
            case "False":
            case "IsFalse":
                return IsConstant(invocation, false);
            case "Equal":
            case "StrictEqual":
            case "Equivalent":
            case "Same":
            case "AreEqual":
            case "AreSame":
            case "AreEquivalent":
                return ComparesWithItself(invocation);
            case "NotNull":
            case "IsNotNull":
                return IsFreshObject(AssertionSymbols.ArgumentFor(invocation, 0));
            default:
                return false;
        }
    }

    private static bool IsConstant(IInvocationOperation invocation, bool expected)
    {
        var value = AssertionSymbols.ArgumentFor(invocation, 0)?.Value.ConstantValue;
        return value is { HasValue: true, Value: bool actual } && actual == expected;
    }

    private static bool ComparesWithItself(IInvocationOperation invocation)
    {
        var first = WrittenExpression(AssertionSymbols.ArgumentFor(invocation, 0));
        var second = WrittenExpression(AssertionSymbols.ArgumentFor(invocation, 1));
        return first is not null && second is not null && SyntaxFactory.AreEquivalent(first, second, topLevel: false);
    }

    private static bool IsFreshObject(IArgumentOperation? argument) =>
        argument is { IsImplicit: false }
        && AssertionSymbols.SkipConversions(argument.Value) is IObjectCreationOperation
            or IAnonymousObjectCreationOperation
            or IArrayCreationOperation
            or ITypeParameterObjectCreationOperation
            or IDelegateCreationOperation;

    private static ExpressionSyntax? WrittenExpression(IArgumentOperation? argument) =>
        argument is { IsImplicit: false, Syntax: ArgumentSyntax syntax } ? syntax.Expression : null;
}
