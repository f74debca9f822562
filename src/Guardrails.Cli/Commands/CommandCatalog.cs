namespace Guardrails.Cli.Commands;

/// <summary>Every <c>guardrails</c> command, in the order <c>guardrails --help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static readonly ICliCommand[] All =
    [
        new InitCommand(),
        new BaselineCommand(),
        new ReportCommand(),
        new ExplainCommand(),
    ];
}
