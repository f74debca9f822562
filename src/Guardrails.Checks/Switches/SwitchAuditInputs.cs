using System.Collections.Generic;

namespace Guardrails.Checks.Switches;

/// <summary>What a project does with MSBuild and analyzer-config switches, as the targets see it after evaluation.</summary>
internal sealed class SwitchAuditInputs
{
    public string ProjectFile { get; set; } = string.Empty;

    public string? NoWarn { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public bool RunAnalyzersOff { get; set; }

    /// <summary>Project files that may set the properties: the project, Directory.Build.props/.targets and the like.</summary>
    public IReadOnlyList<string> MSBuildFiles { get; set; } = new string[0];

    /// <summary>The .editorconfig and .globalconfig files the compiler reads (Guardrails' own generated one excluded).</summary>
    public IReadOnlyList<string> AnalyzerConfigFiles { get; set; } = new string[0];
}
