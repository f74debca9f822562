using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Guardrails.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Options
{
    /// <summary>The policy's <c>tests</c> section as the analyzers see it (from the generated global analyzer config).</summary>
    internal sealed class TestIntegrityOptions
    {
        /// <summary>Policy regexes run with this timeout, so a catastrophic pattern cannot hang the compiler.</summary>
        public static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

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
            global.TryGetValue(AnalyzerOptionKeys.SkipReference, out var pattern);
            global.TryGetValue(AnalyzerOptionKeys.AssertionMethods, out var methods);
            global.TryGetValue(AnalyzerOptionKeys.AssertionAttributes, out var attributes);
            return new TestIntegrityOptions(CreateRegex(OptionValue.Decode(pattern)), OptionList.Split(methods).ToImmutableArray(), OptionList.Split(attributes).ToImmutableArray());
        }

        /// <summary>Whether the text contains a tracking reference, or could not be checked in time.</summary>
        public SkipReferenceMatch MatchSkipReference(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return SkipReferenceMatch.Missing;
            }

            // The timeout is wall-clock time, and a busy build machine can stall one try; a second timeout is the pattern.
            return Match(text!) ?? Match(text!) ?? SkipReferenceMatch.TimedOut;
        }

        private SkipReferenceMatch? Match(string text)
        {
            try
            {
                return SkipReference.IsMatch(text) ? SkipReferenceMatch.Found : SkipReferenceMatch.Missing;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        private static Regex CreateRegex(string? pattern)
        {
            if (!string.IsNullOrWhiteSpace(pattern))
            {
                try
                {
                    return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
                }
                catch (ArgumentException)
                {
                    // The policy task already reported GR0001 for an invalid pattern; fall back to the default here.
                }
            }

            return new Regex(PolicyDefaults.SkipReference, RegexOptions.CultureInvariant, RegexTimeout);
        }
    }
}
