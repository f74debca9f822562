using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Writes JSON with comments in the style of the sample policies: two-space indentation, trailing commas, short
/// arrays on one line with spaces inside the brackets, and comments wrapped to the width of the file.
/// </summary>
internal sealed class JsoncWriter
{
    private const int Width = 118;

    /// <summary>Trailing comments start at this column (after the indentation) when the member is shorter.</summary>
    private const int CommentColumn = 26;

    private readonly StringBuilder _text = new StringBuilder();
    private int _depth;

    private string Indent => new string(' ', 2 * _depth);

    /// <summary>A comment, wrapped; line breaks and control characters in it (from file names) become spaces.</summary>
    public JsoncWriter Comment(string text)
    {
        var words = Clean(text).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && Indent.Length + 3 + line.Length + 1 + word.Length > Width)
            {
                Line("// " + line);
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        return line.Length > 0 ? Line("// " + line) : this;
    }

    /// <summary>A comment kept on one line as it is (a commented-out setting).</summary>
    public JsoncWriter CommentedOut(string json) => Line("// " + Clean(json));

    /// <summary>A commented-out <c>"name": [ ... ],</c>, on one line when it fits and wrapped one value group per line when not.</summary>
    public JsoncWriter CommentedOutArray(string name, IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        var oneLine = Member(name, Array(values));
        if (Indent.Length + 3 + oneLine.Length <= Width)
        {
            return CommentedOut(oneLine);
        }

        CommentedOut(String(name) + ": [");
        var line = new StringBuilder();
        foreach (var item in items)
        {
            if (line.Length > 0 && Indent.Length + 5 + line.Length + item.Length + 2 > Width)
            {
                CommentedOut("  " + line.ToString().TrimEnd());
                line.Clear();
            }

            line.Append(item).Append(", ");
        }

        CommentedOut("  " + line.ToString().TrimEnd());
        return CommentedOut("],");
    }

    public JsoncWriter Blank()
    {
        _text.Append('\n');
        return this;
    }

    public JsoncWriter Line(string content)
    {
        _text.Append(Indent).Append(content).Append('\n');
        return this;
    }

    /// <summary><c>"name": value,</c> with an optional comment after it.</summary>
    public JsoncWriter Property(string name, string json, string? comment = null)
    {
        var member = Member(name, json);
        return Line(comment is null ? member : member.PadRight(CommentColumn - 2) + "  // " + Clean(comment));
    }

    public JsoncWriter Open(string? name, char bracket)
    {
        Line(name is null ? bracket.ToString() : String(name) + ": " + bracket);
        _depth++;
        return this;
    }

    public JsoncWriter Close(char bracket, bool last = false)
    {
        _depth--;
        return Line(bracket + (last ? string.Empty : ","));
    }

    public override string ToString() => _text.ToString();

    /// <summary><c>"name": value,</c></summary>
    public static string Member(string name, string json) => String(name) + ": " + json + ",";

    public static string String(string value) =>
        "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    /// <summary><c>[ "a", "b" ]</c>, or <c>[]</c>.</summary>
    public static string Array(IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        return items.Count == 0 ? "[]" : "[ " + string.Join(", ", items) + " ]";
    }

    /// <summary><c>{ "a": 1, "b": "x" }</c> from members already written as JSON.</summary>
    public static string Object(params (string Name, string Json)[] members) =>
        "{ " + string.Join(", ", members.Select(m => String(m.Name) + ": " + m.Json)) + " }";

    private static string Clean(string text) =>
        new string(text.Select(c => char.IsControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c).ToArray());
}
