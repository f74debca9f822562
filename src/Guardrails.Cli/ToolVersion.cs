using System.Reflection;

namespace Guardrails.Cli;

/// <summary>The tool's version, from its assembly (the repository's Version property).</summary>
internal static class ToolVersion
{
    /// <summary>The informational version, e.g. "0.1.0+3f2a1c9" when built from a git checkout.</summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The semantic version without build metadata, e.g. "0.1.0".</summary>
    public static string Semantic { get; } = Informational.Split('+')[0];

    public const string InformationUri = "https://github.com/guardrails-dotnet/guardrails";
}
