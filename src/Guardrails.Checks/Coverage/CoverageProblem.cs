using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// An input a coverage check needs is missing or unusable (a broken report, a missing baseline, git failing).
/// It becomes GR0002 at <see cref="File"/>: the check cannot run, which is never a pass.
/// </summary>
internal sealed class CoverageProblem
{
    public CoverageProblem(string? file, int line, int column, string message)
    {
        File = file;
        Line = line;
        Column = column;
        Message = message;
    }

    public string? File { get; }

    /// <summary>1-based; 0 when the problem is about the file as a whole.</summary>
    public int Line { get; }

    public int Column { get; }

    public string Message { get; }

    public GuardrailsDiagnostic ToDiagnostic(GuardrailsPolicy policy, string symbol) =>
        GuardrailsDiagnostic.ForRule(RuleCatalog.GR0002, policy.SettingOf(RuleCatalog.GR0002), Message, File, Line, Column, symbol, new[] { Message });

    public override string ToString() => (File ?? string.Empty) + "(" + Line + "," + Column + "): " + Message;
}
