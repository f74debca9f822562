using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Rules;

namespace Guardrails.Policy.Schema;

/// <summary>Checks a parsed policy against <see cref="PolicySchema"/>; every problem carries a position and says how to fix it.</summary>
internal static class PolicyValidator
{
    public static void Validate(PolicyNode root, List<PolicyProblem> problems) =>
        Validate(root, PolicySchema.Root, "the policy", problems);

    private static void Validate(PolicyNode node, SchemaNode schema, string path, List<PolicyProblem> problems)
    {
        switch (schema)
        {
            case UnionSchema union:
                var option = union.Options.FirstOrDefault(o => Accepts(o, node.Kind));
                if (option is null)
                {
                    problems.Add(PolicyProblem.Invalid(node.Position, Quote(path) + " must be " + string.Join(" or ", union.Options.Select(KindName)) + ", but is " + Describe(node) + "."));
                    return;
                }

                Validate(node, option, path, problems);
                return;
            case ObjectSchema objectSchema when node.Kind == PolicyNodeKind.Object:
                ValidateObject(node, objectSchema, path, problems);
                return;
            case ArraySchema arraySchema when node.Kind == PolicyNodeKind.Array:
                for (var i = 0; i < node.Items.Count; i++)
                {
                    Validate(node.Items[i], arraySchema.Items, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", problems);
                }

                return;
            case StringSchema stringSchema when node.Kind == PolicyNodeKind.String:
                ValidateString(node, stringSchema, path, problems);
                return;
            case NumberSchema numberSchema when node.Kind == PolicyNodeKind.Number:
                ValidateNumber(node, numberSchema, path, problems);
                return;
            case BooleanSchema when node.Kind == PolicyNodeKind.Boolean:
                return;
            default:
                problems.Add(PolicyProblem.Invalid(node.Position, Quote(path) + " must be " + KindName(schema) + ", but is " + Describe(node) + "."));
                return;
        }
    }

    private static void ValidateObject(PolicyNode node, ObjectSchema schema, string path, List<PolicyProblem> problems)
    {
        foreach (var property in node.Properties)
        {
            var known = schema.Find(property.Name);
            var childPath = path == "the policy" ? property.Name : path + "." + property.Name;
            if (known is not null)
            {
                Validate(property.Value, known.Schema, childPath, problems);
            }
            else if (schema.AdditionalProperties is not null)
            {
                if (ValidateKey(property, schema.AdditionalKeys, path, problems))
                {
                    Validate(property.Value, schema.AdditionalProperties, path + "['" + property.Name + "']", problems);
                }
            }
            else
            {
                var names = schema.Properties.Select(p => p.Name).ToList();
                var suggestion = Suggest(property.Name, names);
                problems.Add(PolicyProblem.Invalid(
                    property.NamePosition,
                    "Unknown key '" + Excerpt.Of(property.Name) + "' in " + Quote(path) + "." + (suggestion is null ? string.Empty : " Did you mean '" + suggestion + "'?")
                    + " Allowed keys: " + string.Join(", ", names) + "."));
            }
        }

        foreach (var required in schema.Properties.Where(p => p.Required))
        {
            if (node[required.Name] is null)
            {
                problems.Add(PolicyProblem.Invalid(node.Position, Quote(path) + " needs the key '" + required.Name + "': " + required.Schema.Description));
            }
        }
    }

    private static bool ValidateKey(PolicyProperty property, KeyKind kind, string path, List<PolicyProblem> problems)
    {
        var name = property.Name;
        switch (kind)
        {
            case KeyKind.RuleOrCategory:
                if (RuleCatalog.TryGet(name, out _) || RuleCatalog.TryGetCategory(name, out _))
                {
                    return true;
                }

                var candidates = RuleCatalog.All.Select(r => r.Id).Concat(RuleCategory.All.Select(c => c.Key)).ToList();
                var suggestion = Suggest(name, candidates);
                var what = RuleKey.LooksLikeRuleId(name) ? "Unknown rule ID '" + Excerpt.Of(name) + "'" : "'" + Excerpt.Of(name) + "' is neither a Guardrails rule ID nor a category";
                problems.Add(PolicyProblem.Unknown(
                    property.NamePosition,
                    what + " in " + Quote(path) + "." + (suggestion is null ? string.Empty : " Did you mean '" + suggestion + "'?")
                    + " Use a rule ID (GR0001-GR4004, see docs/rules) or a category: " + string.Join(", ", RuleCategory.All.Select(c => c.Key)) + "."));
                return false;
            case KeyKind.Glob:
                if (!PolicyFormats.TryValidateGlob(name, out var globError))
                {
                    problems.Add(PolicyProblem.Invalid(property.NamePosition, "The glob '" + Excerpt.Of(name) + "' in " + Quote(path) + " is invalid: " + globError));
                    return false;
                }

                return true;
            case KeyKind.Name:
                if (name.Trim().Length == 0)
                {
                    problems.Add(PolicyProblem.Invalid(property.NamePosition, "An empty name in " + Quote(path) + ". Give it a name."));
                    return false;
                }

                return true;
            default:
                return true;
        }
    }

    private static void ValidateString(PolicyNode node, StringSchema schema, string path, List<PolicyProblem> problems)
    {
        var text = node.Text ?? string.Empty;
        if (schema.Allowed.Count > 0 && !schema.Allowed.Any(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            var suggestion = Suggest(text, schema.Allowed);
            problems.Add(PolicyProblem.Invalid(
                node.Position,
                "'" + Excerpt.Of(text) + "' is not a valid value for " + Quote(path) + "." + (suggestion is null ? string.Empty : " Did you mean '" + suggestion + "'?")
                + " Use one of: " + string.Join(", ", schema.Allowed) + "."));
            return;
        }

        if (!PolicyFormats.TryValidate(schema.Format, text, out var error))
        {
            problems.Add(PolicyProblem.Invalid(node.Position, "Invalid value for " + Quote(path) + ": " + error));
        }
    }

    private static void ValidateNumber(PolicyNode node, NumberSchema schema, string path, List<PolicyProblem> problems)
    {
        if (!double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || double.IsInfinity(value))
        {
            problems.Add(PolicyProblem.Invalid(node.Position, Quote(path) + " is not a usable number."));
            return;
        }

        if (schema.Integer && Math.Floor(value) != value)
        {
            problems.Add(PolicyProblem.Invalid(node.Position, Quote(path) + " must be a whole number, but is " + Excerpt.Of(node.Text) + "."));
            return;
        }

        if (value < schema.Minimum || value > schema.Maximum)
        {
            problems.Add(PolicyProblem.Invalid(
                node.Position,
                Quote(path) + " must be between " + schema.Minimum.ToString(CultureInfo.InvariantCulture) + " and "
                + schema.Maximum.ToString(CultureInfo.InvariantCulture) + ", but is " + Excerpt.Of(node.Text) + "."));
        }
    }

    private static bool Accepts(SchemaNode schema, PolicyNodeKind kind) => schema switch
    {
        ObjectSchema => kind == PolicyNodeKind.Object,
        ArraySchema => kind == PolicyNodeKind.Array,
        StringSchema => kind == PolicyNodeKind.String,
        NumberSchema => kind == PolicyNodeKind.Number,
        BooleanSchema => kind == PolicyNodeKind.Boolean,
        UnionSchema union => union.Options.Any(o => Accepts(o, kind)),
        _ => false,
    };

    private static string KindName(SchemaNode schema) => schema switch
    {
        ObjectSchema => "an object",
        ArraySchema => "an array",
        StringSchema s when s.Format == StringFormat.Severity => "a severity (" + string.Join(", ", s.Allowed) + ")",
        StringSchema => "a string",
        NumberSchema n when n.Integer => "a whole number",
        NumberSchema => "a number",
        BooleanSchema => "true or false",
        UnionSchema u => string.Join(" or ", u.Options.Select(KindName)),
        _ => "something else",
    };

    private static string Describe(PolicyNode node) => node.Kind switch
    {
        PolicyNodeKind.Object => "an object",
        PolicyNodeKind.Array => "an array",
        PolicyNodeKind.String => "the string \"" + Excerpt.Of(node.Text) + "\"",
        PolicyNodeKind.Number => "the number " + Excerpt.Of(node.Text),
        PolicyNodeKind.Boolean => node.Text,
        _ => "null",
    } ?? "null";

    private static string Quote(string path) => path == "the policy" ? path : "'" + Excerpt.Of(path) + "'";

    /// <summary>The closest candidate by edit distance, when it is close enough to be a likely typo.</summary>
    internal static string? Suggest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is not null && bestDistance > 0 && bestDistance <= Math.Max(2, best.Length / 3))
        {
            return best;
        }

        // "warn" for "warning", "test" for "tests": a prefix is a likely abbreviation.
        return value.Length >= 3
            ? candidates.FirstOrDefault(c => c.Length > value.Length && c.StartsWith(value, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    private static int EditDistance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
