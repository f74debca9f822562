using System.CommandLine;
using System.Linq;
using Guardrails.Cli.Docs;
using Guardrails.Rules;

namespace Guardrails.Cli.Commands;

/// <summary><c>guardrails explain GR3004</c>: prints the rule's documentation page; without an ID, lists the rules.</summary>
internal sealed class ExplainCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var ruleArgument = new Argument<string?>("rule")
        {
            Description = "The rule ID, for example GR3004. Without it, the rules are listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("explain", "Print the documentation of a Guardrails rule (the page its diagnostics link to).")
        {
            ruleArgument,
        };
        command.SetAction(parseResult => Explain(parseResult.GetValue(ruleArgument), environment));
        return command;
    }

    private static int Explain(string? ruleId, CliEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(ruleId))
        {
            ListRules(environment);
            return ExitCodes.Success;
        }

        var id = ruleId.Trim().ToUpperInvariant();
        if (!RuleCatalog.TryGet(id, out var rule))
        {
            var suggestions = Suggestions.Closest(id, RuleCatalog.All.Select(r => r.Id));
            var hint = suggestions.Count > 0 ? " Did you mean " + string.Join(" or ", suggestions.Take(3)) + "?" : string.Empty;
            environment.Error.WriteLine(GuardrailsCli.Name + " explain: '" + ruleId.Trim() + "' is not a Guardrails rule." + hint);
            environment.Error.WriteLine("Run '" + GuardrailsCli.Name + " explain' to list the rules.");
            return ExitCodes.UsageError;
        }

        var page = RuleDocumentation.Find(rule.Id);
        if (page is null)
        {
            environment.Error.WriteLine(GuardrailsCli.Name + " explain: this build of the tool has no page for " + rule.Id + "; read it at " + rule.HelpLink);
            return ExitCodes.InputError;
        }

        environment.Output.Write(page.EndsWith('\n') ? page : page + "\n");
        return ExitCodes.Success;
    }

    private static void ListRules(CliEnvironment environment)
    {
        foreach (var rule in RuleCatalog.All)
        {
            environment.Output.WriteLine(
                rule.Id + "  " + RuleSeverityNames.ToEditorConfig(rule.DefaultSeverity).PadRight(10) + "  " + rule.Category.Key.PadRight(13) + "  " + rule.Title);
        }

        environment.Output.WriteLine();
        environment.Output.WriteLine("Run '" + GuardrailsCli.Name + " explain <rule>' for a rule's documentation.");
    }
}
