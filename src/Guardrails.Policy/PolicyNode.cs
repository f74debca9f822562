using System.Collections.Generic;

namespace Guardrails.Policy;

internal enum PolicyNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A JSON value of the policy file with the line and column (1-based) where it starts.</summary>
internal sealed class PolicyNode
{
    private PolicyNode(PolicyNodeKind kind, SourcePosition position)
    {
        Kind = kind;
        Position = position;
    }

    public PolicyNodeKind Kind { get; }

    public SourcePosition Position { get; }

    /// <summary>For strings: the text; for numbers: the raw number text; for booleans: "true"/"false".</summary>
    public string? Text { get; private set; }

    /// <summary>For objects, in file order.</summary>
    public List<PolicyProperty> Properties { get; } = new List<PolicyProperty>();

    /// <summary>For arrays.</summary>
    public List<PolicyNode> Items { get; } = new List<PolicyNode>();

    public static PolicyNode Object(SourcePosition position) => new PolicyNode(PolicyNodeKind.Object, position);

    public static PolicyNode Array(SourcePosition position) => new PolicyNode(PolicyNodeKind.Array, position);

    public static PolicyNode Scalar(PolicyNodeKind kind, SourcePosition position, string? text) =>
        new PolicyNode(kind, position) { Text = text };

    public PolicyNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    public PolicyNode ShallowCopy()
    {
        var copy = new PolicyNode(Kind, Position) { Text = Text };
        copy.Properties.AddRange(Properties);
        copy.Items.AddRange(Items);
        return copy;
    }

    public override string ToString() => Kind + (Text is null ? string.Empty : " " + Text) + " at " + Position;
}

/// <summary>A property of a JSON object, with the position of its name.</summary>
internal sealed class PolicyProperty
{
    public PolicyProperty(string name, SourcePosition namePosition, PolicyNode value)
    {
        Name = name;
        NamePosition = namePosition;
        Value = value;
    }

    public string Name { get; }

    public SourcePosition NamePosition { get; }

    public PolicyNode Value { get; }
}

/// <summary>A 1-based line and column in the policy file; (0, 0) means "the file as a whole".</summary>
internal readonly struct SourcePosition
{
    public static readonly SourcePosition None = default;

    public SourcePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => "(" + Line + "," + Column + ")";
}
