using Guardrails.Rules;

namespace Guardrails.Policy;

/// <summary>Something wrong with the policy: GR0001 (invalid) or GR0002 (names something that does not exist).</summary>
internal sealed class PolicyProblem
{
    public PolicyProblem(string ruleId, SourcePosition position, string message)
    {
        RuleId = ruleId;
        Position = position;
        Message = message;
    }

    public string RuleId { get; }

    public SourcePosition Position { get; }

    public string Message { get; }

    public static PolicyProblem Invalid(SourcePosition position, string message) => new PolicyProblem(RuleIds.GR0001, position, message);

    public static PolicyProblem Unknown(SourcePosition position, string message) => new PolicyProblem(RuleIds.GR0002, position, message);

    public override string ToString() => RuleId + " " + Position + ": " + Message;
}
