namespace Guardrails.Analyzers.Tests.Meta;

/// <summary>
/// Reads AnalyzerReleases.Shipped.md and .Unshipped.md (the Roslyn release-tracking format) into each rule's latest
/// category and severity. Rows under "Removed Rules" take a rule out again.
/// </summary>
internal static class AnalyzerReleaseFile
{
    public static IReadOnlyDictionary<string, (string Category, string Severity)> ReadLatest(params string[] paths)
    {
        var rules = new Dictionary<string, (string Category, string Severity)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var section = string.Empty;
            foreach (var rawLine in File.ReadAllLines(path))
            {
                var line = rawLine.Trim();
                if (line.StartsWith("###", StringComparison.Ordinal))
                {
                    section = line.TrimStart('#').Trim();
                    continue;
                }

                if (line.Length == 0 || line.StartsWith(';') || line.StartsWith('#') || !line.Contains('|'))
                {
                    continue;
                }

                var cells = line.Split('|').Select(c => c.Trim()).ToArray();
                if (cells[0] == "Rule ID" || cells[0].StartsWith('-'))
                {
                    continue;
                }

                if (section == "Removed Rules")
                {
                    rules.Remove(cells[0]);
                }
                else
                {
                    rules[cells[0]] = (cells[1], cells[2]);
                }
            }
        }

        return rules;
    }
}
