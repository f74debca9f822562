using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>What one method body does about assertions, before following the helpers it calls.</summary>
internal sealed class BodyFacts
{
    public static readonly BodyFacts Nothing = new BodyFacts(asserts: false, mayAssert: false, ImmutableArray<IMethodSymbol>.Empty);

    public BodyFacts(bool asserts, bool mayAssert, ImmutableArray<IMethodSymbol> helpers)
    {
        Asserts = asserts;
        MayAssert = mayAssert;
        Helpers = helpers;
    }

    /// <summary>The body itself makes an assertion that runs.</summary>
    public bool Asserts { get; }

    /// <summary>The body has code that does not compile or binds late (dynamic): it might assert, so it is not reported.</summary>
    public bool MayAssert { get; }

    /// <summary>Methods with source in this compilation that the body calls, to be searched in turn.</summary>
    public ImmutableArray<IMethodSymbol> Helpers { get; }

    public bool CountsAsAssertion => Asserts || MayAssert;
}
