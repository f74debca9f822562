using System.Text.Json;

namespace Guardrails.Policy.Tests.Fuzzing;

/// <summary>Where the values and the property names of a JSON document stand, as byte ranges, so a mutation can replace one.</summary>
internal sealed class JsonSpans
{
    private JsonSpans(IReadOnlyList<Range> values, IReadOnlyList<Range> names)
    {
        Values = values;
        Names = names;
    }

    /// <summary>Every value, containers included (from '{' or '[' to its matching end).</summary>
    public IReadOnlyList<Range> Values { get; }

    /// <summary>Every property name, quotes included.</summary>
    public IReadOnlyList<Range> Names { get; }

    public static JsonSpans Of(byte[] utf8)
    {
        var values = new List<Range>();
        var names = new List<Range>();
        var open = new Stack<int>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var end = (int)reader.BytesConsumed;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    open.Push(start);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    values.Add(open.Pop()..end);
                    break;
                case JsonTokenType.PropertyName:
                    names.Add(start..end);
                    break;
                default:
                    values.Add(start..end);
                    break;
            }
        }

        return new JsonSpans(values, names);
    }
}
