using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Walks one method body's operations for assertions that run. A lambda counts only when it escapes (passed to a call
/// or constructor, stored in a property, field, event or initializer) or is stored in a local that the body invokes or
/// lets escape; a local function only when it is called or escapes; a try body only when its catch cannot swallow the
/// failure; a throw when it is the fail path of a check (<see cref="ThrowChecks"/>). Iterative, so deep expressions
/// cannot overflow.
/// </summary>
internal sealed class AssertionWalker
{
    private readonly IAssemblySymbol _assembly;
    private readonly AssertionCalls _calls;
    private readonly SwallowedAssertions _swallowed;
    private readonly OverrideIndex _overrides;
    private readonly ThrowChecks _throws;

    public AssertionWalker(Compilation compilation, AssertionCalls calls)
    {
        _assembly = compilation.Assembly;
        _calls = calls;
        _swallowed = new SwallowedAssertions(compilation);
        _overrides = new OverrideIndex(compilation);
        _throws = new ThrowChecks(compilation);
    }

    /// <param name="isTest">True for the test method's own body, false for a helper's.</param>
    public BodyFacts Walk(IOperation body, bool isTest) => new Traversal(this, body, isTest).Run();

    private sealed class Traversal
    {
        private readonly AssertionWalker _owner;
        private readonly IOperation _root;
        private readonly bool _isTest;
        private readonly Stack<IOperation> _pending = new Stack<IOperation>();
        private readonly HashSet<IOperation> _enteredFunctions = new HashSet<IOperation>();
        private readonly HashSet<IMethodSymbol> _helpers = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private FunctionIndex? _functions;
        private bool _mayAssert;

        public Traversal(AssertionWalker owner, IOperation root, bool isTest)
        {
            _owner = owner;
            _root = root;
            _isTest = isTest;
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
                case IAnonymousFunctionOperation lambda when !Escapes(lambda):
                    return false; // runs only if invoked; lambdas held in locals: VisitCallee and the local-reference case
                case IThrowOperation throwOperation when _owner._throws.IsCheck(throwOperation, _isTest):
                    return true;
                case ILocalReferenceOperation local when local.Local.Type?.TypeKind == TypeKind.Delegate && Escapes(local):
                    EnterLambdasIn(local.Local);
                    break;
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
                case IMethodReferenceOperation reference when Escapes(reference):
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
                    EnterLambdasIn(local);
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

        private void EnterLambdasIn(ILocalSymbol local)
        {
            foreach (var lambda in Functions.LambdasIn(local))
            {
                Enter(lambda, lambda.Body);
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

        /// <summary>
        /// A function (lambda, method group, local holding a delegate) that leaves the body's hands, so that the code
        /// it is handed to may run it: an argument of a call or constructor (Assert.All, Parallel.ForEach, the system
        /// under test), a property, field, event or indexer it is stored in (object initializers included), or an
        /// element of an array or collection initializer (a collection initializer's Add is a call). Taken on trust:
        /// whether the receiver invokes it is not checked.
        /// </summary>
        private static bool Escapes(IOperation function)
        {
            var value = function;
            var parent = function.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                value = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation }:
                case IEventAssignmentOperation:
                case IArrayInitializerOperation:
                    return true;
                case IAssignmentOperation assignment when assignment.Value == value:
                    return assignment.Target is IPropertyReferenceOperation or IFieldReferenceOperation;
                default:
                    return false;
            }
        }
    }
}
