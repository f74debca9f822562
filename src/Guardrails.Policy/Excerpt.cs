namespace Guardrails.Policy;

/// <summary>
/// Policy text quoted in a message, cut to a readable length: a hostile or mistaken 1 MB value must give a diagnostic
/// that says where it is and what is wrong, not a 1 MB diagnostic.
/// </summary>
internal static class Excerpt
{
    /// <summary>Longer text is cut to about this many characters, and the message says how long it was.</summary>
    public const int MaxLength = 120;

    public static string Of(string? text)
    {
        if (text is null || text.Length <= MaxLength)
        {
            return text ?? string.Empty;
        }

        var cut = MaxLength - 40;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "... (" + text.Length + " characters)";
    }

    /// <summary><paramref name="message"/> (an exception's, which may quote the whole value) with <paramref name="text"/> cut.</summary>
    public static string In(string message, string text) =>
        text.Length <= MaxLength ? message : message.Replace(text, Of(text));
}
