namespace Guardrails.Policy;

/// <summary>Applies a profile over the policy: objects merge key by key, anything else (arrays, scalars) is replaced.</summary>
internal static class PolicyMerger
{
    public static PolicyNode Merge(PolicyNode baseNode, PolicyNode overlay)
    {
        if (baseNode.Kind != PolicyNodeKind.Object || overlay.Kind != PolicyNodeKind.Object)
        {
            return overlay;
        }

        var merged = baseNode.ShallowCopy();
        foreach (var property in overlay.Properties)
        {
            var index = merged.Properties.FindIndex(p => p.Name == property.Name);
            if (index < 0)
            {
                merged.Properties.Add(property);
            }
            else
            {
                var existing = merged.Properties[index];
                merged.Properties[index] = new PolicyProperty(property.Name, property.NamePosition, Merge(existing.Value, property.Value));
            }
        }

        return merged;
    }
}
