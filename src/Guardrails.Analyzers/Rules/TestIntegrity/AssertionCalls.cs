using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Guardrails.Analyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Decides whether a call is an assertion, from the symbol it binds to: a known assertion library, a member the policy
/// names, or a method that cannot return when a check fails. Method names alone never count.
/// </summary>
internal sealed class AssertionCalls
{
    private static readonly string[] AssertTypeNames =
    {
        "Xunit.Assert",
        "NUnit.Framework.Assert",
        "NUnit.Framework.CollectionAssert",
        "NUnit.Framework.StringAssert",
        "NUnit.Framework.FileAssert",
        "NUnit.Framework.DirectoryAssert",
        "NUnit.Framework.Legacy.ClassicAssert",
        "NUnit.Framework.Legacy.CollectionAssert",
        "NUnit.Framework.Legacy.StringAssert",
        "NUnit.Framework.Legacy.FileAssert",
        "NUnit.Framework.Legacy.DirectoryAssert",
        "Microsoft.VisualStudio.TestTools.UnitTesting.Assert",
        "Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert",
        "Microsoft.VisualStudio.TestTools.UnitTesting.StringAssert",
    };

    private static readonly string[] MoqVerifierTypeNames = { "Moq.Mock", "Moq.Mock`1", "Moq.MockFactory" };

    /// <summary>
    /// NUnit's assumptions and warnings: <c>Assume.That(bool)</c> carries <c>[DoesNotReturnIf(false)]</c>, but a failed
    /// assumption makes the test inconclusive, not failed, and a warning does not fail it either.
    /// </summary>
    private static readonly string[] NonAssertionTypeNames = { "NUnit.Framework.Assume", "NUnit.Framework.Warn" };

    /// <summary>Members of the assert types that end or skip a test, group assertions, or are no assertion at all.</summary>
    private static readonly HashSet<string> NotAssertions = new HashSet<string>(StringComparer.Ordinal)
    {
        "Pass", "Ignore", "Inconclusive", "Skip", "SkipWhen", "SkipUnless", "Warn", "Charlie",
        "Multiple", "MultipleAsync", "EnterMultipleScope",
        "Equals", "ReferenceEquals", "ReplaceNullChars",
    };

    private static readonly HashSet<string> NSubstituteChecks = new HashSet<string>(StringComparer.Ordinal)
    {
        "Received", "DidNotReceive", "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs",
    };

    private static readonly HashSet<string> VerifyNamespaces = new HashSet<string>(StringComparer.Ordinal)
    {
        "VerifyXunit", "VerifyNUnit", "VerifyMSTest", "VerifyTests",
    };

    private readonly ImmutableHashSet<INamedTypeSymbol> _assertTypes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _moqVerifiers;
    private readonly ImmutableHashSet<INamedTypeSymbol> _nonAssertionTypes;
    private readonly PolicyAssertions _policy;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _methodVerdicts =
        new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

    public AssertionCalls(Compilation compilation, TestIntegrityOptions options)
    {
        _assertTypes = AssertionSymbols.Resolve(compilation, AssertTypeNames).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _moqVerifiers = AssertionSymbols.Resolve(compilation, MoqVerifierTypeNames).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _nonAssertionTypes = AssertionSymbols.Resolve(compilation, NonAssertionTypeNames).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        _policy = new PolicyAssertions(options);
    }

    /// <summary>True for a call that asserts; a framework assertion that cannot fail (a tautology) does not.</summary>
    public bool IsAssertion(IInvocationOperation invocation)
    {
        var method = AssertionSymbols.Definition(invocation.TargetMethod);
        if (IsFrameworkAssert(method))
        {
            return !AssertionTautologies.IsTautology(invocation);
        }

        return IsAssertionMethod(method) || IsCallOnAssertionReceiver(AssertionSymbols.Receiver(invocation));
    }

    /// <summary>NSubstitute's <c>sub.Received().Property</c>: reading a property after Received() checks it was called.</summary>
    public bool IsAssertion(IPropertyReferenceOperation property) =>
        IsNSubstituteCheck(AssertionSymbols.SkipConversions(property.Instance));

    /// <summary>True when every call of the method asserts, whatever its arguments and receiver.</summary>
    public bool IsAssertionMethod(IMethodSymbol method)
    {
        method = AssertionSymbols.Definition(method);
        if (_methodVerdicts.TryGetValue(method, out var verdict))
        {
            return verdict;
        }

        // Assert.Pass, Ignore, Inconclusive, Skip and Assume.That carry [DoesNotReturn] or [DoesNotReturnIf] in the real
        // frameworks, yet end or skip the test without checking anything: they never count, not even by contract.
        verdict = !IsFrameworkNonAssertion(method)
            && (IsFrameworkAssert(method)
                || _policy.IsAssertion(method)
                || IsLibraryAssertion(method)
                || FailsByContract(method));
        _methodVerdicts.TryAdd(method, verdict);
        return verdict;
    }

