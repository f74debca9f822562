using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// The overrides, in this compilation, of each abstract or virtual method, so that a call to
/// <c>protected abstract void AssertResult()</c> from a test in an abstract base class follows into its overrides.
/// Built once per compilation, on first use.
/// </summary>
internal sealed class OverrideIndex
{
    private static readonly IReadOnlyList<IMethodSymbol> None = Array.Empty<IMethodSymbol>();

    private readonly Lazy<Dictionary<IMethodSymbol, List<IMethodSymbol>>> _overrides;

    public OverrideIndex(Compilation compilation)
    {
        _overrides = new Lazy<Dictionary<IMethodSymbol, List<IMethodSymbol>>>(() => Build(compilation.Assembly.GlobalNamespace));
    }

    public IReadOnlyList<IMethodSymbol> OverridesOf(IMethodSymbol method) =>
        _overrides.Value.TryGetValue(method, out var overrides) ? overrides : None;

    private static Dictionary<IMethodSymbol, List<IMethodSymbol>> Build(INamespaceSymbol root)
    {
        var overrides = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var member in pending.Pop().GetMembers())
            {
                switch (member)
                {
                    case INamespaceOrTypeSymbol container:
                        pending.Push(container);
                        break;
                    case IMethodSymbol { IsOverride: true } method:
                        for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                        {
                            var key = overridden.OriginalDefinition;
                            if (!overrides.TryGetValue(key, out var list))
                            {
                                list = new List<IMethodSymbol>();
                                overrides[key] = list;
                            }

                            list.Add(method);
                        }

                        break;
                }
            }
        }

        return overrides;
    }
}
