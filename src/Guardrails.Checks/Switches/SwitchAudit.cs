using System;
using System.Collections.Generic;
using System.Linq;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Switches;

/// <summary>
/// GR4004: a rule the policy locks, switched off or downgraded outside the policy — NoWarn, WarningsNotAsErrors,
/// an .editorconfig/.globalconfig severity, or analyzers switched off for the project.
/// </summary>
internal static class SwitchAudit
{
    public static List<GuardrailsDiagnostic> Check(GuardrailsPolicy policy, SwitchAuditInputs inputs)
    {
        var result = new List<GuardrailsDiagnostic>();
        var locked = RuleCatalog.All.Where(r => policy.SettingOf(r).Locked).ToList();
        if (locked.Count == 0)
        {
            return result;
        }

        var setting = policy.SettingOf(RuleCatalog.GR4004);
        foreach (var rule in locked)
        {
            CheckProperty(result, setting, inputs, "NoWarn", inputs.NoWarn, rule, "switches off");
            if (policy.SeverityOf(rule) == RuleSeverity.Warning)
            {
                CheckProperty(result, setting, inputs, "WarningsNotAsErrors", inputs.WarningsNotAsErrors, rule, "exempts from TreatWarningsAsErrors");
            }
        }

        CheckAnalyzerConfigs(result, setting, policy, inputs, locked);
        CheckRunAnalyzers(result, setting, inputs, locked);
        return result;
    }

    private static void CheckProperty(List<GuardrailsDiagnostic> result, RuleSetting setting, SwitchAuditInputs inputs, string property, string? value, RuleInfo rule, string verb)
    {
        if (!MSBuildPropertyLocator.ContainsToken(value, rule.Id))
        {
            return;
        }

        foreach (var file in inputs.MSBuildFiles.Concat(new[] { inputs.ProjectFile }).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var position = MSBuildPropertyLocator.Find(file, property, rule.Id);
            if (position is not null)
            {
                result.Add(Create(setting, "<" + property + ">", verb, rule, file, position.Value.Line, position.Value.Column));
                return;
            }
        }

        result.Add(Create(setting, property + " (set outside the project files, e.g. on the command line)", verb, rule, inputs.ProjectFile, 0, 0));
    }

    private static void CheckAnalyzerConfigs(List<GuardrailsDiagnostic> result, RuleSetting setting, GuardrailsPolicy policy, SwitchAuditInputs inputs, List<RuleInfo> locked)
    {
        foreach (var file in inputs.AnalyzerConfigFiles)
        {
            foreach (var entry in AnalyzerConfigScanner.Read(file))
            {
                var rule = locked.FirstOrDefault(r => string.Equals(r.Id, entry.RuleId, StringComparison.OrdinalIgnoreCase));
                if (rule is null || rule.Kind != RuleKind.Analyzer)
                {
                    continue;
                }

                var configured = string.Equals(entry.Value, "default", StringComparison.OrdinalIgnoreCase)
                    ? rule.DefaultSeverity
                    : RuleSeverityNames.TryParse(entry.Value, out var parsed) ? parsed : RuleSeverity.Error;
                if (configured < policy.SeverityOf(rule))
                {
                    result.Add(Create(setting, "dotnet_diagnostic." + entry.RuleId + ".severity = " + entry.Value, "downgrades", rule, entry.File, entry.Line, entry.Column));
                }
            }
        }
    }

    private static void CheckRunAnalyzers(List<GuardrailsDiagnostic> result, RuleSetting setting, SwitchAuditInputs inputs, List<RuleInfo> locked)
    {
        var lockedAnalyzerRule = locked.FirstOrDefault(r => r.Kind == RuleKind.Analyzer);
        if (!inputs.RunAnalyzersOff || lockedAnalyzerRule is null)
        {
            return;
        }

        foreach (var property in new[] { "RunAnalyzers", "RunAnalyzersDuringBuild" })
        {
            foreach (var file in inputs.MSBuildFiles.Concat(new[] { inputs.ProjectFile }).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var position = MSBuildPropertyLocator.Find(file, property, "false");
                if (position is not null)
                {
                    result.Add(Create(setting, "<" + property + ">false", "switches off", lockedAnalyzerRule, file, position.Value.Line, position.Value.Column));
                    return;
                }
            }
        }

        result.Add(Create(setting, "RunAnalyzers=false (set outside the project files)", "switches off", lockedAnalyzerRule, inputs.ProjectFile, 0, 0));
    }

    private static GuardrailsDiagnostic Create(RuleSetting setting, string where, string verb, RuleInfo rule, string file, int line, int column) =>
        GuardrailsDiagnostic.ForRule(
            RuleCatalog.GR4004,
            setting,
            where + " " + verb + " " + rule.Id + ", which the policy locks. Change its severity in guardrails.json instead, where the change is reviewed.",
            file,
            line,
            column,
            symbol: rule.Id,
            arguments: new[] { where, rule.Id });
}
