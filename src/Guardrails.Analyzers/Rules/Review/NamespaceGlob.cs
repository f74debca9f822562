namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// A namespace glob of review.areas: <c>*</c> matches any run of characters (dots included) and <c>?</c> one character.
/// A namespace matches when the glob matches it, or it followed by a dot, so <c>MyCompany.Payments.*</c> spans
/// <c>MyCompany.Payments</c> and everything below it, while <c>MyCompany.Payments</c> spans that namespace alone.
/// </summary>
internal static class NamespaceGlob
{
    public static bool Covers(string glob, string ns) =>
        IsMatch(glob, 0, ns, 0) || IsMatch(glob, 0, ns + ".", 0);

    private static bool IsMatch(string glob, int g, string text, int t)
    {
        // Iterative wildcard matching with one backtrack point: linear in practice, never exponential.
        int star = -1, mark = 0;
        while (t < text.Length)
        {
            if (g < glob.Length && glob[g] == '*')
            {
                star = g++;
                mark = t;
            }
            else if (g < glob.Length && (glob[g] == '?' || glob[g] == text[t]))
            {
                g++;
                t++;
            }
            else if (star >= 0)
            {
                g = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (g < glob.Length && glob[g] == '*')
        {
            g++;
        }

        return g == glob.Length;
    }
}
