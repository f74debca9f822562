using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Decides whether a test body asserts, directly or through helper methods with source in the same compilation,
/// however many calls deep. Each helper body is walked once per compilation, and each helper's verdict (does an
/// assertion run in it or in a helper it calls) is settled once per compilation, so the cost is linear in the number
/// of helpers however many tests share them.
/// </summary>
/// <remarks>
/// There is no depth limit and no budget: the walk is iterative (no recursion to overflow), every method is looked at
/// at most once per compilation, and the helpers are bounded by the compilation's own source, which the compiler has
/// already bound. A limit would buy nothing and would make a verdict depend on where the search came from, so that
/// an assertion buried under enough forwarding overloads would not be found (markdig's spec suite asserts five calls
/// down).
/// </remarks>
internal sealed class AssertionSearch
{
    private readonly Compilation _compilation;
    private readonly AssertionWalker _walker;

    private readonly ConcurrentDictionary<IMethodSymbol, BodyFacts> _helperFacts =
        new ConcurrentDictionary<IMethodSymbol, BodyFacts>(SymbolEqualityComparer.Default);

    /// <summary>Settled helpers: true when an assertion runs in the helper or in a helper it reaches.</summary>
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _helperAsserts =
        new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

    public AssertionSearch(Compilation compilation, AssertionCalls calls)
    {
        _compilation = compilation;
        _walker = new AssertionWalker(compilation, calls);
    }

    public bool Asserts(IOperation testBody, CancellationToken cancellationToken)
    {
        var facts = _walker.Walk(testBody, isTest: true);
        if (facts.CountsAsAssertion)
        {
            return true;
        }

        foreach (var helper in facts.Helpers)
        {
            if (HelperAsserts(helper, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Settles <paramref name="root"/> and every unsettled helper it reaches. The helpers reached form a call graph
    /// closed under "calls" (apart from helpers settled before, whose verdicts are known), so each one's verdict is
    /// exact: it asserts when its own body does, or when it reaches a helper that does. Cycles need no special case:
    /// a cycle asserts only if a helper in it, or one it reaches, asserts. Concurrent searches may settle the same
    /// helper twice; the verdict does not depend on who settles it, so the first one stored stands.
    /// </summary>
    private bool HelperAsserts(IMethodSymbol root, CancellationToken cancellationToken)
    {
        if (_helperAsserts.TryGetValue(root, out var settled))
        {
            return settled;
        }

        var reached = Explore(root, cancellationToken);
        var asserts = PropagateAssertions(reached);
        foreach (var helper in reached.Keys)
        {
            _helperAsserts.TryAdd(helper, asserts.Contains(helper));
        }

        return _helperAsserts[root];
    }

    /// <summary>The facts of every unsettled helper reachable from <paramref name="root"/>, each walked once.</summary>
    private Dictionary<IMethodSymbol, BodyFacts> Explore(IMethodSymbol root, CancellationToken cancellationToken)
    {
        var reached = new Dictionary<IMethodSymbol, BodyFacts>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var helper = pending.Pop();
            if (reached.ContainsKey(helper) || _helperAsserts.ContainsKey(helper))
            {
                continue;
            }

            var facts = FactsOf(helper, cancellationToken);
            reached.Add(helper, facts);
            if (!facts.CountsAsAssertion)
            {
                foreach (var callee in facts.Helpers)
                {
                    pending.Push(callee);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// The reached helpers that assert: those whose body does or that call a helper settled as asserting, then, going
    /// backwards along the calls, every helper that calls one of them.
    /// </summary>
    private HashSet<IMethodSymbol> PropagateAssertions(Dictionary<IMethodSymbol, BodyFacts> reached)
    {
        var asserts = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var callers = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>();
        foreach (var entry in reached)
        {
            var helper = entry.Key;
            if (entry.Value.CountsAsAssertion)
            {
                asserts.Add(helper);
                pending.Push(helper);
                continue;
            }

            foreach (var callee in entry.Value.Helpers)
            {
                if (reached.ContainsKey(callee))
                {
                    if (!callers.TryGetValue(callee, out var list))
                    {
                        list = new List<IMethodSymbol>();
                        callers.Add(callee, list);
                    }

                    list.Add(helper);
                }
                else if (_helperAsserts.TryGetValue(callee, out var calleeAsserts) && calleeAsserts && asserts.Add(helper))
                {
                    pending.Push(helper);
                }
            }
        }

        while (pending.Count > 0)
        {
            if (callers.TryGetValue(pending.Pop(), out var list))
            {
                foreach (var caller in list)
                {
                    if (asserts.Add(caller))
                    {
                        pending.Push(caller);
                    }
                }
            }
        }

        return asserts;
    }

    private BodyFacts FactsOf(IMethodSymbol helper, CancellationToken cancellationToken)
    {
        if (_helperFacts.TryGetValue(helper, out var facts))
        {
            return facts;
        }

        facts = WalkDeclaration(helper, cancellationToken);
        return _helperFacts.GetOrAdd(helper, facts);
    }

    private BodyFacts WalkDeclaration(IMethodSymbol helper, CancellationToken cancellationToken)
    {
        foreach (var reference in helper.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
            if (declaration is null
                || (declaration.Body is null && declaration.ExpressionBody is null)
                || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

#pragma warning disable RS1030 // A helper's body lives in another method, maybe another file; operation actions never hand it over. Walked once per method and cached.
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(declaration, cancellationToken) is { } body)
            {
                return _walker.Walk(body, isTest: false);
            }
        }

        return BodyFacts.Nothing;
    }
}
