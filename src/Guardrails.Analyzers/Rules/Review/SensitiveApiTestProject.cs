using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// Whether a compilation is a test project, which GR3002 leaves alone unless the policy's
/// review.sensitiveApis.includeTests says otherwise. Each sign alone is one line an agent can add to a library, so all
/// three are required: MSBuild says it is a test project (<c>IsTestProject</c> or <c>IsTestingPlatformApplication</c>,
/// handed to the compiler as <c>build_property.*</c>), it references a test framework (xUnit, NUnit, MSTest or TUnit,
/// whose test attribute comes from a referenced assembly, not from the project's own source), and its own source
/// declares at least one test method. Anything less counts as production code, so an unknown case is checked, not
/// skipped. docs/rules/GR3002.md gives the reasoning.
/// </summary>
internal static class SensitiveApiTestProject
{
    public const string IsTestProjectProperty = "build_property.IsTestProject";
    public const string IsTestingPlatformApplicationProperty = "build_property.IsTestingPlatformApplication";

    private static readonly string[] TestAttributeNames =
    {
        "Xunit.FactAttribute", // xUnit v2 and v3; TheoryAttribute derives from it
        "NUnit.Framework.TestAttribute",
        "NUnit.Framework.TestCaseAttribute",
        "NUnit.Framework.TestCaseSourceAttribute",
        "NUnit.Framework.TheoryAttribute",
        "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute", // DataTestMethodAttribute derives from it
        "TUnit.Core.TestAttribute",
    };

    /// <summary>True when GR3002 should check the compilation: the policy includes tests, or it is not a test project.</summary>
    public static bool IsChecked(Compilation compilation, AnalyzerConfigOptions globalOptions, CancellationToken cancellationToken) =>
        IsTrue(globalOptions, AnalyzerOptionKeys.SensitiveApisIncludeTests) || !IsTestProject(compilation, globalOptions, cancellationToken);

    public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions globalOptions, CancellationToken cancellationToken)
    {
        if (!IsTrue(globalOptions, IsTestProjectProperty) && !IsTrue(globalOptions, IsTestingPlatformApplicationProperty))
        {
            return false;
        }

        var attributes = ReferencedTestAttributes(compilation);
        return !attributes.IsEmpty && DeclaresTestMethod(compilation.Assembly.GlobalNamespace, attributes, cancellationToken);
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The frameworks' test attributes, from referenced assemblies only: a copy declared in the project's own source does not make it a test project.</summary>
    private static ImmutableArray<INamedTypeSymbol> ReferencedTestAttributes(Compilation compilation)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
        foreach (var name in TestAttributeNames)
        {
            foreach (var type in compilation.GetTypesByMetadataName(name))
            {
                if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
                {
                    builder.Add(type);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>
    /// Whether the project's source declares a method with one of the attributes (or one derived from it). Stops at the
    /// first; the attributes it binds are the ones the compiler binds anyway.
    /// </summary>
    private static bool DeclaresTestMethod(INamespaceSymbol root, ImmutableArray<INamedTypeSymbol> attributes, CancellationToken cancellationToken)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var member in pending.Pop().GetMembers())
            {
                if (member is INamespaceOrTypeSymbol container)
                {
                    pending.Push(container);
                }
                else if (member is IMethodSymbol method && IsTest(method, attributes))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTest(IMethodSymbol method, ImmutableArray<INamedTypeSymbol> attributes)
    {
        foreach (var attribute in method.GetAttributes())
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                foreach (var candidate in attributes)
                {
                    if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, candidate))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
