using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>One way a test is taken out of the run, as an attribute says it.</summary>
internal readonly struct TestSkip
{
    public TestSkip(string? reason, string? namedArgument, bool isExplicit, bool isDataRow)
    {
        Reason = reason;
        NamedArgument = namedArgument;
        IsExplicit = isExplicit;
        IsDataRow = isDataRow;
    }

    /// <summary>The reason text the attribute gives, or null when it gives none.</summary>
    public string? Reason { get; }

    /// <summary>The named argument that skips (<c>Skip</c>, <c>Ignore</c>...), for the diagnostic's location; null for the whole attribute.</summary>
    public string? NamedArgument { get; }

    /// <summary>Runs only when asked for by name (NUnit <c>[Explicit]</c>, xUnit v3 <c>Explicit = true</c>): never in CI.</summary>
    public bool IsExplicit { get; }

    /// <summary>Skips one data row or test case, not the whole test.</summary>
    public bool IsDataRow { get; }
}

/// <summary>
/// The skip and ignore attributes of xUnit, NUnit and MSTest, resolved once per compilation by metadata name and
/// matched by symbol (so aliases, full names and derived attributes are all seen).
/// </summary>
internal sealed class SkipAttributes
{
    private const string Skip = "Skip";
    private const string SkipUnless = "SkipUnless";
    private const string SkipWhen = "SkipWhen";
    private const string Explicit = "Explicit";
    private const string Ignore = "Ignore";
    private const string IgnoreReason = "IgnoreReason";
    private const string IgnoreMessage = "IgnoreMessage";
    private const string Reason = "Reason";

    private readonly INamedTypeSymbol? _xunitFact;
    private readonly INamedTypeSymbol? _xunitDataV2;
    private readonly INamedTypeSymbol? _xunitDataV3;
    private readonly INamedTypeSymbol? _nunitIgnore;
    private readonly INamedTypeSymbol? _nunitExplicit;
    private readonly INamedTypeSymbol? _nunitTestCase;
    private readonly INamedTypeSymbol? _nunitTestFixture;
    private readonly INamedTypeSymbol? _msTestIgnore;
    private readonly INamedTypeSymbol? _msTestDataRow;
    private readonly ImmutableArray<INamedTypeSymbol> _all;

    private SkipAttributes(Compilation compilation)
    {
        _xunitFact = compilation.GetTypeByMetadataName("Xunit.FactAttribute");
        _xunitDataV2 = compilation.GetTypeByMetadataName("Xunit.Sdk.DataAttribute");
        _xunitDataV3 = compilation.GetTypeByMetadataName("Xunit.v3.DataAttribute");
        _nunitIgnore = compilation.GetTypeByMetadataName("NUnit.Framework.IgnoreAttribute");
        _nunitExplicit = compilation.GetTypeByMetadataName("NUnit.Framework.ExplicitAttribute");
        _nunitTestCase = compilation.GetTypeByMetadataName("NUnit.Framework.TestCaseAttribute");
        _nunitTestFixture = compilation.GetTypeByMetadataName("NUnit.Framework.TestFixtureAttribute");
        _msTestIgnore = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.IgnoreAttribute");
        _msTestDataRow = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.DataRowAttribute");

        var all = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var type in new[] { _xunitFact, _xunitDataV2, _xunitDataV3, _nunitIgnore, _nunitExplicit, _nunitTestCase, _nunitTestFixture, _msTestIgnore, _msTestDataRow })
        {
            if (type is not null)
            {
                all.Add(type);
            }
        }

