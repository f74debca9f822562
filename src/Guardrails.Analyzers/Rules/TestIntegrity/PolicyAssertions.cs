using System;
using System.Collections.Generic;
using Guardrails.Analyzers.Options;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// The project's own assertion helpers, from the policy: <c>tests.assertionMethods</c> (a documentation ID such as
/// <c>M:Contoso.Expect.Valid(System.Object)</c> for one overload, or <c>Contoso.Check.That</c> for all of them) and
/// <c>tests.assertionAttributes</c> (full attribute names).
/// </summary>
internal sealed class PolicyAssertions
{
    private const string AttributeSuffix = "Attribute";

    private readonly HashSet<string> _documentationIds = new HashSet<string>(StringComparer.Ordinal);
    private readonly HashSet<string> _qualifiedNames = new HashSet<string>(StringComparer.Ordinal);
    private readonly HashSet<string> _methodNames = new HashSet<string>(StringComparer.Ordinal);
    private readonly HashSet<string> _attributes = new HashSet<string>(StringComparer.Ordinal);

    public PolicyAssertions(TestIntegrityOptions options)
    {
        foreach (var entry in options.AssertionMethods)
        {
            if (entry.StartsWith("M:", StringComparison.Ordinal))
            {
                _documentationIds.Add(entry);
                _methodNames.Add(MethodNameOfDocumentationId(entry));
            }
            else
            {
                _qualifiedNames.Add(entry);
                _methodNames.Add(entry.Substring(entry.LastIndexOf('.') + 1));
            }
        }

        foreach (var entry in options.AssertionAttributes)
        {
            _attributes.Add(entry);
            if (!entry.EndsWith(AttributeSuffix, StringComparison.Ordinal))
            {
                _attributes.Add(entry + AttributeSuffix);
            }
        }
    }

    /// <summary>True when the policy names the method (an unconstructed, unreduced definition).</summary>
    public bool IsAssertion(IMethodSymbol method) => IsNamed(method) || HasAssertionAttribute(method);

    private bool IsNamed(IMethodSymbol method)
    {
        // Names first: building documentation IDs for every call would be the expensive part.
        if (!_methodNames.Contains(method.Name))
        {
            return false;
        }

        return (_documentationIds.Count > 0 && _documentationIds.Contains(method.GetDocumentationCommentId() ?? string.Empty))
            || (_qualifiedNames.Count > 0 && _qualifiedNames.Contains(AssertionSymbols.FullName(method.ContainingType) + "." + method.Name));
    }

    private bool HasAssertionAttribute(IMethodSymbol method)
    {
        if (_attributes.Count == 0)
        {
            return false;
        }

        foreach (var attribute in method.GetAttributes())
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (_attributes.Contains(AssertionSymbols.FullName(type)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><c>M:Ns.Type.Method``1(``0)</c> gives <c>Method</c>.</summary>
    private static string MethodNameOfDocumentationId(string id)
    {
        var end = id.IndexOf('(');
        var signature = end < 0 ? id : id.Substring(0, end);
        var name = signature.Substring(signature.LastIndexOf('.') + 1);
        var arity = name.IndexOf("``", StringComparison.Ordinal);
        return arity < 0 ? name : name.Substring(0, arity);
    }
}
