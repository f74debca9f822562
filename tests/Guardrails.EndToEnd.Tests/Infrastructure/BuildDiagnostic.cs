using System.Text.RegularExpressions;

namespace Guardrails.EndToEnd.Tests.Infrastructure;

/// <summary>One diagnostic line of MSBuild's console output (canonical error format).</summary>
internal sealed partial record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        var result = new List<BuildDiagnostic>();
        foreach (var line in output.Split('\n'))
        {
            var match = Canonical().Match(line.TrimEnd('\r'));
            if (!match.Success)
            {
                continue;
            }

            var diagnostic = new BuildDiagnostic(
                match.Groups["file"].Value.Trim(),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["col"].Success ? int.Parse(match.Groups["col"].Value) : 0,
                match.Groups["sev"].Value,
                match.Groups["id"].Value,
                match.Groups["msg"].Value.Trim());
            if (!result.Contains(diagnostic))
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    public string FileName => Path.GetFileName(File);

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";

    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<file>[^\s].*?)(?:\((?<line>\d+)(?:,(?<col>\d+))?(?:,\d+,\d+)?\))?\s*:\s*(?:\w+\s+)?(?<sev>warning|error|message|info)\s+(?<id>[A-Z]+\d+)\s*:\s*(?<msg>.*?)(?:\s+\[[^\]]+\])?$")]
    private static partial Regex Canonical();
}
