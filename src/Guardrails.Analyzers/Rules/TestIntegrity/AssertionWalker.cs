using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity
{
    /// <summary>
    /// Walks one method body's operations for assertions that run. A lambda counts only when it is passed to a call
    /// (Assert.All, Parallel.ForEach) or stored in a local that the body invokes; a local function only when it is
    /// called; a try body only when its catch cannot swallow the failure. Iterative, so deep expressions cannot overflow.
    /// </summary>
    internal sealed class AssertionWalker
    {
        private readonly IAssemblySymbol _assembly;
        private readonly AssertionCalls _calls;
        private readonly SwallowedAssertions _swallowed;
        private readonly OverrideIndex _overrides;

        public AssertionWalker(Compilation compilation, AssertionCalls calls)
        {
            _assembly = compilation.Assembly;
            _calls = calls;
            _swallowed = new SwallowedAssertions(compilation);
            _overrides = new OverrideIndex(compilation);
        }

        public BodyFacts Walk(IOperation body) => new Traversal(this, body).Run();

        private sealed class Traversal
        {
            private readonly AssertionWalker _owner;
            private readonly IOperation _root;
            private readonly Stack<IOperation> _pending = new Stack<IOperation>();
            private readonly HashSet<IOperation> _enteredFunctions = new HashSet<IOperation>();
            private readonly HashSet<IMethodSymbol> _helpers = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            private FunctionIndex? _functions;
            private bool _mayAssert;

            public Traversal(AssertionWalker owner, IOperation root)
            {
                _owner = owner;
                _root = root;
            }

            private FunctionIndex Functions => _functions ??= new FunctionIndex(_root);

            public BodyFacts Run()
            {
                _pending.Push(_root);
                while (_pending.Count > 0)
                {
                    if (Visit(_pending.Pop()))
                    {
                        return new BodyFacts(asserts: true, mayAssert: false, ImmutableArray<IMethodSymbol>.Empty);
                    }
                }

                return new BodyFacts(asserts: false, _mayAssert, _helpers.ToImmutableArray());
            }

            /// <summary>True when the operation asserts; otherwise queues what runs inside it.</summary>
            private bool Visit(IOperation operation)
            {
                switch (operation)
                {
                    case IInvalidOperation:
                    case IDynamicInvocationOperation:
                    case IDynamicMemberReferenceOperation:
                        _mayAssert = true;
                        break;
                    case ILocalFunctionOperation:
                        return false; // runs only where it is called
                    case IAnonymousFunctionOperation lambda when !IsPassedToCall(lambda):
                        return false; // runs only if invoked; see VisitCallee for lambdas held in locals
                    case ITryOperation tryOperation when _owner._swallowed.SwallowsFailures(tryOperation):
                        foreach (var handler in tryOperation.Catches)
                        {
                            _pending.Push(handler);
                        }

                        if (tryOperation.Finally is not null)
                        {
                            _pending.Push(tryOperation.Finally);
                        }

                        return false;
                    case IInvocationOperation invocation:
                        if (_owner._calls.IsAssertion(invocation))
                        {
                            return true;
                        }

                        VisitCallee(invocation);
                        break;
                    case IMethodReferenceOperation reference when IsPassedToCall(reference):
                        if (_owner._calls.IsAssertionMethod(reference.Method))
                        {
                            return true;
                        }

                        VisitMethod(reference.Method);
                        break;
                    case IPropertyReferenceOperation property when _owner._calls.IsAssertion(property):
                        return true;
                }

                foreach (var child in operation.ChildOperations)
                {
                    _pending.Push(child);
                }

                return false;
            }

            private void VisitCallee(IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                if (method.MethodKind == MethodKind.DelegateInvoke)
                {
                    if (HeldInLocal(invocation.Instance) is { } local)
                    {
                        foreach (var lambda in Functions.LambdasIn(local))
                        {
                            Enter(lambda, lambda.Body);
                        }
                    }

                    return;
                }

                if (invocation.Type?.TypeKind == TypeKind.Error)
                {
                    _mayAssert = true;
                }

                VisitMethod(method);
            }

            private void VisitMethod(IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.LocalFunction)
                {
                    if (Functions.LocalFunction(method.OriginalDefinition) is { } localFunction && localFunction.Body is { } body)
                    {
                        Enter(localFunction, body);
                    }

                    return;
                }

                var definition = AssertionSymbols.Definition(method);
                definition = definition.PartialImplementationPart ?? definition;
                if (definition.MethodKind != MethodKind.Ordinary
                    || !SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _owner._assembly))
                {
                    return;
                }

                if (!definition.IsAbstract)
                {
                    _helpers.Add(definition);
                }

                if (definition.IsAbstract || definition.IsVirtual || definition.IsOverride)
                {
                    // The call may dispatch to any override: an assertion hook in a test base class counts if one asserts.
                    foreach (var implementation in _owner._overrides.OverridesOf(definition))
                    {
                        _helpers.Add(implementation);
                    }
                }
            }

            private void Enter(IOperation function, IOperation body)
            {
                if (_enteredFunctions.Add(function))
                {
                    _pending.Push(body);
                }
            }

            private static ILocalSymbol? HeldInLocal(IOperation? instance)
            {
                instance = AssertionSymbols.SkipConversions(instance);
                if (instance is IConditionalAccessInstanceOperation)
                {
                    // local?.Invoke(): the receiver is the conditional access's operand.
                    for (var parent = instance.Parent; parent is not null; parent = parent.Parent)
                    {
                        if (parent is IConditionalAccessOperation access)
                        {
                            instance = AssertionSymbols.SkipConversions(access.Operation);
                            break;
                        }
                    }
                }

                return (instance as ILocalReferenceOperation)?.Local;
            }

            private static bool IsPassedToCall(IOperation function)
            {
                var parent = function.Parent;
                while (parent is IDelegateCreationOperation or IConversionOperation)
                {
                    parent = parent.Parent;
                }

                return parent is IArgumentOperation { Parent: IInvocationOperation };
            }
        }
    }
}
