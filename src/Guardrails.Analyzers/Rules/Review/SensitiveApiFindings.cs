using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// The unreviewed sensitive uses in one type's declarations, collected while Roslyn analyses the type's members (the
/// callbacks run concurrently, so adding takes a lock) and reported when it is done: one GR3002 per declaration that a
/// review would annotate (<see cref="SensitiveApiSite.OwnerOf"/>), at its first use in source order, with every other
/// use as an additional location and the categories with their counts in the message.
/// </summary>
internal sealed class SensitiveApiFindings
{
    /// <summary>How many APIs of one category the message names before it says how many more there are.</summary>
    private const int ApisNamedPerCategory = 3;

    private readonly object _gate = new object();
    private readonly INamedTypeSymbol _type;
    private List<SensitiveApiUse>? _uses;

    public SensitiveApiFindings(INamedTypeSymbol type)
    {
        _type = type;
    }

    /// <summary>
    /// Whether a use in <paramref name="containingSymbol"/> belongs here, and not to a type nested in this one (which
    /// collects and reports its own).
    /// </summary>
    public bool Owns(ISymbol? containingSymbol)
    {
        for (var current = containingSymbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamedTypeSymbol type)
            {
                return SymbolEqualityComparer.Default.Equals(type, _type);
            }
        }

        return false;
    }

    public void Add(SensitiveApiUse use)
    {
        lock (_gate)
        {
            (_uses ??= new List<SensitiveApiUse>()).Add(use);
        }
    }

    public void Report(SymbolAnalysisContext context)
    {
        List<SensitiveApiUse> uses;
        lock (_gate)
        {
            if (_uses is null)
            {
                return;
            }

            uses = new List<SensitiveApiUse>(_uses);
        }

        uses.Sort(SensitiveApiUse.SourceOrder);
        var byOwner = new Dictionary<(SyntaxTree Tree, TextSpan Span), List<SensitiveApiUse>>();
        var owners = new List<List<SensitiveApiUse>>();
        foreach (var use in uses)
        {
            var key = (use.Owner.SyntaxTree, use.Owner.Span);
            if (!byOwner.TryGetValue(key, out var group))
            {
                group = new List<SensitiveApiUse>();
                byOwner.Add(key, group);
                owners.Add(group);
            }

            group.Add(use);
        }

        foreach (var group in owners)
        {
            context.ReportDiagnostic(Create(group, context.CancellationToken));
        }
    }

    /// <summary>The finding for one declaration's uses, in source order.</summary>
    private static Diagnostic Create(List<SensitiveApiUse> uses, System.Threading.CancellationToken cancellationToken)
    {
        var first = uses[0];
        var (name, advice) = SensitiveApiSite.Describe(first.Owner, first.Model, cancellationToken);
        var additional = new Location[uses.Count - 1];
        for (var i = 1; i < uses.Count; i++)
        {
            additional[i - 1] = uses[i].Location;
        }

        return Diagnostic.Create(Descriptors.GR3002, first.Location, additional, name, Summary(uses), advice);
    }

    /// <summary>"process start (2 uses: Process.Start(string)), file and directory deletion (1 use: File.Delete(string))": categories and APIs in order of first use.</summary>
    internal static string Summary(List<SensitiveApiUse> uses)
    {
        var categories = new List<string>();
        var counts = new Dictionary<string, int>();
        var apis = new Dictionary<string, List<string>>();
        foreach (var use in uses)
        {
            if (!counts.TryGetValue(use.Category, out var count))
            {
                categories.Add(use.Category);
                apis.Add(use.Category, new List<string>());
            }

            counts[use.Category] = count + 1;
            var named = apis[use.Category];
            if (!named.Contains(use.Api))
            {
                named.Add(use.Api);
            }
        }

        var text = new StringBuilder();
        foreach (var category in categories)
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            var count = counts[category];
            var named = apis[category];
            text.Append(category).Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " use: " : " uses: ");
            for (var i = 0; i < named.Count && i < ApisNamedPerCategory; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(named[i]);
            }

            if (named.Count > ApisNamedPerCategory)
            {
                text.Append(" and ").Append((named.Count - ApisNamedPerCategory).ToString(CultureInfo.InvariantCulture)).Append(" more");
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
