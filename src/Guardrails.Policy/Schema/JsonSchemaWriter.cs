using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Guardrails.Rules;

namespace Guardrails.Policy.Schema;

/// <summary>Turns <see cref="PolicySchema"/> into the JSON schema (draft-07) that ships in the package and drives editor completion.</summary>
internal static class JsonSchemaWriter
{
    public const string SchemaId = "https://github.com/guardrails-dotnet/guardrails/raw/main/schema/guardrails.schema.json";

    public static string Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            writer.WriteString("$id", SchemaId);
            writer.WriteString("title", "Guardrails policy (guardrails.json)");
            WriteBody(writer, PolicySchema.Root);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteNode(Utf8JsonWriter writer, SchemaNode node)
    {
        writer.WriteStartObject();
        WriteBody(writer, node);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, SchemaNode node)
    {
        writer.WriteString("description", node.Description);
        switch (node)
        {
            case ObjectSchema o:
                writer.WriteString("type", "object");
                writer.WriteStartObject("properties");
                foreach (var property in o.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    WriteNode(writer, property.Schema);
                }

                writer.WriteEndObject();
                var required = o.Properties.Where(p => p.Required).Select(p => p.Name).ToList();
                if (required.Count > 0)
                {
                    writer.WriteStartArray("required");
                    required.ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                }

                if (o.AdditionalKeys == KeyKind.RuleOrCategory)
                {
                    writer.WriteStartObject("propertyNames");
                    writer.WriteStartArray("enum");
                    foreach (var rule in RuleCatalog.All)
                    {
                        writer.WriteStringValue(rule.Id);
                    }

                    foreach (var category in RuleCategory.All)
                    {
                        writer.WriteStringValue(category.Key);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                if (o.AdditionalProperties is null)
                {
                    writer.WriteBoolean("additionalProperties", false);
                }
                else
                {
                    writer.WritePropertyName("additionalProperties");
                    WriteNode(writer, o.AdditionalProperties);
                }

                break;
            case ArraySchema a:
                writer.WriteString("type", "array");
                writer.WritePropertyName("items");
                WriteNode(writer, a.Items);
                break;
            case StringSchema s:
                writer.WriteString("type", "string");
                if (s.Allowed.Count > 0)
                {
                    writer.WriteStartArray("enum");
                    foreach (var value in s.Allowed)
                    {
                        writer.WriteStringValue(value);
                    }

                    writer.WriteEndArray();
                }
                else if (s.Format == StringFormat.Date)
                {
                    writer.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                }
                else if (s.Format == StringFormat.Regex)
                {
                    writer.WriteString("format", "regex");
                }

                break;
            case NumberSchema n:
                writer.WriteString("type", n.Integer ? "integer" : "number");
                writer.WriteNumber("minimum", n.Minimum);
                writer.WriteNumber("maximum", n.Maximum);
                break;
            case BooleanSchema:
                writer.WriteString("type", "boolean");
                break;
            case UnionSchema u:
                writer.WriteStartArray("oneOf");
                foreach (var option in u.Options)
                {
                    WriteNode(writer, option);
                }

                writer.WriteEndArray();
                break;
        }
    }
}
