using System.Text;

namespace Guardrails.Options;

/// <summary>
/// Values in the generated analyzer config. An analyzer config value ends at the first '#' or ';' (the rest is read
/// as a comment) and has no escape for them, so the writer turns '%', '#' and ';' into %25, %23 and %3B and every
/// reader of a policy-written value decodes. Other text passes unchanged, so "true", numbers and dates read as written.
/// </summary>
internal static class OptionValue
{
    public static string Encode(string value)
    {
        if (value.IndexOf('%') < 0 && value.IndexOf('#') < 0 && value.IndexOf(';') < 0)
        {
            return value;
        }

        return value.Replace("%", "%25").Replace("#", "%23").Replace(";", "%3B");
    }

    /// <summary>One item of an <see cref="OptionList"/>: also '|' (%7C), the list's separator.</summary>
    public static string EncodeListItem(string value) =>
        value.IndexOf('|') < 0 ? Encode(value) : Encode(value).Replace("|", "%7C");

    public static string? Decode(string? value)
    {
        if (value is null || value.IndexOf('%') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && Escaped(value[i + 1], value[i + 2]) is { } c)
            {
                text.Append(c);
                i += 2;
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    private static char? Escaped(char high, char low) => (high, char.ToUpperInvariant(low)) switch
    {
        ('2', '5') => '%',
        ('2', '3') => '#',
        ('3', 'B') => ';',
        ('7', 'C') => '|',
        _ => null,
    };
}
