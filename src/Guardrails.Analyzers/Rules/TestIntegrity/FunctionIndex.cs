using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>The local functions declared in a body, and the lambdas stored in its locals; built on first use.</summary>
internal sealed class FunctionIndex
{
    private static readonly IReadOnlyList<IAnonymousFunctionOperation> NoLambdas = new IAnonymousFunctionOperation[0];

    private readonly Dictionary<IMethodSymbol, ILocalFunctionOperation> _localFunctions =
        new Dictionary<IMethodSymbol, ILocalFunctionOperation>(SymbolEqualityComparer.Default);

    private readonly Dictionary<ILocalSymbol, List<IAnonymousFunctionOperation>> _lambdas =
        new Dictionary<ILocalSymbol, List<IAnonymousFunctionOperation>>(SymbolEqualityComparer.Default);

    public FunctionIndex(IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ILocalFunctionOperation localFunction:
                    _localFunctions[localFunction.Symbol] = localFunction;
                    break;
                case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                    AddLambda(declarator.Symbol, initializer.Value);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    AddLambda(target.Local, assignment.Value);
                    break;
            }
        }
    }

    public ILocalFunctionOperation? LocalFunction(IMethodSymbol symbol) =>
        _localFunctions.TryGetValue(symbol, out var localFunction) ? localFunction : null;

    public IReadOnlyList<IAnonymousFunctionOperation> LambdasIn(ILocalSymbol local) =>
        _lambdas.TryGetValue(local, out var lambdas) ? lambdas : NoLambdas;

    private void AddLambda(ILocalSymbol local, IOperation value)
    {
        var operation = AssertionSymbols.SkipConversions(value);
        if (operation is IDelegateCreationOperation creation)
        {
            operation = creation.Target;
        }

        if (operation is IAnonymousFunctionOperation lambda)
        {
            if (!_lambdas.TryGetValue(local, out var lambdas))
            {
                lambdas = new List<IAnonymousFunctionOperation>();
                _lambdas[local] = lambdas;
            }

            lambdas.Add(lambda);
        }
    }
}
