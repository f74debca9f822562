using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Adds one item (<c>&lt;GlobalPackageReference Include="Guardrails" ... /&gt;</c>) to an MSBuild file and changes
/// nothing else in it, byte for byte. The file is parsed with System.Xml.Linq (whitespace preserved, line info on)
/// to decide where the item goes and how it is indented; the item is then inserted into the original text, because
/// writing the tree back would normalise what the parser does not keep (quote style, <c>&lt;X/&gt;</c> vs
/// <c>&lt;X /&gt;</c>, spacing inside tags, character references, line endings). The result is parsed again to
/// check it.
/// </summary>
/// <remarks>
/// Where: after the last item of the same type in an unconditioned ItemGroup, on its own line with its indentation;
/// else in a new ItemGroup before <c>&lt;/Project&gt;</c>, indented like the file's other groups (with a blank line
/// before it when the file separates its groups by blank lines).
/// </remarks>
internal static class MSBuildItemInserter
{
    public static string AddItem(string text, string itemType, IReadOnlyList<KeyValuePair<string, string>> attributes, string comment)
    {
        var document = MSBuildXml.Parse(text, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        var root = document.Root ?? throw new XmlException("The file has no root element.");
        if (root.Name.LocalName != "Project")
        {
            throw new XmlException("The root element is <" + root.Name.LocalName + ">, not <Project>.");
        }

        var offsets = new LineOffsets(text);
        var newLine = text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";
        var item = Element(itemType, attributes);
        var commentText = "<!-- " + comment.Replace("--", "-") + " -->";

        var sibling = root.Elements()
            .Where(e => e.Name.LocalName == "ItemGroup" && e.Attribute("Condition") is null)
            .SelectMany(g => g.Elements().Where(i => i.Name.LocalName == itemType && i.Attribute("Condition") is null))
            .LastOrDefault();
        var result = sibling is not null
            ? AfterSibling(text, offsets.StartOf(sibling), newLine, item, commentText)
            : InNewGroup(text, root, offsets, newLine, item, commentText);

        Verify(result, itemType, attributes);
        return result;
    }

    private static string AfterSibling(string text, int siblingStart, string newLine, string item, string comment)
    {
        var end = ElementEnd(text, siblingStart);
        var indent = IndentBefore(text, siblingStart);
        var insertion = indent is null
            ? " " + comment + " " + item
            : newLine + indent + comment + newLine + indent + item;
        return text.Insert(end, insertion);
    }

    private static string InNewGroup(string text, XElement root, LineOffsets offsets, string newLine, string item, string comment)
    {
        var children = root.Elements().ToList();
        var childIndent = children.Select(c => IndentBefore(text, offsets.StartOf(c))).FirstOrDefault(i => i is not null) ?? "  ";
        var nestedIndent = children
            .SelectMany(c => c.Elements())
            .Select(g => IndentBefore(text, offsets.StartOf(g)))
            .FirstOrDefault(i => i is not null && i.Length > childIndent.Length && i.StartsWith(childIndent, StringComparison.Ordinal))
            ?? childIndent + (childIndent.Length > 0 ? childIndent : "  ");
        var group = comment + newLine + childIndent + "<ItemGroup>" + newLine + nestedIndent + item + newLine + childIndent + "</ItemGroup>";

        var rootStart = offsets.StartOf(root);
        var rootTagEnd = TagEnd(text, rootStart);
        if (text[rootTagEnd - 1] == '/')
        {
            // <Project /> with nothing in it: open it up.
            var slash = rootTagEnd - 1;
            while (slash > rootStart && char.IsWhiteSpace(text[slash - 1]))
            {
                slash--;
            }

            var name = text.Substring(rootStart + 1, NameLength(text, rootStart + 1));
            return text.Substring(0, slash) + ">" + newLine + childIndent + group + newLine + "</" + name + ">" + text.Substring(rootTagEnd + 1);
        }

        var rootEnd = ElementEnd(text, rootStart);
        var endTag = text.LastIndexOf("</", rootEnd - 1, StringComparison.Ordinal);
        var lineStart = LineStart(text, endTag);
        if (!IsBlank(text, lineStart, endTag))
        {
            // </Project> shares its line with other content: keep to that line.
            return text.Insert(endTag, comment + "<ItemGroup>" + item + "</ItemGroup>");
        }

        var blankLine = UsesBlankLines(root) && !PreviousLineIsBlank(text, lineStart) ? newLine : string.Empty;
        return text.Insert(lineStart, blankLine + childIndent + group + newLine);
    }

    /// <summary>Whether the file separates its top-level elements with blank lines.</summary>
    private static bool UsesBlankLines(XElement root) =>
        root.Nodes().OfType<XText>().Any(t => t.NextNode is not null && t.PreviousNode is not null && t.Value.Count(c => c == '\n') >= 2);

    private static bool PreviousLineIsBlank(string text, int lineStart)
    {
        if (lineStart == 0)
        {
            return true;
        }

        var previousStart = LineStart(text, Math.Max(0, lineStart - (lineStart >= 2 && text[lineStart - 2] == '\r' ? 2 : 1)));
        return IsBlank(text, previousStart, lineStart);
    }

    private static string Element(string itemType, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var element = new StringBuilder("<").Append(itemType);
        foreach (var attribute in attributes)
        {
            element.Append(' ').Append(attribute.Key).Append("=\"").Append(Escape(attribute.Value)).Append('"');
        }

        return element.Append(" />").ToString();
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private static void Verify(string result, string itemType, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var include = attributes.First(a => a.Key == "Include").Value;
        var document = MSBuildXml.Parse(result);
        var count = MSBuildXml.Items(document, itemType).Count(i => MSBuildXml.Includes(i).Contains(include, StringComparer.OrdinalIgnoreCase));
        if (count != 1)
        {
            throw new InvalidOperationException("Adding <" + itemType + " Include=\"" + include + "\"> left " + count + " such items in the file.");
        }
    }

    /// <summary>The whitespace from the start of the line to <paramref name="offset"/>, or null when other text comes first on that line.</summary>
    private static string? IndentBefore(string text, int offset)
    {
        var lineStart = LineStart(text, offset);
        return lineStart > 0 && IsBlank(text, lineStart, offset) ? text.Substring(lineStart, offset - lineStart) : null;
    }

    private static int LineStart(string text, int offset)
    {
        var i = offset;
        while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r')
        {
            i--;
        }

        return i;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The offset just after the element that starts at <paramref name="start"/> (its end tag, or its "/&gt;").</summary>
    private static int ElementEnd(string text, int start)
    {
        var depth = 0;
        var i = start;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0)
            {
                break;
            }

            if (At(text, open, "<!--"))
            {
                i = After(text, "-->", open + 4);
            }
            else if (At(text, open, "<![CDATA["))
            {
                i = After(text, "]]>", open + 9);
            }
            else if (At(text, open, "<?"))
            {
                i = After(text, "?>", open + 2);
            }
            else if (At(text, open, "</"))
            {
                i = After(text, ">", open + 2);
                if (--depth == 0)
                {
                    return i;
                }
            }
            else
            {
                var tagEnd = TagEnd(text, open);
                i = tagEnd + 1;
                if (text[tagEnd - 1] != '/')
                {
                    depth++;
                }
                else if (depth == 0)
                {
                    return i;
                }
            }
        }

        throw new XmlException("The end of the element at offset " + start + " was not found.");
    }

    /// <summary>The offset of the '&gt;' that closes the start tag at <paramref name="open"/> (attribute values may hold '&gt;').</summary>
    private static int TagEnd(string text, int open)
    {
        char? quote = null;
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c == '"' || c == '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        throw new XmlException("The start tag at offset " + open + " does not end.");
    }

    private static int NameLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '/' && text[i] != '>')
        {
            i++;
        }

