using System;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>How a test states "this does not throw" in the project's own framework or assertion library.</summary>
internal enum NoExceptionStyle
{
    /// <summary><c>Assert.Null(Record.Exception(() => ...))</c>; <c>Assert.Null(await Record.ExceptionAsync(...))</c>.</summary>
    Xunit,

    /// <summary><c>Assert.DoesNotThrow(() => ...)</c>; <c>Assert.DoesNotThrowAsync(...)</c> (which blocks, it returns void).</summary>
    NUnit,

    /// <summary>MSTest has no DoesNotThrow: <c>try { ... } catch (Exception e) { Assert.Fail(...); }</c>.</summary>
    MSTest,

    /// <summary><c>Action act = () => ...; act.Should().NotThrow();</c>; <c>await act.Should().NotThrowAsync()</c>.</summary>
    FluentAssertions,

    /// <summary>The FluentAssertions fork, same API in the <c>AwesomeAssertions</c> namespace.</summary>
    AwesomeAssertions,

    /// <summary><c>Should.NotThrow(() => ...)</c>; <c>await Should.NotThrowAsync(...)</c>.</summary>
    Shouldly,
}

/// <summary>
/// GR4001's "only calls code" case: the message's wording, and the diagnostic property that hands the style to
/// the code fix (Guardrails.CodeFixes' ExpectNoExceptionCodeFix), so the analyzer and the fix agree on it.
/// </summary>
internal static class NoExceptionExpectation
{
    /// <summary>Diagnostic property: the <see cref="NoExceptionStyle"/> name; absent when the test does more than call code.</summary>
    public const string StyleProperty = "ExpectNoException";

    public const string AssertsNothing = "asserts nothing";

    private const string OnlyCallsCode = "only calls code, which states no expectation: assert on the outcome";

    /// <summary>The message's second argument for a test that only calls code.</summary>
    public static string OnlyCallsCodeMessage(NoExceptionStyle? style, bool isAsync) =>
        style is { } known
            ? OnlyCallsCode + ", or, if the point is that it does not throw, say so: " + Snippet(known, isAsync)
            : OnlyCallsCode;

    public static string Snippet(NoExceptionStyle style, bool isAsync)
    {
        switch (style)
        {
            case NoExceptionStyle.Xunit:
                return isAsync ? "Assert.Null(await Record.ExceptionAsync(() => ...))" : "Assert.Null(Record.Exception(() => ...))";
            case NoExceptionStyle.NUnit:
                return isAsync ? "Assert.DoesNotThrowAsync(() => ...)" : "Assert.DoesNotThrow(() => ...)";
            case NoExceptionStyle.MSTest:
                return "try { ... } catch (Exception e) { Assert.Fail(...); }";
            case NoExceptionStyle.FluentAssertions:
            case NoExceptionStyle.AwesomeAssertions:
                return isAsync ? "await act.Should().NotThrowAsync()" : "act.Should().NotThrow()";
            case NoExceptionStyle.Shouldly:
                return isAsync ? "await Should.NotThrowAsync(() => ...)" : "Should.NotThrow(() => ...)";
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, null);
        }
    }

    public static bool TryParse(string? value, out NoExceptionStyle style)
    {
        foreach (NoExceptionStyle candidate in Enum.GetValues(typeof(NoExceptionStyle)))
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.Ordinal))
            {
                style = candidate;
                return true;
            }
        }

        style = default;
        return false;
    }
}
