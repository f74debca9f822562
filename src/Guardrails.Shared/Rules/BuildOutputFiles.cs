namespace Guardrails.Rules;

/// <summary>
/// The names of the files Guardrails' targets write under <c>obj/&lt;Configuration&gt;/&lt;TargetFramework&gt;/guardrails/</c>
/// and the CLI reads. build/Guardrails.targets names each in one property, <c>_Guardrails&lt;constant&gt;</c> (e.g.
/// <c>_GuardrailsCompilerLogFileName</c>); BuildOutputFilesTests keeps the two lists equal.
/// </summary>
internal static class BuildOutputFiles
{
    /// <summary>The folder under the intermediate output path.</summary>
    public const string FolderName = "guardrails";

    /// <summary>Every task's diagnostics file ends so (the CLI reads all of them).</summary>
    public const string DiagnosticsFileSuffix = ".diagnostics.json";

    public const string AnalyzerConfigFileName = "policy.globalconfig";
    public const string PolicyDiagnosticsFileName = "policy.diagnostics.json";
    public const string PolicyStampFileName = "policy.inputs";
    public const string SourcesStampFileName = "sources.inputs";
    public const string BannedApisFileName = "Guardrails.BannedApis.txt";
    public const string ApiFilesListFileName = "apifiles.txt";
    public const string BaselineAnalyzerFileName = "Guardrails.Baseline.txt";

    /// <summary>The baseline file the policy names (one line, empty without a baseline).</summary>
    public const string BaselinePathFileName = "baseline.path";

    public const string SwitchesDiagnosticsFileName = "switches.diagnostics.json";
    public const string SwitchesStampFileName = "switches.inputs";
    public const string DependenciesDiagnosticsFileName = "dependencies.diagnostics.json";

    /// <summary>The MSBuild warning switches the build used (NoWarn=…, TreatWarningsAsErrors=…, one a line).</summary>
    public const string WarningSwitchesFileName = "warning-switches.txt";

    /// <summary>Which build wrote the folder (ProjectFile=…, ProjectName=…, Configuration=…, TargetFramework=…, RuntimeIdentifier=…, one a line).</summary>
    public const string BuildFileName = "build.txt";

    /// <summary>The compiler's SARIF 2.1 log, when the project sets no ErrorLog of its own.</summary>
    public const string CompilerLogFileName = "compiler.sarif";

    /// <summary>The ErrorLog this build gave the compiler (empty without one): a change recompiles.</summary>
    public const string CompilerLogModeFileName = "compiler-log.mode";

    /// <summary>The raw inputs of the CI-or-local decision (the CI variables' values, GuardrailsIsCI, GuardrailsProfile).</summary>
    public const string BuildKindStampFileName = "build-kind.inputs";

    /// <summary>The CI-or-local decision (ResolveGuardrailsBuildKind's one-line summary), read by the policy targets.</summary>
    public const string BuildKindFileName = "build-kind.txt";

    public const string SuppressionsDiagnosticsFileName = "suppressions.diagnostics.json";
    public const string BaselineDiagnosticsFileName = "baseline.diagnostics.json";

    /// <summary>This project's findings (what <c>guardrails baseline</c> collects).</summary>
    public const string FindingsFileName = "findings.json";

    public const string ReviewDebtFileName = "review-debt.json";
    public const string CoverageDiagnosticsFileName = "coverage.diagnostics.json";
    public const string CoverageSummaryFileName = "coverage-summary.json";

    /// <summary>Under <c>obj/guardrails/</c> (BaseIntermediateOutputPath): when the last MTP-mode test run started.</summary>
    public const string TestRunStartFileName = "test-run.start";

    /// <summary>Under <c>obj/guardrails/</c>: the MTP mode's notice that coverage is checked by a follow-up command.</summary>
    public const string CoverageAnnounceDiagnosticsFileName = "coverage-announce.diagnostics.json";
}
