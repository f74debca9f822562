using System.Net;
using System.Text;

namespace Guardrails.Cli.Reports;

/// <summary>Text from diagnostics made safe for a Markdown table cell (GitHub Flavored Markdown).</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes what Markdown would format or read as HTML ("ILogger&lt;T&gt;" must not become a tag), and
    /// the pipe that would end the cell; line breaks become spaces.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>For text inside raw HTML in the Markdown (a details summary).</summary>
    public static string EscapeHtml(string text) => WebUtility.HtmlEncode(text);
}
