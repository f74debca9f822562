using System.Collections.Generic;

namespace Guardrails.Policy.Schema;

/// <summary>
/// A node of the policy's shape. The validator checks guardrails.json against it and <see cref="JsonSchemaWriter"/>
/// turns it into the JSON schema that ships in the package, so the two cannot drift apart.
/// </summary>
internal abstract class SchemaNode
{
    protected SchemaNode(string description)
    {
        Description = description;
    }

    public string Description { get; }
}

internal sealed class ObjectSchema : SchemaNode
{
    public ObjectSchema(string description, params SchemaProperty[] properties)
        : base(description)
    {
        Properties = properties;
    }

    public IReadOnlyList<SchemaProperty> Properties { get; }

    /// <summary>When set, keys not in <see cref="Properties"/> are allowed and their values follow this shape.</summary>
    public SchemaNode? AdditionalProperties { get; set; }

    /// <summary>What the keys of <see cref="AdditionalProperties"/> are, for messages and for key checks.</summary>
    public KeyKind AdditionalKeys { get; set; }

    public SchemaProperty? Find(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }
}

internal sealed class SchemaProperty
{
    public SchemaProperty(string name, SchemaNode schema, bool required = false)
    {
        Name = name;
        Schema = schema;
        Required = required;
    }

    public string Name { get; }

    public SchemaNode Schema { get; }

    public bool Required { get; }
}

internal sealed class ArraySchema : SchemaNode
{
    public ArraySchema(string description, SchemaNode items)
        : base(description)
    {
        Items = items;
    }

    public SchemaNode Items { get; }
}

internal sealed class StringSchema : SchemaNode
{
    public StringSchema(string description, StringFormat format = StringFormat.Text, params string[] allowed)
        : base(description)
    {
        Format = format;
        Allowed = allowed;
    }

    public StringFormat Format { get; }

    /// <summary>When not empty, the value must be one of these (case-insensitive).</summary>
    public IReadOnlyList<string> Allowed { get; }
}

internal sealed class NumberSchema : SchemaNode
{
    public NumberSchema(string description, double minimum, double maximum, bool integer = false)
        : base(description)
    {
        Minimum = minimum;
        Maximum = maximum;
        Integer = integer;
    }

    public double Minimum { get; }

    public double Maximum { get; }

    public bool Integer { get; }
}

internal sealed class BooleanSchema : SchemaNode
{
    public BooleanSchema(string description)
        : base(description)
    {
    }
}

/// <summary>A value that may take one of several JSON kinds, each with its own shape (e.g. a severity string or an object).</summary>
internal sealed class UnionSchema : SchemaNode
{
    public UnionSchema(string description, params SchemaNode[] options)
        : base(description)
    {
        Options = options;
    }

    public IReadOnlyList<SchemaNode> Options { get; }
}

internal enum StringFormat
{
    Text,
    Severity,
    Glob,
    VersionRange,
    Regex,
    Date,
    SymbolId,
    Path,
    PackageId,
}

internal enum KeyKind
{
    Any,
    RuleOrCategory,
    Glob,
    Name,
}
