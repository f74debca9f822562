using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// The starting coverage thresholds: today's figures rounded down to a whole percent, and only when every test
/// project has a report to take them from. The check runs per test project at the end of its test run, so the
/// thresholds are the lowest figures of any test project; and coverage a test run does not produce is never
/// required (that would only ever report GR0002).
/// </summary>
internal sealed class CoverageProposal
{
    private CoverageProposal(int? line, int? branch, IReadOnlyList<ScannedProject> measured, IReadOnlyList<ScannedProject> unmeasured, string summary)
    {
        Line = line;
        Branch = branch;
        Measured = measured;
        Unmeasured = unmeasured;
        Summary = summary;
    }

    /// <summary>The line threshold to enable, or null.</summary>
    public int? Line { get; }

    /// <summary>The branch threshold to enable, or null.</summary>
    public int? Branch { get; }

    public bool IsEnabled => Line is not null || Branch is not null;

    /// <summary>Test projects with a usable report.</summary>
    public IReadOnlyList<ScannedProject> Measured { get; }

    /// <summary>Test projects without one (no report, or one that cannot be read).</summary>
    public IReadOnlyList<ScannedProject> Unmeasured { get; }

    /// <summary>The lowest line figure measured, rounded down, whether or not it is enabled (for the commented-out suggestion).</summary>
    public int? MeasuredLine => LowestLine(Measured);

    /// <summary>The lowest branch figure of the reports that have branches, rounded down.</summary>
    public int? MeasuredBranch => LowestBranch(Measured);

    /// <summary>One line for the plan's summary: what was decided and why.</summary>
    public string Summary { get; }

    public static CoverageProposal For(RepositoryScan scan)
    {
        var tests = scan.TestProjects.ToList();
        var measured = tests.Where(p => p.Coverage is { IsUsable: true }).ToList();
        var unmeasured = tests.Where(p => p.Coverage is not { IsUsable: true }).ToList();
        if (tests.Count == 0)
        {
            return new CoverageProposal(null, null, measured, unmeasured, "coverage: no test projects found, so no coverage thresholds; add them once there are tests to measure");
        }

        if (measured.Count == 0)
        {
            var broken = unmeasured.Where(p => p.Coverage is not null).ToList();
            return new CoverageProposal(null, null, measured, unmeasured,
                "coverage: no " + (broken.Count > 0 ? "usable " : string.Empty) + "reports found"
                + (broken.Count > 0 ? " (" + string.Join("; ", broken.Select(p => p.Coverage!.ReportPath + ": " + p.Coverage.Problem)) + ")" : string.Empty)
                + " — collect coverage (" + HowToCollect(tests) + ") and set coverage thresholds later" + CollectorHint(tests));
        }

        var figures = string.Join("; ", measured.Select(Describe));
        if (unmeasured.Count > 0)
        {
            return new CoverageProposal(null, null, measured, unmeasured,
                "coverage: not enabled — reports for " + string.Join(", ", measured.Select(p => p.Name)) + " (" + figures + ") but none usable for "
                + string.Join(", ", unmeasured.Select(p => p.Name)) + ", whose test runs would then fail with GR0002; the measured figures are in guardrails.json, commented out."
                + " Collect coverage for every test project (" + HowToCollect(unmeasured) + "), then enable them" + CollectorHint(unmeasured));
        }

        var line = LowestLine(measured) is int l && l > 0 ? l : (int?)null;
        var branch = LowestBranch(measured) is int b && b > 0 ? b : (int?)null;
        if (line is null && branch is null)
        {
            return new CoverageProposal(null, null, measured, unmeasured, "coverage: measured at 0% (" + figures + "), so no thresholds yet; write tests, then set them");
        }

        var set = string.Join(", ", new[] { line is null ? null : "line " + Percent(line.Value), branch is null ? null : "branch " + Percent(branch.Value) }.Where(s => s is not null));
        return new CoverageProposal(line, branch, measured, unmeasured,
            "coverage: thresholds " + set + " — " + (measured.Count == 1 ? "from the latest report" : "the lowest of the test projects' latest reports") + ", rounded down (" + figures
            + "); checked at the end of a test run that collects coverage (" + HowToCollect(measured) + ")");
    }

    private static int? LowestLine(IReadOnlyList<ScannedProject> measured) =>
        measured.Count == 0 ? (int?)null : measured.Min(p => CoverageMeasurement.WholePercentDown(p.Coverage!.Line));

    private static int? LowestBranch(IReadOnlyList<ScannedProject> measured)
    {
        var withBranches = measured.Where(p => !p.Coverage!.Branch.IsEmpty).ToList();
        return withBranches.Count == 0 ? (int?)null : withBranches.Min(p => CoverageMeasurement.WholePercentDown(p.Coverage!.Branch));
    }

    private static string Describe(ScannedProject project)
    {
        var coverage = project.Coverage!;
        return project.Name + ": " + coverage.Line.Percent() + " of lines" + (coverage.Branch.IsEmpty ? string.Empty : ", " + coverage.Branch.Percent() + " of branches") + " in " + coverage.ReportPath;
    }

    /// <summary>The command-line that makes these projects' test runs write Cobertura, per the collector each one uses.</summary>
    public static string HowToCollect(IEnumerable<ScannedProject> projects)
    {
        const string Collector = "dotnet test --collect \"XPlat Code Coverage\"";
        var list = projects.ToList();
        var msbuild = list.Where(UsesCoverletMSBuild).Select(p => p.Name).ToList();
        // coverlet.msbuild writes next to the project by default; TestResults/ is where the coverage check looks.
        var withMSBuild = "dotnet test /p:CollectCoverage=true /p:CoverletOutputFormat=cobertura /p:CoverletOutput=TestResults/";
        if (msbuild.Count == 0)
        {
            return Collector;
        }

        return msbuild.Count == list.Count
            ? withMSBuild + " (coverlet.msbuild)"
            : withMSBuild + " for " + string.Join(", ", msbuild) + " (coverlet.msbuild), " + Collector + " for the others";
    }

    private static bool UsesCoverletMSBuild(ScannedProject project) => PackagesOf(project).Any(id => string.Equals(id, ProjectFile.CoverletMSBuild, System.StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> PackagesOf(ScannedProject project) =>
        project.PackageReferences.Concat(project.Restored?.Packages.Select(r => r.Id) ?? Enumerable.Empty<string>());

    private static string CollectorHint(IEnumerable<ScannedProject> projects)
    {
        var without = projects.Where(p => !PackagesOf(p).Any(id => ProjectFile.CoverageCollectors.Contains(id, System.StringComparer.OrdinalIgnoreCase))).ToList();
        return without.Count == 0 ? string.Empty : " (" + string.Join(", ", without.Select(p => p.Name)) + " " + (without.Count == 1 ? "needs" : "need") + " a collector such as coverlet.collector or coverlet.msbuild first)";
    }

    private static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + "%";
}
