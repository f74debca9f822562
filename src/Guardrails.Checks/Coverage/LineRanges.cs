using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Guardrails.Checks.Coverage;

/// <summary>Lists of lines for messages: "12-14, 20", and per file "src/A.cs:12-14, 20; src/B.cs:3", capped.</summary>
internal static class LineRanges
{
    /// <summary>How many ranges a message lists before "and N more".</summary>
    public const int MaxRanges = 20;

    /// <summary>
    /// Groups the selected lines into ranges. A range runs over consecutive lines of <paramref name="lines"/>
    /// (the coverable ones), so lines that are not coverable (blank lines, comments) do not split it.
    /// </summary>
    public static List<(int Start, int End)> Group(IEnumerable<int> lines, System.Func<int, bool> isSelected)
    {
        var ranges = new List<(int Start, int End)>();
        var open = false;
        int start = 0, end = 0;
        foreach (var line in lines.OrderBy(l => l))
        {
            if (isSelected(line))
            {
                if (!open)
                {
                    start = line;
                    open = true;
                }

                end = line;
            }
            else if (open)
            {
                ranges.Add((start, end));
                open = false;
            }
        }

        if (open)
        {
            ranges.Add((start, end));
        }

        return ranges;
    }

    /// <summary>"src/A.cs:12-14, 20; src/B.cs:3", at most <see cref="MaxRanges"/> ranges, then "and N more".</summary>
    public static string Format(IEnumerable<(string File, List<(int Start, int End)> Ranges)> files)
    {
        var text = new StringBuilder();
        var shown = 0;
        var hidden = 0;
        foreach (var (file, ranges) in files)
        {
            if (ranges.Count == 0)
            {
                continue;
            }

            if (shown >= MaxRanges)
            {
                hidden += ranges.Count;
                continue;
            }

            var take = System.Math.Min(ranges.Count, MaxRanges - shown);
            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(file).Append(':').Append(Join(ranges.Take(take)));
            shown += take;
            hidden += ranges.Count - take;
        }

        if (hidden > 0)
        {
            text.Append(" and ").Append(hidden.ToString(CultureInfo.InvariantCulture)).Append(hidden == 1 ? " more range" : " more ranges");
        }

        return text.ToString();
    }

    /// <summary>"12-14, 20", at most <see cref="MaxRanges"/> ranges, then "and N more".</summary>
    public static string Format(List<(int Start, int End)> ranges)
    {
        var text = Join(ranges.Take(MaxRanges));
        var hidden = ranges.Count - MaxRanges;
        return hidden > 0 ? text + " and " + hidden.ToString(CultureInfo.InvariantCulture) + (hidden == 1 ? " more range" : " more ranges") : text;
    }

    private static string Join(IEnumerable<(int Start, int End)> ranges) =>
        string.Join(", ", ranges.Select(r => r.Start == r.End
            ? r.Start.ToString(CultureInfo.InvariantCulture)
            : r.Start.ToString(CultureInfo.InvariantCulture) + "-" + r.End.ToString(CultureInfo.InvariantCulture)));
}
