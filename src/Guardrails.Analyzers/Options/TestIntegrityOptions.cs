using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Guardrails.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Options;

/// <summary>The policy's <c>tests</c> section as the analyzers see it (from the generated global analyzer config).</summary>
internal sealed class TestIntegrityOptions
{
    private TestIntegrityOptions(Regex skipReference, ImmutableArray<string> assertionMethods, ImmutableArray<string> assertionAttributes)
    {
        SkipReference = skipReference;
        AssertionMethods = assertionMethods;
        AssertionAttributes = assertionAttributes;
    }

    /// <summary>What a skip reason must contain to count as tracked (GR4002).</summary>
    public Regex SkipReference { get; }

    /// <summary>Extra assertion methods: documentation IDs (M:...) or Namespace.Type.Method (GR4001).</summary>
    public ImmutableArray<string> AssertionMethods { get; }

    /// <summary>Attributes (full names) that mark a method as an assertion helper (GR4001).</summary>
    public ImmutableArray<string> AssertionAttributes { get; }

    /// <summary>Reads the options once per compilation (call from a compilation-start action).</summary>
    public static TestIntegrityOptions From(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(PolicyOptions.SkipReference.ConfigKey, out var pattern);
        global.TryGetValue(PolicyOptions.AssertionMethods.ConfigKey, out var methods);
        global.TryGetValue(PolicyOptions.AssertionAttributes.ConfigKey, out var attributes);
        return new TestIntegrityOptions(
            CreateRegex(PolicyOptions.SkipReference.Decode(pattern)),
            PolicyOptions.AssertionMethods.Decode(methods).ToImmutableArray(),
            PolicyOptions.AssertionAttributes.Decode(attributes).ToImmutableArray());
    }

    /// <summary>Whether the text contains a tracking reference, or could not be checked in time.</summary>
    public SkipReferenceMatch MatchSkipReference(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SkipReferenceMatch.Missing;
        }

        return PolicyRegex.TryIsMatch(SkipReference, text!) switch
        {
            true => SkipReferenceMatch.Found,
            false => SkipReferenceMatch.Missing,
            null => SkipReferenceMatch.TimedOut,
        };
    }

    private static Regex CreateRegex(string? pattern)
    {
        if (!string.IsNullOrWhiteSpace(pattern))
        {
            try
            {
                return PolicyRegex.Create(pattern!);
            }
            catch (ArgumentException)
            {
                // The policy task already reported GR0001 for an invalid pattern; fall back to the default here.
            }
        }

        return PolicyRegex.Create(PolicyOptions.SkipReference.Default!);
    }
}