        _all = all.ToImmutable();
    }

    private bool IsEmpty => _all.IsEmpty;

    /// <summary>The framework attributes this compilation can see, or null when it references no test framework.</summary>
    public static SkipAttributes? Create(Compilation compilation)
    {
        var attributes = new SkipAttributes(compilation);
        return attributes.IsEmpty ? null : attributes;
    }

    /// <summary>True when the attribute is one of the frameworks' skip-capable attributes (a cheap filter before <see cref="TryGetSkip"/>).</summary>
    public bool IsSkipAttributeType(AttributeData attribute)
    {
        var type = attribute.AttributeClass;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var known in _all)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True when the attribute takes a test (or a data row, or a whole class or assembly of tests) out of the run. An
    /// argument the compiler could not evaluate is a compile error already, and is not a skip here.
    /// </summary>
    public bool TryGetSkip(AttributeData attribute, out TestSkip skip)
    {
        skip = default;
        var type = attribute.AttributeClass;
        if (type is null || type.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (AttributeSites.InheritsFrom(type, _xunitFact))
        {
            return TryGetXunitSkip(attribute, isDataRow: false, out skip);
        }

        if (AttributeSites.InheritsFrom(type, _xunitDataV2) || AttributeSites.InheritsFrom(type, _xunitDataV3))
        {
            return TryGetXunitSkip(attribute, isDataRow: true, out skip);
        }

        if (AttributeSites.InheritsFrom(type, _nunitIgnore) || AttributeSites.InheritsFrom(type, _msTestIgnore))
        {
            // NUnit: Ignore(string reason) (Until = "date" still ignores until then). MSTest: Ignore() or Ignore(string message).
            if (!TryGetFirstStringArgument(attribute, out var reason))
            {
                return false;
            }

            if (reason is null && TryGetNamedString(attribute, IgnoreMessage, out var message, out _))
            {
                reason = message;
            }

            skip = new TestSkip(reason, namedArgument: null, isExplicit: false, isDataRow: false);
            return true;
        }

        if (AttributeSites.InheritsFrom(type, _nunitExplicit))
        {
            if (!TryGetFirstStringArgument(attribute, out var reason))
            {
                return false;
            }

            skip = new TestSkip(reason, namedArgument: null, isExplicit: true, isDataRow: false);
            return true;
        }

        var isTestCase = AttributeSites.InheritsFrom(type, _nunitTestCase);
        if (isTestCase || AttributeSites.InheritsFrom(type, _nunitTestFixture))
        {
            return TryGetNUnitCaseSkip(attribute, isDataRow: isTestCase, out skip);
        }

        if (AttributeSites.InheritsFrom(type, _msTestDataRow))
        {
            // MSTest 3.x: a non-null IgnoreMessage ignores the row, even an empty one.
            if (TryGetNamedString(attribute, IgnoreMessage, out var message, out var present) && present && message is not null)
            {
                skip = new TestSkip(message, IgnoreMessage, isExplicit: false, isDataRow: true);
                return true;
            }
        }

        return false;
    }

    private static bool TryGetXunitSkip(AttributeData attribute, bool isDataRow, out TestSkip skip)
    {
        skip = default;
        if (!TryGetNamedString(attribute, Skip, out var reason, out _))
        {
            return false;
        }

        // xUnit runs a test whose Skip is null or empty. A Skip with SkipUnless/SkipWhen (xUnit v3) is a condition
        // checked at run time (a platform, a feature flag), not a test taken out of the run.
        if (!string.IsNullOrEmpty(reason))
        {
            if (HasNamedArgument(attribute, SkipUnless) || HasNamedArgument(attribute, SkipWhen))
            {
                return false;
            }

            skip = new TestSkip(reason, Skip, isExplicit: false, isDataRow);
            return true;
        }

        if (TryGetNamedBool(attribute, Explicit) == true)
        {
            skip = new TestSkip(reason: null, Explicit, isExplicit: true, isDataRow);
            return true;
        }

        return false;
    }

    private static bool TryGetNUnitCaseSkip(AttributeData attribute, bool isDataRow, out TestSkip skip)
    {
        skip = default;

        // NUnit's Ignore and IgnoreReason setters mark the case ignored whatever the value.
        foreach (var name in new[] { Ignore, IgnoreReason })
        {
            if (!TryGetNamedString(attribute, name, out var reason, out var present))
            {
                return false;
            }

            if (present)
            {
                skip = new TestSkip(reason, name, isExplicit: false, isDataRow);
                return true;
            }
        }

        if (TryGetNamedBool(attribute, Explicit) == true)
        {
            TryGetNamedString(attribute, Reason, out var reason, out _);
            skip = new TestSkip(reason, Explicit, isExplicit: true, isDataRow);
            return true;
        }

        return false;
    }

    /// <summary>The first constructor argument when it is a string (null when there is none); false when it did not compile.</summary>
    private static bool TryGetFirstStringArgument(AttributeData attribute, out string? value)
    {
        value = null;
        if (attribute.ConstructorArguments.IsEmpty)
        {
            // An attribute whose constructor did not bind has no arguments either; it is a compile error, not a skip.
            return attribute.AttributeConstructor is not null;
        }

        var argument = attribute.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Error)
        {
            return false;
        }

        value = argument.Kind == TypedConstantKind.Array ? null : argument.Value as string;
        return true;
    }

    /// <summary>A named string argument; false when it is there but did not compile.</summary>
    private static bool TryGetNamedString(AttributeData attribute, string name, out string? value, out bool present)
    {
        value = null;
        present = false;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                if (argument.Value.Kind == TypedConstantKind.Error)
                {
                    return false;
                }

                present = true;
                value = argument.Value.Value as string;
                return true;
            }
        }

        return true;
    }

    private static bool? TryGetNamedBool(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error && argument.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    private static bool HasNamedArgument(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return true;
            }
        }

        return false;
    }
}
