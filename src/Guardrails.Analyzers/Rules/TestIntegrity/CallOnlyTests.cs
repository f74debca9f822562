using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// For a test GR4001 reports, whether it only calls code (the point being that nothing throws) and how the project
/// would say "does not throw": the assertion library when one is referenced, else the test's framework. Asked only
/// for tests that are reported, so none of this runs for a test that asserts; the styles resolve on first use.
/// </summary>
internal sealed class CallOnlyTests
{
    private readonly AssertionCalls _calls;
    private readonly TestMethods _tests;
    private readonly Lazy<AvailableStyles> _available;

    public CallOnlyTests(Compilation compilation, AssertionCalls calls, TestMethods tests)
    {
        _calls = calls;
        _tests = tests;
        _available = new Lazy<AvailableStyles>(() => new AvailableStyles(compilation));
    }

    /// <summary>The message's second argument and the properties for the code fix.</summary>
    public (string Message, ImmutableDictionary<string, string?> Properties) Describe(IMethodSymbol method, IOperation body)
    {
        if (!OnlyCallsCode(body))
        {
            return (NoExceptionExpectation.AssertsNothing, ImmutableDictionary<string, string?>.Empty);
        }

        var isAsync = method.IsAsync || IsTaskLike(method.ReturnType);
        var style = StyleFor(method);
        var properties = style is { } known
            ? ImmutableDictionary<string, string?>.Empty.Add(NoExceptionExpectation.StyleProperty, known.ToString())
            : ImmutableDictionary<string, string?>.Empty;

        return (NoExceptionExpectation.OnlyCallsCodeMessage(style, isAsync), properties);
    }

    private NoExceptionStyle? StyleFor(IMethodSymbol method)
    {
        var available = _available.Value;
        if (available.FluentAssertions is { } fluent)
        {
            return fluent;
        }

        if (available.Shouldly)
        {
            return NoExceptionStyle.Shouldly;
        }

        return _tests.FrameworkOf(method) is { } framework && available.Has(framework) ? framework : null;
    }

    /// <summary>
    /// The body calls, creates or awaits something, and does nothing that looks like an attempt at a check: no
    /// framework or assertion-library call (a tautology, <c>Assert.Pass()</c>, a bare <c>Should()</c>), no try, no throw.
    /// Those keep the plain "asserts nothing": wrapping them in "does not throw" would miss their point.
    /// </summary>
    private bool OnlyCallsCode(IOperation body)
    {
        var callsCode = false;
        foreach (var operation in body.Descendants())
        {
            switch (operation)
            {
                case ITryOperation:
                case IThrowOperation:
                case IInvalidOperation:
                    return false;
                case IInvocationOperation invocation:
                    if (IsAssertionAttempt(AssertionSymbols.Definition(invocation.TargetMethod)))
                    {
                        return false;
                    }

                    callsCode = true;
                    break;
                case IObjectCreationOperation:
                case IAwaitOperation:
                    callsCode = true;
                    break;
            }
        }

        return callsCode;
    }

    private bool IsAssertionAttempt(IMethodSymbol method)
    {
        // Debug.Assert, Trace.Assert and [DoesNotReturn(If)] helpers that do not count are still attempts at a check.
        if (_calls.IsFrameworkMember(method) || AssertionCalls.HasFailureContract(method)
            || method.ContainingType?.ToDisplayString() is "System.Diagnostics.Debug" or "System.Diagnostics.Trace")
        {
            return true;
        }

        switch (AssertionSymbols.RootNamespace(method))
        {
            case "FluentAssertions":
            case "AwesomeAssertions":
            case "Shouldly":
                return true;
            case "NSubstitute":
                return method.Name.IndexOf("Receive", StringComparison.Ordinal) >= 0;
            default:
                return false;
        }
    }

    private static bool IsTaskLike(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask" } named
        && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

    /// <summary>Which "does not throw" forms the compilation's references provide.</summary>
    private sealed class AvailableStyles
    {
        private readonly bool _xunit;
        private readonly bool _nunit;
        private readonly bool _msTest;

        public AvailableStyles(Compilation compilation)
        {
            _xunit = compilation.GetTypeByMetadataName("Xunit.Record") is not null;
            _nunit = HasMember(compilation, "NUnit.Framework.Assert", "DoesNotThrow");
            _msTest = HasMember(compilation, "Microsoft.VisualStudio.TestTools.UnitTesting.Assert", "Fail");
            FluentAssertions = compilation.GetTypeByMetadataName("FluentAssertions.AssertionExtensions") is not null
                ? NoExceptionStyle.FluentAssertions
                : compilation.GetTypeByMetadataName("AwesomeAssertions.AssertionExtensions") is not null
                    ? NoExceptionStyle.AwesomeAssertions
                    : null;
            Shouldly = HasMember(compilation, "Shouldly.Should", "NotThrow");
        }

        public NoExceptionStyle? FluentAssertions { get; }

        public bool Shouldly { get; }

        public bool Has(NoExceptionStyle framework) =>
            framework switch
            {
                NoExceptionStyle.Xunit => _xunit,
                NoExceptionStyle.NUnit => _nunit,
                NoExceptionStyle.MSTest => _msTest,
                _ => false,
            };

        private static bool HasMember(Compilation compilation, string typeName, string member) =>
            compilation.GetTypeByMetadataName(typeName) is { } type && !type.GetMembers(member).IsEmpty;
    }
}
