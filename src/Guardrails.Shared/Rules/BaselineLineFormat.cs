using System.Text;

namespace Guardrails.Checks.Baseline;

/// <summary>Escaping for the analyzer baseline's tab-separated lines (written by the policy task, read by the suppressor).</summary>
internal static class BaselineLineFormat
{
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append("\\\\"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    public static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            var next = value[++i];
            text.Append(next switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => next });
        }

        return text.ToString();
    }
}