    private bool IsFrameworkAssert(IMethodSymbol method) =>
        _assertTypes.Contains(method.ContainingType) && !NotAssertions.Contains(method.Name);

    /// <summary>A test framework member that is no assertion: <c>Assert.Pass()</c>, <c>Assume.That(...)</c>, <c>Warn.If(...)</c>.</summary>
    public bool IsFrameworkNonAssertion(IMethodSymbol method) =>
        _nonAssertionTypes.Contains(method.ContainingType)
        || (_assertTypes.Contains(method.ContainingType) && NotAssertions.Contains(method.Name));

    /// <summary>A member of a test framework's assert, assume or warn types, whether or not it asserts.</summary>
    public bool IsFrameworkMember(IMethodSymbol method) =>
        _assertTypes.Contains(method.ContainingType) || _nonAssertionTypes.Contains(method.ContainingType);

    private bool IsLibraryAssertion(IMethodSymbol method)
    {
        var name = method.Name;
        switch (AssertionSymbols.RootNamespace(method))
        {
            case "Moq":
                return name.StartsWith("Verify", StringComparison.Ordinal) && _moqVerifiers.Contains(method.ContainingType.OriginalDefinition);
            case "Shouldly":
                // x.ShouldBe(1) (ShouldBeTestExtensions and friends) and Should.Throw(() => ...).
                return method.IsStatic && (name.StartsWith("Should", StringComparison.Ordinal) || method.ContainingType.Name == "Should");
            case "NSubstitute":
                return method.ContainingType.Name == "Received" && name == "InOrder";
            case "FakeItEasy":
                return name.StartsWith("MustHaveHappened", StringComparison.Ordinal) || name.StartsWith("MustNotHaveHappened", StringComparison.Ordinal);
            case var root when VerifyNamespaces.Contains(root):
                return name.StartsWith("Verify", StringComparison.Ordinal);
            case "Microsoft":
                // Microsoft.CodeAnalysis.Testing: test.RunAsync() and the Verify*Async helpers compare expected diagnostics and throw.
                return method.ContainingNamespace?.ToDisplayString() == "Microsoft.CodeAnalysis.Testing"
                    && (name == "RunAsync" || name.StartsWith("Verify", StringComparison.Ordinal) || method.ContainingType.Name.EndsWith("Verifier", StringComparison.Ordinal));
            case "CsCheck":
                // Property tests: gen.Sample(predicate) throws with a shrunk counter-example when the property fails.
                return method.ContainingType.Name == "Check" && name.StartsWith("Sample", StringComparison.Ordinal);
            case "FsCheck":
                return name.IndexOf("ThrowOnFailure", StringComparison.Ordinal) >= 0;
            default:
                return false;
        }
    }

    /// <summary>
    /// A method that does not return when a check fails: <c>[DoesNotReturn]</c>, or a <c>[DoesNotReturnIf]</c> parameter.
    /// The BCL's own (Debug.Assert, ObjectDisposedException.ThrowIf, Environment.FailFast) are guards, not test assertions.
    /// </summary>
    private static bool FailsByContract(IMethodSymbol method) =>
        AssertionSymbols.RootNamespace(method) != "System" && HasFailureContract(method);

    /// <summary><c>[DoesNotReturn]</c>, or a <c>[DoesNotReturnIf]</c> parameter, whoever declares the method.</summary>
    public static bool HasFailureContract(IMethodSymbol method)
    {
        if (HasCodeAnalysisAttribute(method.GetAttributes(), "DoesNotReturnAttribute"))
        {
            return true;
        }

        foreach (var parameter in method.Parameters)
        {
            if (HasCodeAnalysisAttribute(parameter.GetAttributes(), "DoesNotReturnIfAttribute"))
            {
                return true;
            }
        }

        return false;
    }

    // Matched by full name, not by symbol: projects on older targets declare their own copies of these attributes.
    private static bool HasCodeAnalysisAttribute(ImmutableArray<AttributeData> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.AttributeClass is { } type && type.Name == name
                && type.ContainingNamespace?.ToDisplayString() == "System.Diagnostics.CodeAnalysis")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>FluentAssertions' <c>x.Should().Be(1)</c> or NSubstitute's <c>sub.Received().Send()</c>: the call after.</summary>
    private static bool IsCallOnAssertionReceiver(IOperation? receiver) =>
        receiver is IInvocationOperation call
        && ((call.TargetMethod.Name == "Should" && AssertionSymbols.RootNamespace(call.TargetMethod) is "FluentAssertions" or "AwesomeAssertions")
            || IsNSubstituteCheck(call));

    private static bool IsNSubstituteCheck(IOperation? operation) =>
        operation is IInvocationOperation call
        && NSubstituteChecks.Contains(call.TargetMethod.Name)
        && AssertionSymbols.RootNamespace(call.TargetMethod) == "NSubstitute";
}
