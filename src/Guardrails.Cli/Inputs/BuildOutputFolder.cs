using Guardrails.Rules;

namespace Guardrails.Cli.Inputs;

/// <summary>
/// One <c>obj/&lt;Configuration&gt;/&lt;TargetFramework&gt;/guardrails/</c> folder: what one project's build for one
/// target framework left for reports.
/// </summary>
/// <param name="Path">The folder's full path.</param>
/// <param name="ProjectName">MSBuild's project name (from review-debt.json, else the project file or folder name).</param>
/// <param name="ProjectFile">The project file's full path, when it can be found next to obj/.</param>
internal sealed record BuildOutputFolder(string Path, string ProjectName, string? ProjectFile, string Configuration, string TargetFramework)
{
    public const string CompilerLog = BuildOutputFiles.CompilerLogFileName;
    public const string ReviewDebtFile = BuildOutputFiles.ReviewDebtFileName;
    public const string CoverageSummaryFile = BuildOutputFiles.CoverageSummaryFileName;
    public const string AnalyzerConfigFile = BuildOutputFiles.AnalyzerConfigFileName;
    public const string DiagnosticsFilePattern = "*" + BuildOutputFiles.DiagnosticsFileSuffix;

    /// <summary>The baseline file the policy names (one line, empty without a baseline).</summary>
    public const string BaselinePathFile = BuildOutputFiles.BaselinePathFileName;

    /// <summary>
    /// <c>obj/&lt;Configuration&gt;/guardrails/</c>: the outer build of a multi-targeting project, which compiles nothing
    /// and only judges the baseline across the target frameworks (GR0003).
    /// </summary>
    public bool IsCrossTargeting => TargetFramework.Length == 0;

    /// <summary>Which build wrote the folder (ProjectFile=…, ProjectName=…, Configuration=…, TargetFramework=…, RuntimeIdentifier=…, one a line).</summary>
    public const string BuildFile = BuildOutputFiles.BuildFileName;

    /// <summary>The MSBuild warning switches the build used (NoWarn=…, TreatWarningsAsErrors=…, one a line).</summary>
    public const string WarningSwitchesFile = BuildOutputFiles.WarningSwitchesFileName;

    /// <summary>A key that groups the target frameworks of one project.</summary>
    public string ProjectKey => ProjectFile ?? ProjectName;

    public string Build => IsCrossTargeting ? Configuration : Configuration + "/" + TargetFramework;

    public string File(string name) => System.IO.Path.Combine(Path, name);
}
