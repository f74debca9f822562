using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// A <c>try</c> whose <c>catch</c> swallows an assertion failure: an assertion in its body cannot fail the test.
/// </summary>
internal sealed class SwallowedAssertions
{
    /// <summary>What the frameworks and assertion libraries throw when an assertion fails (their common bases).</summary>
    internal static readonly string[] FailureExceptionNames =
    {
        "Xunit.Sdk.XunitException",
        "NUnit.Framework.ResultStateException",
        "NUnit.Framework.AssertionException",
        "NUnit.Framework.MultipleAssertException",
        "Microsoft.VisualStudio.TestTools.UnitTesting.UnitTestAssertException",
        "FluentAssertions.Execution.AssertionFailedException",
        "Shouldly.ShouldAssertException",
        "Moq.MockException",
        "NSubstitute.Exceptions.ReceivedCallsException",
        "FakeItEasy.ExpectationException",
    };

    private readonly INamedTypeSymbol? _exception;
    private readonly ImmutableArray<INamedTypeSymbol> _failureExceptions;

    public SwallowedAssertions(Compilation compilation)
    {
        _exception = compilation.GetTypeByMetadataName("System.Exception");
        _failureExceptions = AssertionSymbols.Resolve(compilation, FailureExceptionNames);
    }

    public bool SwallowsFailures(ITryOperation tryOperation)
    {
        foreach (var handler in tryOperation.Catches)
        {
            if (Swallows(handler))
            {
                return true;
            }
        }

        return false;
    }

    private bool Swallows(ICatchClauseOperation handler)
    {
        // A filter (when (e is not XunitException)) or a rethrow lets the failure through; we cannot tell otherwise.
        if (handler.Filter is not null || !CatchesFailures(handler.ExceptionType as INamedTypeSymbol))
        {
            return false;
        }

        foreach (var operation in handler.Handler.Descendants())
        {
            if (operation is IThrowOperation)
            {
                return false;
            }
        }

        return true;
    }

    private bool CatchesFailures(INamedTypeSymbol? caught)
    {
        if (caught is null || caught.TypeKind == TypeKind.Error)
        {
            return false;
        }

        // catch { } is catch (object).
        if (caught.SpecialType == SpecialType.System_Object || SymbolEqualityComparer.Default.Equals(caught, _exception))
        {
            return true;
        }

        foreach (var failure in _failureExceptions)
        {
            if (AssertionSymbols.InheritsFrom(caught, failure) || AssertionSymbols.InheritsFrom(failure, caught))
            {
                return true;
            }
        }

        return false;
    }
}
