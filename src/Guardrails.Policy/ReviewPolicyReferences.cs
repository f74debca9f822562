using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Guardrails.Policy;

/// <summary>GR0002 for review.areas that name a reviewer group review.reviewers does not define (with the active profile applied).</summary>
internal static class ReviewPolicyReferences
{
    public static void Check(GuardrailsPolicy policy, List<PolicyProblem> problems)
    {
        var review = policy.Section("review");
        var areas = review?["areas"]?.Items;
        if (areas is null)
        {
            return;
        }

        var groups = (review!["reviewers"]?.Properties ?? new List<PolicyProperty>()).Select(p => p.Name).ToList();
        for (var i = 0; i < areas.Count; i++)
        {
            foreach (var required in areas[i]["requires"]?.Items ?? new List<PolicyNode>())
            {
                var name = required.Text;
                if (name is null || groups.Contains(name, StringComparer.Ordinal))
                {
                    continue;
                }

                var near = groups.FirstOrDefault(g => string.Equals(g, name, StringComparison.OrdinalIgnoreCase));
                problems.Add(PolicyProblem.Unknown(
                    required.Position,
                    "review.areas[" + i.ToString(CultureInfo.InvariantCulture) + "].requires names the reviewer group '" + Excerpt.Of(name)
                    + "', which review.reviewers does not define" + (near is null ? string.Empty : " (did you mean '" + Excerpt.Of(near) + "'?)")
                    + ", so nobody can approve that area (GR3004). "
                    + (groups.Count == 0 ? "Add review.reviewers with the group and its people." : "Groups defined: " + Excerpt.Of(string.Join(", ", groups)) + ".")));
            }
        }
    }
}
