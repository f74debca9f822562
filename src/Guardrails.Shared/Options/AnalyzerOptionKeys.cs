namespace Guardrails.Options;

/// <summary>
/// The keys under which the policy task hands policy values to the analyzers, in the generated global analyzer config
/// (obj/.../guardrails/policy.globalconfig). Written by Guardrails.Policy, read by Guardrails.Analyzers. The options
/// moved to one declaration each (key, default, encoding) are in <see cref="PolicyOptions"/>: the <c>tests</c> section.
/// </summary>
internal static class AnalyzerOptionKeys
{
    /// <summary>Separates the items of a list value (documentation IDs and type names never contain it).</summary>
    public const char ListSeparator = '|';

    public const string PolicyFile = "guardrails.policy_file";
    public const string Profile = "guardrails.profile";

    /// <summary>
    /// The repository root (the git work tree holding the policy, else the policy's folder): the baseline keys files
    /// relative to it, and findings in files outside it (the NuGet cache, the SDK) are not the repository's to report.
    /// </summary>
    public const string RepositoryRoot = "guardrails.repository_root";

    /// <summary>apis.files, resolved to full paths: read as banned-symbol files whatever their names (GR1101).</summary>
    public const string ApiFiles = "guardrails.apis.files";

    /// <summary>
    /// The policy's severity for GR1101. It is handed to the analyzer instead of written as
    /// <c>dotnet_diagnostic.GR1101.severity</c>, which Roslyn would apply over every entry's own severity.
    /// </summary>
    public const string BannedApiSeverity = "guardrails.apis.severity";

    /// <summary>
    /// Per file (a section of the generated global config): "true" when review.aiGenerated.paths marks the file as
    /// AI-generated (GR3001).
    /// </summary>
    public const string AiGeneratedFile = "guardrails.review.ai_generated";

    /// <summary>review.aiGenerated.headerMarker: text in a file's leading comment that marks the file as AI-generated.</summary>
    public const string AiGeneratedHeaderMarker = "guardrails.review.header_marker";

    /// <summary>
    /// Set by the developer, not the policy (<c>.editorconfig</c> or a <c>.globalconfig</c>): who the "Mark as reviewed"
    /// code fix writes into <c>[Reviewed]</c>. Without it the fix is not offered.
    /// </summary>
    public const string Reviewer = "guardrails.reviewer";

    /// <summary>
    /// review.reviewers (GR3004): <c>group=person|person,group=person</c>, every name escaped with
    /// <see cref="System.Uri.EscapeDataString"/> so that names may contain any character.
    /// </summary>
    public const string ReviewReviewers = "guardrails.review.reviewers";

    /// <summary>
    /// review.areas (GR3004), one entry an area in policy order, separated by ',':
    /// <c>namespace-glob|namespace-glob=group|group</c>, every part escaped like <see cref="ReviewReviewers"/>. An area's
    /// path globs are matched by the policy task: see <see cref="ReviewAreaFile"/>.
    /// </summary>
    public const string ReviewAreas = "guardrails.review.areas";

    /// <summary>Per file (a section of the generated global config): the indexes (0-based, '|'-separated) of the review.areas whose paths match the file.</summary>
    public const string ReviewAreaFile = "guardrails.review.file_areas";

    /// <summary>review.sensitiveApis.add (GR3002): documentation-comment IDs (optionally <c>;category</c>) that are sensitive besides the built-in catalogue.</summary>
    public const string SensitiveApisAdd = "guardrails.review.sensitive_apis.add";

    /// <summary>review.sensitiveApis.remove (GR3002): documentation-comment IDs taken out of the built-in catalogue.</summary>
    public const string SensitiveApisRemove = "guardrails.review.sensitive_apis.remove";

    /// <summary>
    /// review.sensitiveApis.includeTests (GR3002): "true" checks test projects too; without it GR3002 checks production
    /// code only.
    /// </summary>
    public const string SensitiveApisIncludeTests = "guardrails.review.sensitive_apis.include_tests";

    /// <summary>review.slaDays: how many days a review may stay pending (GR3005).</summary>
    public const string ReviewSlaDays = "guardrails.review.sla_days";

    /// <summary>
    /// The build's date (yyyy-MM-dd), set by the policy task when review.slaDays is: analyzers compare dates with it
    /// instead of reading the clock, so a compilation's result depends only on its inputs.
    /// </summary>
    public const string Today = "guardrails.today";
}
