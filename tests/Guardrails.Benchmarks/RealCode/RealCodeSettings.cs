using System.Globalization;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// What the real-code benchmarks measure, from environment variables (BenchmarkDotNet starts each benchmark process with
/// the host's environment, so they reach every process):
/// <list type="bullet">
/// <item><c>GUARDRAILS_BENCH_REPO</c>: a checkout (a scratch copy: the benchmark builds it and writes under
/// <c>.guardrails-bench/</c> in it).</item>
/// <item><c>GUARDRAILS_BENCH_PROJECT</c>: the project file(s) to measure, relative to the checkout, separated by <c>;</c>
/// (the repository's figures are sums over them).</item>
/// <item><c>GUARDRAILS_BENCH_FRAMEWORK</c>: the target framework, for multi-targeting projects (optional).</item>
/// <item><c>GUARDRAILS_BENCH_MAX_ERRORS</c>: compiler errors tolerated per project before the set-up fails (default 0).</item>
/// <item><c>GUARDRAILS_BENCH_ANALYZERS</c>: restricts the cases to these names, separated by <c>,</c> (optional).</item>
/// <item><c>GUARDRAILS_BENCH_DOCUMENT</c>: the file the IDE benchmark edits, relative to the checkout (default: the
/// project's largest source file).</item>
/// </list>
/// </summary>
internal sealed record RealCodeSettings(string Repository, IReadOnlyList<string> Projects, string? Framework, int MaxErrors, IReadOnlySet<string>? Cases, string? Document)
{
    public const string RepositoryVariable = "GUARDRAILS_BENCH_REPO";
    public const string ProjectVariable = "GUARDRAILS_BENCH_PROJECT";

    /// <summary>Whether the real-code benchmarks were asked for; without a checkout they list no case at all.</summary>
    public static bool Configured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(RepositoryVariable));

    public static RealCodeSettings FromEnvironment()
    {
        var repository = Environment.GetEnvironmentVariable(RepositoryVariable);
        var projects = Environment.GetEnvironmentVariable(ProjectVariable);
        if (string.IsNullOrWhiteSpace(repository) || !Directory.Exists(repository))
        {
            throw new InvalidOperationException(RepositoryVariable + " must name a checkout (a scratch copy), not '" + repository + "'.");
        }

        if (string.IsNullOrWhiteSpace(projects))
        {
            throw new InvalidOperationException(ProjectVariable + " must name the project file(s) to measure, relative to the checkout, separated by ';'.");
        }

        var root = Path.GetFullPath(repository);
        var projectPaths = projects.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Path.GetFullPath(Path.Combine(root, p)))
            .ToList();
        foreach (var project in projectPaths.Where(p => !File.Exists(p)))
        {
            throw new InvalidOperationException("No project file " + project + ".");
        }

        var maxErrors = Environment.GetEnvironmentVariable("GUARDRAILS_BENCH_MAX_ERRORS");
        var cases = Environment.GetEnvironmentVariable("GUARDRAILS_BENCH_ANALYZERS");
        var document = Environment.GetEnvironmentVariable("GUARDRAILS_BENCH_DOCUMENT");
        return new RealCodeSettings(
            root,
            projectPaths,
            NullIfEmpty(Environment.GetEnvironmentVariable("GUARDRAILS_BENCH_FRAMEWORK")),
            string.IsNullOrWhiteSpace(maxErrors) ? 0 : int.Parse(maxErrors, CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(cases) ? null : cases.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal),
            string.IsNullOrWhiteSpace(document) ? null : Path.GetFullPath(Path.Combine(root, document)));
    }

    /// <summary>Where the benchmark keeps what it derives from the checkout: captured command lines, the verification stamp.</summary>
    public string WorkFolder => Path.Combine(Repository, ".guardrails-bench");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
