using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Recognises test methods of xUnit, NUnit and MSTest by the attribute's type (or a subclass of it), never by name.
/// Resolved once per compilation.
/// </summary>
internal sealed class TestMethods
{
    private static readonly string[] TestAttributeNames =
    {
        "Xunit.FactAttribute", // TheoryAttribute derives from it
        "Xunit.TheoryAttribute",
        "NUnit.Framework.TestAttribute",
        "NUnit.Framework.TestCaseAttribute",
        "NUnit.Framework.TestCaseSourceAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.DataTestMethodAttribute",
    };

    private static readonly string[] IgnoreAttributeNames =
    {
        "NUnit.Framework.IgnoreAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.IgnoreAttribute",
    };

    private readonly ImmutableArray<INamedTypeSymbol> _testAttributes;
    private readonly ImmutableArray<INamedTypeSymbol> _ignoreAttributes;
    private readonly INamedTypeSymbol? _xunitFact;
    private readonly INamedTypeSymbol? _expectedExceptionBase;

    private TestMethods(Compilation compilation, ImmutableArray<INamedTypeSymbol> testAttributes)
    {
        _testAttributes = testAttributes;
        _ignoreAttributes = AssertionSymbols.Resolve(compilation, IgnoreAttributeNames);
        _xunitFact = compilation.GetTypeByMetadataName("Xunit.FactAttribute");
        _expectedExceptionBase = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.ExpectedExceptionBaseAttribute");
    }

    /// <summary>Null when the compilation references no test framework, so there is nothing to analyse.</summary>
    public static TestMethods? TryCreate(Compilation compilation)
    {
        var testAttributes = AssertionSymbols.Resolve(compilation, TestAttributeNames);
        return testAttributes.IsEmpty ? null : new TestMethods(compilation, testAttributes);
    }

    /// <summary>True for a method (or an override of one) that carries a test attribute.</summary>
    public bool IsTest(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (IsAny(attribute.AttributeClass, _testAttributes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The framework whose test attribute the method (or the method it overrides) carries; null if none.</summary>
    public NoExceptionStyle? FrameworkOf(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (var attribute in current.GetAttributes())
            {
                foreach (var candidate in _testAttributes)
                {
                    if (AssertionSymbols.InheritsFrom(attribute.AttributeClass, candidate))
                    {
                        switch (AssertionSymbols.RootNamespace(candidate))
                        {
                            case "Xunit":
                                return NoExceptionStyle.Xunit;
                            case "NUnit":
                                return NoExceptionStyle.NUnit;
                            default:
                                return NoExceptionStyle.MSTest;
                        }
                    }
                }
            }
        }

        return null;
    }

    /// <summary>An xUnit <c>Skip</c>, or NUnit's or MSTest's <c>[Ignore]</c> on the method or its class (GR4002's business).</summary>
    public bool IsSkipped(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (IsAny(attribute.AttributeClass, _ignoreAttributes) || HasXunitSkip(attribute))
            {
                return true;
            }
        }

        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (IsAny(attribute.AttributeClass, _ignoreAttributes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>MSTest's <c>[ExpectedException]</c> (or another ExpectedExceptionBaseAttribute) asserts the test throws.</summary>
    public bool ExpectsException(IMethodSymbol method)
    {
        if (_expectedExceptionBase is null)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (AssertionSymbols.InheritsFrom(attribute.AttributeClass, _expectedExceptionBase))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasXunitSkip(AttributeData attribute)
    {
        if (!AssertionSymbols.InheritsFrom(attribute.AttributeClass, _xunitFact))
        {
            return false;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Skip" && argument.Value.Value is string reason && reason.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAny(INamedTypeSymbol? type, ImmutableArray<INamedTypeSymbol> candidates)
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
