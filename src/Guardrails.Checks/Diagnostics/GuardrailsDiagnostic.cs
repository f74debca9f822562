using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Diagnostics;

/// <summary>
/// A diagnostic found by an MSBuild task, with the severity the policy gives it. <see cref="Symbol"/> and
/// <see cref="Arguments"/> identify it without its line, so a baseline can match it after unrelated edits.
/// </summary>
internal sealed class GuardrailsDiagnostic
{
    public GuardrailsDiagnostic(
        string ruleId,
        RuleSeverity severity,
        string message,
        string? file,
        int line = 0,
        int column = 0,
        int endLine = 0,
        int endColumn = 0,
        string? symbol = null,
        string[]? arguments = null,
        bool locked = false)
    {
        RuleId = ruleId;
        Severity = severity;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        Symbol = symbol;
        Arguments = arguments ?? new string[0];
        Locked = locked;
    }

    public string RuleId { get; }

    public RuleSeverity Severity { get; }

    public string Message { get; }

    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    /// <summary>What the diagnostic is about (a package ID, a policy key, a member), independent of its line.</summary>
    public string? Symbol { get; }

    public string[] Arguments { get; }

    /// <summary>The policy locks the rule: NoWarn and WarningsNotAsErrors cannot lower this diagnostic.</summary>
    public bool Locked { get; }

    /// <summary>A diagnostic of <paramref name="rule"/> with the severity and lock the policy gives it.</summary>
    public static GuardrailsDiagnostic ForRule(
        RuleInfo rule,
        RuleSetting setting,
        string message,
        string? file,
        int line = 0,
        int column = 0,
        string? symbol = null,
        string[]? arguments = null) =>
        new GuardrailsDiagnostic(rule.Id, setting.Severity, message, file, line, column, symbol: symbol, arguments: arguments, locked: setting.Locked);

    public static GuardrailsDiagnostic FromPolicyProblem(PolicyProblem problem, string? file, RuleSetting setting, string symbol) =>
        ForRule(RuleCatalog.Get(problem.RuleId), setting, problem.Message, file, problem.Position.Line, problem.Position.Column, symbol);

    /// <summary>The same diagnostic at another severity.</summary>
    public GuardrailsDiagnostic WithSeverity(RuleSeverity severity) =>
        severity == Severity
            ? this
            : new GuardrailsDiagnostic(RuleId, severity, Message, File, Line, Column, EndLine, EndColumn, Symbol, Arguments, Locked);

    public override string ToString() => (File ?? string.Empty) + "(" + Line + "," + Column + "): " + Severity + " " + RuleId + ": " + Message;
}