        return i - start;
    }

    private static bool At(string text, int offset, string value) =>
        string.CompareOrdinal(text, offset, value, 0, value.Length) == 0;

    private static int After(string text, string value, int from)
    {
        var index = text.IndexOf(value, from, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new XmlException("'" + value + "' expected after offset " + from + ".");
        }

        return index + value.Length;
    }

    /// <summary>Offsets of line starts, to turn the parser's (line, column) into an offset in the text.</summary>
    private sealed class LineOffsets
    {
        private readonly string _text;
        private readonly List<int> _starts = new List<int> { 0 };

        public LineOffsets(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                // Line breaks as XML counts them: \r\n, \r and \n.
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    _starts.Add(i + 1);
                }
                else if (text[i] == '\r' || text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        /// <summary>The offset of the '&lt;' that starts <paramref name="element"/>.</summary>
        public int StartOf(XElement element)
        {
            var info = (IXmlLineInfo)element;
            if (!info.HasLineInfo() || info.LineNumber > _starts.Count)
            {
                throw new XmlException("No position for <" + element.Name.LocalName + ">.");
            }

            // The parser's column is that of the name, just after '<'.
            var offset = _starts[info.LineNumber - 1] + info.LinePosition - 1;
            while (offset > 0 && (offset >= _text.Length || _text[offset] != '<'))
            {
                offset--;
            }

            return offset;
        }
    }
}
