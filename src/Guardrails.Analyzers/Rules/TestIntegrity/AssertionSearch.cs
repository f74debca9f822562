using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Guardrails.Analyzers.Rules.TestIntegrity
{
    /// <summary>
    /// Decides whether a test body asserts, directly or through helper methods with source in the same compilation,
    /// followed breadth-first to <see cref="MaxHelperDepth"/> calls deep. Each helper body is walked once per compilation.
    /// </summary>
    internal sealed class AssertionSearch
    {
        /// <summary>test → helper → helper → helper: an assertion three calls below the test still counts.</summary>
        public const int MaxHelperDepth = 3;

        private readonly Compilation _compilation;
        private readonly AssertionWalker _walker;
        private readonly ConcurrentDictionary<IMethodSymbol, BodyFacts> _helperFacts =
            new ConcurrentDictionary<IMethodSymbol, BodyFacts>(SymbolEqualityComparer.Default);

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

            // Breadth-first with one visited set: each helper is looked at once, at the shallowest depth it is called
            // from, so recursion ends and the answer does not depend on the order calls appear in.
            var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            var level = new List<IMethodSymbol>(facts.Helpers);
            for (var depth = 1; depth <= MaxHelperDepth && level.Count > 0; depth++)
            {
                var next = new List<IMethodSymbol>();
                foreach (var helper in level)
                {
                    if (!visited.Add(helper))
                    {
                        continue;
                    }

                    var helperFacts = FactsOf(helper, cancellationToken);
                    if (helperFacts.CountsAsAssertion)
                    {
                        return true;
                    }

                    next.AddRange(helperFacts.Helpers);
                }

                level = next;
            }

            return false;
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
}
