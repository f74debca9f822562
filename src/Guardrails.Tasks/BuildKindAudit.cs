using System;
using System.Collections.Generic;
using Guardrails.Policy;
using Guardrails.Checks.Diagnostics;
using Guardrails.Checks.Switches;
using Guardrails.Rules;

namespace Guardrails.Tasks;

/// <summary>
/// GR4004 for what a CI build ignored (<see cref="BuildKind"/>): a project's GuardrailsProfile or GuardrailsIsCI=false,
/// which would have given it a more lenient profile than the policy's 'ci'. Reported at the element that sets it.
/// </summary>
internal static class BuildKindAudit
{
    public static List<GuardrailsDiagnostic> Check(BuildKind kind, GuardrailsPolicy policy, string projectFile, IReadOnlyList<string> msbuildFiles)
    {
        var result = new List<GuardrailsDiagnostic>();
        if (!kind.IsCI)
        {
            return result;
        }

        var setting = policy.SettingOf(RuleCatalog.GR4004);
        if (kind.IgnoredProfile is { } profile)
        {
            result.Add(Create(
                setting, BuildKind.ProfileProperty, profile, kind, projectFile, msbuildFiles,
                "the policy's '" + PolicyLoader.CiProfile + "' profile applies. In CI only the command line (-p:" + BuildKind.ProfileProperty + "=NAME) chooses another profile"));
        }

        if (kind.IgnoredIsCIFalse)
        {
            result.Add(Create(
                setting, BuildKind.IsCIProperty, "false", kind, projectFile, msbuildFiles,
                "a project can make a build CI, never a CI build local (only -p:" + BuildKind.IsCIProperty + "=false on the command line does)"));
        }

        return result;
    }

    private static GuardrailsDiagnostic Create(RuleSetting setting, string property, string value, BuildKind kind, string projectFile, IReadOnlyList<string> msbuildFiles, string consequence)
    {
        var where = "<" + property + ">" + value + "</" + property + ">";
        var (file, line, column) = Locate(property, value, projectFile, msbuildFiles);
        return GuardrailsDiagnostic.ForRule(
            RuleCatalog.GR4004,
            setting,
            where + " is ignored: this is a CI build (" + kind.Reason + "), and " + consequence + ". Change the profiles in guardrails.json instead, where the change is reviewed.",
            file,
            line,
            column,
            symbol: property,
            arguments: new[] { where, property });
    }

    private static (string File, int Line, int Column) Locate(string property, string value, string projectFile, IReadOnlyList<string> msbuildFiles)
    {
        foreach (var file in Candidates(projectFile, msbuildFiles))
        {
            if (MSBuildPropertyLocator.Find(file, property, value) is { } position)
            {
                return (file, position.Line, position.Column);
            }
        }

        return (projectFile, 0, 0);
    }

    private static IEnumerable<string> Candidates(string projectFile, IReadOnlyList<string> msbuildFiles)
    {
        yield return projectFile;
        foreach (var file in msbuildFiles)
        {
            if (!string.Equals(file, projectFile, StringComparison.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }
    }
}
