using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// One unreviewed use of a sensitive API: where it is written, what it is, and the declaration it belongs to (its
/// <see cref="Owner"/>, see <see cref="SensitiveApiSite.OwnerOf"/>), which is what GR3002 reports once.
/// </summary>
internal sealed class SensitiveApiUse
{
    public SensitiveApiUse(SyntaxNode owner, Location location, string api, string category, SemanticModel? model)
    {
        Owner = owner;
        Location = location;
        Api = api;
        Category = category;
        Model = model;
    }

    public SyntaxNode Owner { get; }

    public Location Location { get; }

    public string Api { get; }

    public string Category { get; }

    public SemanticModel? Model { get; }

    /// <summary>Source order: file, position, the outer of two uses that start together first, then by text (so the order never depends on the callbacks' order).</summary>
    public static IComparer<SensitiveApiUse> SourceOrder { get; } = new SourceOrderComparer();

    private sealed class SourceOrderComparer : IComparer<SensitiveApiUse>
    {
        public int Compare(SensitiveApiUse? x, SensitiveApiUse? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var result = string.CompareOrdinal(x.Location.SourceTree?.FilePath, y.Location.SourceTree?.FilePath);
            if (result == 0)
            {
                result = x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
            }

            if (result == 0)
            {
                result = y.Location.SourceSpan.Length.CompareTo(x.Location.SourceSpan.Length);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(x.Api, y.Api);
            }

            return result != 0 ? result : string.CompareOrdinal(x.Category, y.Category);
        }
    }
}
