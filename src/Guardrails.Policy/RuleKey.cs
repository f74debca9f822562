using System.Text.RegularExpressions;

namespace Guardrails.Policy;

internal static class RuleKey
{
    private static readonly Regex RuleIdShape = new Regex("^GR[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool LooksLikeRuleId(string key) => RuleIdShape.IsMatch(key);
}
