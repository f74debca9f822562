using Guardrails.Rules;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers;

/// <summary>
/// The analyzer rules' descriptors. Titles, messages and help links come from <see cref="RuleCatalog"/>; the ID,
/// category and severity are constants here because release tracking reads them from the source
/// (a meta-test checks they agree with the catalogue).
/// </summary>
internal static class Descriptors
{
    public static readonly DiagnosticDescriptor GR1101 = new DiagnosticDescriptor(
        RuleIds.GR1101,
        RuleCatalog.GR1101.Title,
        RuleCatalog.GR1101.MessageFormat,
        RuleCategory.DependenciesName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR1101.HelpLink);

    /// <summary>Reported from a compilation-end action (it needs every entry resolved against the whole compilation).</summary>
    public static readonly DiagnosticDescriptor GR1102 = new DiagnosticDescriptor(
        RuleIds.GR1102,
        RuleCatalog.GR1102.Title,
        RuleCatalog.GR1102.MessageFormat,
        RuleCategory.DependenciesName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR1102.HelpLink,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>Reported from a compilation-end action, with the earlier entry as an additional location.</summary>
    public static readonly DiagnosticDescriptor GR1103 = new DiagnosticDescriptor(
        RuleIds.GR1103,
        RuleCatalog.GR1103.Title,
        RuleCatalog.GR1103.MessageFormat,
        RuleCategory.DependenciesName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR1103.HelpLink,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor GR2004 = new DiagnosticDescriptor(
        RuleIds.GR2004,
        RuleCatalog.GR2004.Title,
        RuleCatalog.GR2004.MessageFormat,
        RuleCategory.CoverageName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR2004.HelpLink);

    public static readonly DiagnosticDescriptor GR3001 = new DiagnosticDescriptor(
        RuleIds.GR3001,
        RuleCatalog.GR3001.Title,
        RuleCatalog.GR3001.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3001.HelpLink);

    public static readonly DiagnosticDescriptor GR3002 = new DiagnosticDescriptor(
        RuleIds.GR3002,
        RuleCatalog.GR3002.Title,
        RuleCatalog.GR3002.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3002.HelpLink);

    public static readonly DiagnosticDescriptor GR3003 = new DiagnosticDescriptor(
        RuleIds.GR3003,
        RuleCatalog.GR3003.Title,
        RuleCatalog.GR3003.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3003.HelpLink);

    public static readonly DiagnosticDescriptor GR3004 = new DiagnosticDescriptor(
        RuleIds.GR3004,
        RuleCatalog.GR3004.Title,
        RuleCatalog.GR3004.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3004.HelpLink);

    public static readonly DiagnosticDescriptor GR3005 = new DiagnosticDescriptor(
        RuleIds.GR3005,
        RuleCatalog.GR3005.Title,
        RuleCatalog.GR3005.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3005.HelpLink);

    public static readonly DiagnosticDescriptor GR3006 = new DiagnosticDescriptor(
        RuleIds.GR3006,
        RuleCatalog.GR3006.Title,
        RuleCatalog.GR3006.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3006.HelpLink);

    /// <summary>One a compilation, from a compilation-end action, without a location: the numbers behind review-debt.json.</summary>
    public static readonly DiagnosticDescriptor GR3007 = new DiagnosticDescriptor(
        RuleIds.GR3007,
        RuleCatalog.GR3007.Title,
        RuleCatalog.GR3007.MessageFormat,
        RuleCategory.ReviewName,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR3007.HelpLink,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor GR4001 = new DiagnosticDescriptor(
        RuleIds.GR4001,
        RuleCatalog.GR4001.Title,
        RuleCatalog.GR4001.MessageFormat,
        RuleCategory.TestIntegrityName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR4001.HelpLink);

    public static readonly DiagnosticDescriptor GR4002 = new DiagnosticDescriptor(
        RuleIds.GR4002,
        RuleCatalog.GR4002.Title,
        RuleCatalog.GR4002.MessageFormat,
        RuleCategory.TestIntegrityName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR4002.HelpLink);

    public static readonly DiagnosticDescriptor GR4003 = new DiagnosticDescriptor(
        RuleIds.GR4003,
        RuleCatalog.GR4003.Title,
        RuleCatalog.GR4003.MessageFormat,
        RuleCategory.TestIntegrityName,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: null,
        helpLinkUri: RuleCatalog.GR4003.HelpLink);
}
