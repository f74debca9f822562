using System.Text.Json;
using Guardrails.Cli.Model;
using Guardrails.Rules;

namespace Guardrails.Cli.Inputs;

/// <summary>review-debt.json (written by the build from GR3007; format: Guardrails.Checks.Review.ReviewDebtSummary).</summary>
internal static class ReviewDebtReader
{
    public static ReviewDebt Read(string path)
    {
        using var document = JsonInput.Parse(path);
        return JsonInput.Read(path, "a review-debt.json file", () =>
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.GetInt32() != 1)
            {
                throw new InputFileException(path, 0, 0, "not a review-debt.json file of version 1. Delete the obj/ folder and build again.");
            }

            DebtCount Count(string kind) =>
                root.TryGetProperty(kind, out var counts)
                    ? new DebtCount(counts.GetProperty("members").GetInt64(), counts.GetProperty("lines").GetInt64())
                    : default;

            var kinds = ReviewDebtKinds.All;
            return new ReviewDebt(Count(kinds[0]), Count(kinds[1]), Count(kinds[2]), Count(kinds[3]), Count(kinds[4]), Count(kinds[5]));
        });
    }
}
