using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Guardrails.Checks.Baseline;
using Guardrails.Policy;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// Decides what <c>guardrails init</c> writes for a scanned repository: a starter guardrails.json (validated with
/// <see cref="PolicyLoader"/> before it is ever written), an empty baseline for <c>guardrails baseline</c> to fill,
/// and the package reference; with a summary line for every decision.
/// </summary>
/// <example>
/// <code>
/// var plan = InitPlanner.Plan(RepositoryScanner.Scan(root), new InitOptions("0.1.0") { Force = force });
/// foreach (var line in plan.Summary) Console.WriteLine(line);
/// var result = plan.Apply();   // result.Error says why nothing (or not everything) was written
/// </code>
/// </example>
internal static class InitPlanner
{
    private const int MaxNamesListed = 8;

    public static InitPlan Plan(RepositoryScan scan, InitOptions options)
    {
        if (scan is null)
        {
            throw new ArgumentNullException(nameof(scan));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var summary = new List<string> { DescribeProjects(scan) };
        var licenses = LicenseSelection.For(scan);
        summary.AddRange(DescribeLicenses(scan, licenses));
        var coverage = CoverageProposal.For(scan);
        summary.Add(coverage.Summary);
        var layering = LayeringProposal.For(scan);
        summary.Add(layering.Summary);

        var files = new List<PlannedFile>();
        var policyPath = Path.Combine(scan.Root, RepositoryScanner.PolicyFileName);
        var policyText = PolicyTemplate.Write(scan, options, licenses, coverage, layering);
        string? refusal = Validate(policyText, policyPath);
        var existingPolicy = ReadExisting(policyPath);
        if (existingPolicy is null)
        {
            files.Add(new PlannedFile(policyPath, RepositoryScanner.PolicyFileName, PlannedFileAction.Create, policyText, TextFile.EncodeNew(policyText), null, "the starter policy"));
            summary.Insert(0, "policy: writes " + RepositoryScanner.PolicyFileName);
        }
        else
        {
            var replaced = "the existing policy (" + DescribePolicy(existingPolicy) + ")";
            files.Add(new PlannedFile(policyPath, RepositoryScanner.PolicyFileName, PlannedFileAction.Replace, policyText, TextFile.EncodeNew(policyText), existingPolicy, "replaces " + replaced));
            if (options.Force)
            {
                summary.Insert(0, "policy: replaces " + RepositoryScanner.PolicyFileName + ", " + replaced + "; nothing of it is kept");
            }
            else
            {
                refusal ??= RepositoryScanner.PolicyFileName + " already exists (" + DescribePolicy(existingPolicy) + "); init does not overwrite it. Use --force to replace it.";
                summary.Insert(0, "policy: " + RepositoryScanner.PolicyFileName + " already exists and is not replaced without --force (" + DescribePolicy(existingPolicy) + ")");
            }
        }

        var baselinePath = Path.GetFullPath(Path.Combine(scan.Root, options.BaselineFile));
        var baselineRelative = RepositoryPaths.Relative(scan.Root, baselinePath);
        if (File.Exists(baselinePath))
        {
            summary.Add("baseline: " + baselineRelative + " exists and is kept; run guardrails baseline to refresh it");
        }
        else
        {
            var baselineText = new BaselineFile(Array.Empty<BaselineEntry>()).Serialize();
            files.Add(new PlannedFile(baselinePath, baselineRelative, PlannedFileAction.Create, baselineText, TextFile.EncodeNew(baselineText), null, "an empty baseline"));
            summary.Add("baseline: " + baselineRelative + " is created empty (baseline.file in the policy); run guardrails baseline to record today's findings, so that only new ones are reported");
        }

        var package = PackageSetupProposal.For(scan, options);
        files.AddRange(package.Files);

        summary.AddRange(package.Summary);
        summary.Add("ci profile: in CI builds GR0002, dependencies, coverage and testIntegrity findings are errors; locally everything is a warning (GR0001 is always an error)");
        if (scan.TreatsWarningsAsErrors.Count > 0)
        {
            // Severities stay what they are (no "everything is info" start): the baseline is what makes day one green.
            summary.Add("TreatWarningsAsErrors: on in " + Names(scan.TreatsWarningsAsErrors) + ", so every Guardrails warning fails those builds until today's findings are "
                + "recorded in the baseline — guardrails init --baseline (or guardrails baseline) before the next build");
        }

        summary.AddRange(DescribeOthers(scan));
        return new InitPlan(scan.Root, files, summary, refusal) { TreatsWarningsAsErrors = scan.TreatsWarningsAsErrors, Uncovered = package.Uncovered };
    }

    /// <summary>The policy must load without a single problem; if it did not, that is a bug in init, and nothing may be written.</summary>
    private static string? Validate(string policyText, string policyPath)
    {
        var problems = PolicyLoader.Parse(Encoding.UTF8.GetBytes(policyText), policyPath, PolicyLoader.CiProfile, profileIsExplicit: true).Problems;
        return problems.Count == 0
            ? null
            : "The generated policy does not validate, so nothing is written (please report this): " + string.Join("; ", problems.Select(p => p.ToString()));
    }

    private static byte[]? ReadExisting(string policyPath)
    {
        try
        {
            return File.Exists(policyPath) ? File.ReadAllBytes(policyPath) : null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return Array.Empty<byte>();
        }
    }

    /// <summary>"12 lines; sections rules, packages, coverage", from a lenient read of the existing policy.</summary>
    private static string DescribePolicy(byte[] content)
    {
        var problems = new List<PolicyProblem>();
        var root = content.Length == 0 ? null : PolicyJsonReader.Read(content, problems);
        var text = TextFile.FromBytes(content).Text;
        var lines = text.Count(c => c == '\n') + (text.Length > 0 && !text.EndsWith("\n", StringComparison.Ordinal) ? 1 : 0);
        var sections = root?.Kind == PolicyNodeKind.Object ? root.Properties.Select(p => p.Name).Where(n => n != "$schema").ToList() : new List<string>();
        return lines.ToString(CultureInfo.InvariantCulture) + " lines; "
            + (root is null ? "not a readable policy" : sections.Count == 0 ? "no sections" : "sections " + string.Join(", ", sections));
    }

    private static string DescribeProjects(RepositoryScan scan)
    {
        if (scan.Projects.Count == 0)
        {
            return "projects: none found (*.csproj outside bin, obj, node_modules and dot-folders); the policy applies once projects use the package";
        }

        var production = scan.ProductionProjects.ToList();
        var tests = scan.TestProjects.ToList();
        var samples = scan.SampleAndBenchmarkProjects.ToList();
        return "projects: " + scan.Projects.Count + " found — " + production.Count + " production (" + Names(production.Select(p => p.Name)) + "), "
            + tests.Count + " test" + (tests.Count == 0 ? string.Empty : " (" + Names(tests.Select(p => p.Name + ": " + p.TestProjectReason)) + ")")
            + (samples.Count == 0 ? string.Empty : ", " + samples.Count + " sample/benchmark (" + Names(samples.Select(p => p.Name + ": " + p.SampleOrBenchmarkReason))
                + "), neither production nor tests: no coverage is asked of them and they are not counted as production; the policy's rules apply to them as to any project");
    }

    private static IEnumerable<string> DescribeLicenses(RepositoryScan scan, LicenseSelection licenses)
    {
        var notRestored = scan.Projects.Where(p => p.Restored is null).ToList();
        if (!licenses.FromRestore)
        {
            yield return "licences: no project has been restored (no obj/project.assets.json), so packages.licenses.allowed starts with the common permissive licences ("
                + string.Join(", ", licenses.Allowed) + "); run dotnet restore and guardrails init again to allow exactly the licences in use";
            yield break;
        }

        yield return licenses.Found.Count == 0
            ? "licences found: none declared by the " + licenses.PackageCount + " restored packages"
            : "licences found: " + licenses.DescribeFound() + " — allowed as they are (packages.licenses.allowed: " + string.Join(", ", licenses.Allowed) + "), so the first build reports no licence findings";
        if (licenses.Unknown.Count > 0)
        {
            // Every one of them: each is a package someone has to check by hand, so "and 86 more" would hide the work.
            yield return "licences unknown for " + licenses.Unknown.Count + " package" + (licenses.Unknown.Count == 1 ? string.Empty : "s")
                + " — GR1003 warnings (packages.licenses.unknown) until checked by hand and listed in packages.licenses.ignore:";
            foreach (var package in licenses.Unknown)
            {
                yield return "  " + package + ": " + (package.NuspecFound ? (package.LicenseUrl is null ? "no licence declared" : "licence URL " + package.LicenseUrl) : "nuspec not found in the packages folder");
            }
        }

        if (licenses.Malformed.Count > 0)
        {
            yield return "licences that are not valid SPDX expressions: " + string.Join(", ", licenses.Malformed.Select(p => p + " ('" + p.License + "')"))
                + " — GR1003 reports them whatever is allowed; check them by hand and list them in packages.licenses.ignore";
        }

        if (notRestored.Count > 0)
        {
            yield return "packages: " + notRestored.Count + " of " + scan.Projects.Count + " projects not restored (" + Names(notRestored.Select(p => p.Name))
                + "), so their packages were not scanned; run dotnet restore and guardrails init again for the complete licence list";
        }
    }

    private static IEnumerable<string> DescribeOthers(RepositoryScan scan)
    {
        foreach (var file in scan.BannedSymbolFiles)
        {
            var givenIn = scan.FilesGivingAsAdditionalFile(file);
            yield return givenIn.Count > 0
                ? "banned APIs: " + file + " is given to the compiler as AdditionalFiles (" + Names(givenIn) + "), so GR1101 reads it already, as BannedApiAnalyzers does; apis.files does not list it again"
                : "banned APIs: " + file + " (BannedApiAnalyzers' format) is not given to any project as AdditionalFiles, so nothing reads it today; it is listed commented out in apis.files, uncomment it to enforce it";
        }

        foreach (var nested in scan.NestedPolicies)
        {
            yield return "note: " + nested + " exists and is the policy for the projects below it (a policy is found by walking up from each project), not the new one";
        }

        foreach (var problem in scan.Problems)
        {
            yield return "could not read: " + problem;
        }
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return string.Join(", ", list.Take(MaxNamesListed)) + (list.Count > MaxNamesListed ? " and " + (list.Count - MaxNamesListed) + " more" : string.Empty);
    }
}
