namespace Guardrails.Cli;

internal static class Program
{
    public static int Main(string[] args) => GuardrailsCli.Run(args, CliEnvironment.FromProcess());
}
