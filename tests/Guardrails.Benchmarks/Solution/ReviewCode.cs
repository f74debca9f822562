using System.Globalization;
using Guardrails.Analyzers.Rules.Review;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// AI-generated code with review annotations, one file of each kind per module: a pricing assistant that the policy's
/// <c>review.aiGenerated.paths</c> marks as AI-generated (fresh, stale and pending reviews, unreviewed members), and a
/// payments ledger in the review area <c>Contoso.Payments.*</c> with <c>[AiGenerated(Date = ...)]</c> (reviews by an
/// allowed and by a disallowed reviewer, sensitive APIs with and without a review).
/// </summary>
internal static class ReviewCode
{
    /// <summary>Stands for the fingerprint of the declaration its annotation stands on; replaced by <see cref="WithFingerprints"/>.</summary>
    private const string FingerprintPlaceholder = "@@fingerprint@@";

    /// <summary>A well-formed fingerprint that matches no declaration here: GR3003 (stale review), once a module.</summary>
    public const string StaleFingerprint = "0123456789ab";

    public static string AssistantPath(int m) => "src/Module" + Number(m) + "/Generated/PricingAssistant" + Number(m) + ".cs";

    public static string LedgerPath(int m) => "src/Payments/Module" + Number(m) + "/Ledger" + Number(m) + ".cs";

    public static string Assistant(int m) => """
        // Copyright (c) Contoso. All rights reserved.
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Guardrails;

        """ + "namespace Contoso.Module" + Number(m) + ".Generated;\n\n" + """
        /// <summary>Pricing helpers an assistant wrote; reviewed member by member.</summary>
        public sealed class PricingAssistant
        """ + Number(m) + """

        {
            private readonly Dictionary<string, decimal> _rates = new(StringComparer.Ordinal);

            public PricingAssistant
        """ + Number(m) + """
        (IEnumerable<KeyValuePair<string, decimal>> rates)
            {
                foreach (var (customer, rate) in rates)
                {
                    _rates[customer] = rate;
                }
            }

            [Reviewed("alice", "2026-11-02", Fingerprint = "@@fingerprint@@")]
            public decimal Discount(string customer, decimal total, int items)
            {
                var rate = _rates.TryGetValue(customer, out var known) ? known : 0m;
                if (items >= 10)
                {
                    rate += 0.02m;
                }

                return total * Math.Min(rate, 0.25m);
            }

            [Reviewed("bob", "2026-10-20", Fingerprint = "0123456789ab")]
            public decimal Surcharge(decimal total, bool express)
            {
                var surcharge = express ? 9.90m : 0m;
                return total < 50m ? surcharge + 4.95m : surcharge;
            }

            [ReviewPending("2026-09-01")]
            public IReadOnlyList<decimal> Split(decimal total, int parts)
            {
                if (parts <= 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(parts), parts, "Split an amount into at least one part.");
                }

                var share = Math.Round(total / parts, 2, MidpointRounding.ToEven);
                var shares = Enumerable.Repeat(share, parts).ToList();
                shares[^1] += total - (share * parts);
                return shares;
            }

            public decimal RoundToCents(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

            public string Describe(decimal total) => $"{total:0.00} for {_rates.Count} customers with special rates";
        }

        """;

    public static string Ledger(int m) => """
        // Copyright (c) Contoso. All rights reserved.
        using System;
        using System.Collections.Generic;
        using System.Security.Cryptography;
        using System.Text;
        using Guardrails;

        """ + "namespace Contoso.Payments.Module" + Number(m) + ";\n\n" + """
        [AiGenerated("copilot", Date = "2026-10-01")]
        public sealed class Ledger
        """ + Number(m) + """

        {
            private readonly byte[] _key;
            private readonly List<decimal> _entries = new();

            [Reviewed("carol", "2026-10-05", Fingerprint = "@@fingerprint@@")]
            public Ledger
        """ + Number(m) + """
        (byte[] key)
            {
                _key = key ?? throw new ArgumentNullException(nameof(key));
            }

            [Reviewed("carol", "2026-10-05", Fingerprint = "@@fingerprint@@")]
            public string Sign(string entry) => Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(entry)));

            [Reviewed("mallory", "2026-10-06", Fingerprint = "@@fingerprint@@")]
            public void Post(decimal amount)
            {
                if (amount == 0m)
                {
                    return;
                }

                _entries.Add(amount);
            }

            public decimal Balance
            {
                get
                {
                    var balance = 0m;
                    foreach (var entry in _entries)
                    {
                        balance += entry;
                    }

                    return balance;
                }
            }

            public string Export() => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(string.Join(";", _entries))));
        }

        """;

    /// <summary>Puts the real fingerprint of each annotated declaration in place of <see cref="FingerprintPlaceholder"/>.</summary>
    public static string WithFingerprints(string text, CSharpParseOptions options)
    {
        var root = CSharpSyntaxTree.ParseText(text, options).GetRoot();
        var changes = new List<TextChange>();
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>())
        {
            if (literal.Token.ValueText == FingerprintPlaceholder
                && literal.FirstAncestorOrSelf<AttributeListSyntax>()?.Parent is MemberDeclarationSyntax owner)
            {
                changes.Add(new TextChange(literal.Token.Span, "\"" + ReviewFingerprint.Compute(owner) + "\""));
            }
        }

        if (changes.Count == 0)
        {
            throw new InvalidOperationException("The review code has no fingerprint to fill in.");
        }

        return SourceText.From(text).WithChanges(changes).ToString();
    }

    private static string Number(int m) => m.ToString(CultureInfo.InvariantCulture);
}
