using Guardrails.Rules;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers
{
    /// <summary>
    /// The analyzer rules' descriptors. Titles, messages and help links come from <see cref="RuleCatalog"/>; the ID,
    /// category and severity are constants here because release tracking reads them from the source
    /// (a meta-test checks they agree with the catalogue).
    /// </summary>
    internal static class Descriptors
    {
        public static readonly DiagnosticDescriptor GR2004 = new DiagnosticDescriptor(
            RuleIds.GR2004,
            RuleCatalog.GR2004.Title,
            RuleCatalog.GR2004.MessageFormat,
            RuleCategory.CoverageName,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: null,
            helpLinkUri: RuleCatalog.GR2004.HelpLink);
    }
}
