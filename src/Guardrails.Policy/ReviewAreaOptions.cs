using System.Collections.Generic;
using System.Linq;
using Guardrails.Options;

namespace Guardrails.Policy;

/// <summary>review.reviewers and review.areas in the form the GR3004 analyzer reads (<see cref="ReviewAreaFormat"/>).</summary>
internal static class ReviewAreaOptions
{
    public static string? Reviewers(PolicyNode? review)
    {
        var reviewers = review?["reviewers"];
        if (reviewers is null || reviewers.Properties.Count == 0)
        {
            return null;
        }

        return ReviewAreaFormat.WriteReviewers(reviewers.Properties.Select(p =>
            new KeyValuePair<string, IEnumerable<string>>(p.Name, Texts(p.Value))));
    }

    public static string? Areas(PolicyNode? review)
    {
        var areas = review?["areas"]?.Items;
        if (areas is null || areas.Count == 0)
        {
            return null;
        }

        return ReviewAreaFormat.WriteAreas(areas.Select(a => (Texts(a["namespaces"]), Texts(a["requires"]))));
    }

    private static IEnumerable<string> Texts(PolicyNode? array) =>
        (array?.Items ?? new List<PolicyNode>()).Select(i => i.Text).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!);
}
