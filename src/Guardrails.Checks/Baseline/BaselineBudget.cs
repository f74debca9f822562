using System.Collections.Generic;

namespace Guardrails.Checks.Baseline;

/// <summary>
/// How many more occurrences of each (rule, file, key) the baseline allows. Each finding takes one; when the count
/// is used up, further findings with the same identity are new violations. Not thread-safe.
/// </summary>
internal sealed class BaselineBudget
{
    private readonly Dictionary<(string Rule, string File, string Key), int> _left = new Dictionary<(string, string, string), int>();

    public BaselineBudget(IEnumerable<BaselineEntry> entries)
    {
        foreach (var entry in entries)
        {
            _left.TryGetValue(entry.Identity, out var count);
            _left[entry.Identity] = count > int.MaxValue - entry.Count ? int.MaxValue : count + entry.Count;
        }
    }

    public bool IsEmpty => _left.Count == 0;

    /// <summary>True (and one occurrence used) when the baseline still allows this finding.</summary>
    public bool TryTake((string Rule, string File, string Key) identity)
    {
        if (!_left.TryGetValue(identity, out var left) || left <= 0)
        {
            return false;
        }

        _left[identity] = left - 1;
        return true;
    }
}
