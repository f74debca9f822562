using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Guardrails.Policy;

/// <summary>
/// Reads guardrails.json (comments and trailing commas allowed) into a <see cref="PolicyNode"/> tree that remembers
/// where every value and key stands, so each problem can be reported at its line and column.
/// </summary>
internal static class PolicyJsonReader
{
    /// <summary>Deeper nesting than any sensible policy; stops hostile input early.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions Options = new JsonReaderOptions
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = MaxDepth,
    };

    public static PolicyNode? Read(byte[] content, List<PolicyProblem> problems)
    {
        var utf8 = ToUtf8(content, problems);
        if (utf8 is null)
        {
            return null;
        }

        var lines = new LineMap(utf8);
        if (IsBlank(utf8))
        {
            problems.Add(PolicyProblem.Invalid(new SourcePosition(1, 1), "The policy file is empty. Write a JSON object, for example { \"rules\": {} }, or delete the file to use the built-in defaults."));
            return null;
        }

        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                problems.Add(PolicyProblem.Invalid(new SourcePosition(1, 1), "The policy file holds no JSON value. Write a JSON object."));
                return null;
            }

            var root = ReadValue(ref reader, lines, problems);
            if (reader.Read())
            {
                var position = lines.PositionOf(reader.TokenStartIndex);
                problems.Add(PolicyProblem.Invalid(position, "Unexpected content after the end of the policy's JSON object. Remove it."));
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = lines.ColumnOf(line, (int)(ex.BytePositionInLine ?? 0));
            problems.Add(PolicyProblem.Invalid(new SourcePosition(line, column), "The policy file is not valid JSON: " + Describe(ex) + " Fix the syntax at this position."));
            return null;
        }
    }

    private static PolicyNode ReadValue(ref Utf8JsonReader reader, LineMap lines, List<PolicyProblem> problems)
    {
        var position = lines.PositionOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, lines, problems, position);
            case JsonTokenType.StartArray:
                var array = PolicyNode.Array(position);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lines, problems));
                }

                return array;
            case JsonTokenType.String:
                return PolicyNode.Scalar(PolicyNodeKind.String, position, ReadString(ref reader, position, problems));
            case JsonTokenType.Number:
                return PolicyNode.Scalar(PolicyNodeKind.Number, position, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()));
            case JsonTokenType.True:
                return PolicyNode.Scalar(PolicyNodeKind.Boolean, position, "true");
            case JsonTokenType.False:
                return PolicyNode.Scalar(PolicyNodeKind.Boolean, position, "false");
            default:
                return PolicyNode.Scalar(PolicyNodeKind.Null, position, null);
        }
    }

    private static PolicyNode ReadObject(ref Utf8JsonReader reader, LineMap lines, List<PolicyProblem> problems, SourcePosition position)
    {
        var node = PolicyNode.Object(position);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var namePosition = lines.PositionOf(reader.TokenStartIndex);
            var name = ReadString(ref reader, namePosition, problems);
            reader.Read();
            var value = ReadValue(ref reader, lines, problems);
            if (!seen.Add(name))
            {
                problems.Add(PolicyProblem.Invalid(namePosition, "The key '" + Excerpt.Of(name) + "' appears more than once in this object. Keep one of them."));
                continue;
            }

            node.Properties.Add(new PolicyProperty(name, namePosition, value));
        }

        return node;
    }

    /// <summary>
    /// The string at the reader, unescaped. A \u escape for half a surrogate pair (\ud800 alone) is valid JSON but no
    /// text, and System.Text.Json throws for it: that is GR0001 here, and the raw escaped text stands in for the value.
    /// </summary>
    private static string ReadString(ref Utf8JsonReader reader, SourcePosition position, List<PolicyProblem> problems)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            problems.Add(PolicyProblem.Invalid(position, "This string has a \\u escape for half of a UTF-16 surrogate pair (like \\ud800 without the \\udc00 after it), which is not text. Remove it, or write the whole pair."));
            return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
        }
    }

    private static byte[]? ToUtf8(byte[] content, List<PolicyProblem> problems)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            var withoutBom = new byte[content.Length - 3];
            Buffer.BlockCopy(content, 3, withoutBom, 0, withoutBom.Length);
            return withoutBom;
        }

        if (content.Length >= 2 && ((content[0] == 0xFF && content[1] == 0xFE) || (content[0] == 0xFE && content[1] == 0xFF)))
        {
            var encoding = content[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Encoding.UTF8.GetBytes(encoding.GetString(content, 2, content.Length - 2));
        }

        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return content;
        }
        catch (DecoderFallbackException ex)
        {
            var position = new LineMap(content).PositionOf(Math.Max(0, ex.Index));
            problems.Add(PolicyProblem.Invalid(position, "The policy file is not valid UTF-8 text. Save it as UTF-8."));
            return null;
        }
    }

    private static bool IsBlank(byte[] utf8)
    {
        foreach (var b in utf8)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)'\r' && b != (byte)'\n')
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends " LineNumber: n | BytePositionInLine: m." to its messages; the position is reported separately.
        var message = ex.Message ?? "syntax error.";
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    /// <summary>
    /// Maps UTF-8 byte offsets to 1-based line and character column. The reader asks for positions in increasing order,
    /// so the column is counted on from the previous position on the same line: a policy written on one long line
    /// (minified, or hostile) costs linear time, not quadratic.
    /// </summary>
    private sealed class LineMap
    {
        private readonly byte[] _text;
        private readonly List<int> _lineStarts = new List<int> { 0 };
        private int _cursorLine = -1;
        private int _cursorOffset;
        private int _cursorCharacters;

        public LineMap(byte[] text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == (byte)'\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }
        }

        public SourcePosition PositionOf(long offset)
        {
            var end = (int)Math.Min(Math.Max(offset, 0), _text.Length);
            var index = _lineStarts.BinarySearch(end);
            var lineIndex = index >= 0 ? index : ~index - 1;
            return new SourcePosition(lineIndex + 1, CharactersBefore(lineIndex, end) + 1);
        }

        public int ColumnOf(int line, int bytePositionInLine)
        {
            if (line - 1 >= _lineStarts.Count)
            {
                return bytePositionInLine + 1;
            }

            var start = _lineStarts[line - 1];
            return CharactersBefore(line - 1, (int)Math.Min((long)start + bytePositionInLine, _text.Length)) + 1;
        }

        /// <summary>Characters (not bytes) between the start of the line and <paramref name="end"/>.</summary>
        private int CharactersBefore(int lineIndex, int end)
        {
            var start = _lineStarts[lineIndex];
            var count = 0;
            if (lineIndex == _cursorLine && end >= _cursorOffset)
            {
                start = _cursorOffset;
                count = _cursorCharacters;
            }

            for (var i = start; i < end; i++)
            {
                if ((_text[i] & 0xC0) != 0x80)
                {
                    count++;
                }
            }

            (_cursorLine, _cursorOffset, _cursorCharacters) = (lineIndex, end, count);
            return count;
        }
    }
}
