using System.CommandLine;

namespace Guardrails.Cli.Commands;

/// <summary>
/// One <c>guardrails</c> sub-command. It declares its arguments and options, its help text, and an action that
/// returns one of the <see cref="ExitCodes"/>. To add a command, write one class like this and list it in
/// <see cref="CommandCatalog"/>.
/// </summary>
internal interface ICliCommand
{
    Command Create(CliEnvironment environment);
}
