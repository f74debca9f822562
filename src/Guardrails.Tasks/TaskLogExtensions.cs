using Guardrails.Rules;
using Microsoft.Build.Utilities;

namespace Guardrails.Tasks;

internal static class TaskLogExtensions
{
    /// <summary>
    /// GR0002 as an MSBuild error at <paramref name="file"/>: a Guardrails task could not do its work (a file it needs
    /// could not be read or written). Never a silent pass: the build fails and says why.
    /// </summary>
    public static void LogGuardrailsInputError(this TaskLoggingHelper log, string file, string message) =>
        log.LogError(null, RuleIds.GR0002, RuleIds.GR0002, RuleCatalog.GR0002.HelpLink, file, 0, 0, 0, 0, message);
}
