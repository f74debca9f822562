using System.Collections.Generic;
using System.Linq;

namespace Guardrails.Options;

/// <summary>
/// A list in one generated analyzer config value: items joined with <see cref="AnalyzerOptionKeys.ListSeparator"/>,
/// each encoded on its own (as <see cref="OptionValue"/>, and '|' as %7C), so an item may contain the separator, '#'
/// or ';' and still reads back whole. Write with <see cref="Join"/>, read with <see cref="Split"/>; never encode the
/// joined value again.
/// </summary>
internal static class OptionList
{
    public static string Join(IEnumerable<string> items) =>
        string.Join(AnalyzerOptionKeys.ListSeparator.ToString(), items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => OptionValue.EncodeListItem(i.Trim())));

    /// <summary>The items, decoded and trimmed; empty items are left out.</summary>
    public static IEnumerable<string> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var item in value!.Split(AnalyzerOptionKeys.ListSeparator))
        {
            var decoded = OptionValue.Decode(item)!.Trim();
            if (decoded.Length > 0)
            {
                yield return decoded;
            }
        }
    }
}
