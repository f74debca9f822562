using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Guardrails.Options;
using Guardrails.Checks.Coverage;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// The starter guardrails.json: every section a team fills in, each with a comment that says what it checks and how
/// to change it. Lenient where existing code would otherwise fail (warnings locally, errors only in the ci profile),
/// exact where the scan knows the answer (licences, coverage, test-project layering), and commented-out examples
/// where only the team can decide (banned packages and APIs, layers, reviewers).
/// </summary>
internal static class PolicyTemplate
{
    public static string Write(RepositoryScan scan, InitOptions options, LicenseSelection licenses, CoverageProposal coverage, LayeringProposal layering)
    {
        var w = new JsoncWriter();
        w.Comment("Guardrails policy for this repository, written by `guardrails init` (Guardrails " + options.PackageVersion + ").");
        w.Comment("It starts lenient: findings in existing code are warnings, and the \"ci\" profile at the end makes the rules that matter errors in CI. "
            + "Record today's findings with `guardrails baseline` so that only new ones count, then tighten. "
            + "Every key is described by the schema and at https://github.com/guardrails-dotnet/guardrails#the-policy-file.");
        w.Open(null, '{');
        w.Property("$schema", JsoncWriter.String(options.SchemaUrl));
        w.Blank();
        Rules(w);
        w.Blank();
        Packages(w, scan, licenses);
        w.Blank();
        Apis(w, scan);
        w.Blank();
        Projects(w, layering);
        w.Blank();
        CoverageSection(w, coverage);
        w.Blank();
        Review(w);
        w.Blank();
        Tests(w);
        w.Blank();
        Baseline(w, options);
        w.Blank();
        Profiles(w);
        w.Close('}', last: true);
        return w.ToString();
    }

    private static void Rules(JsoncWriter w)
    {
        w.Comment("Severity per rule ID or per category (policy, dependencies, coverage, review, testIntegrity): none, silent, suggestion, info, warning "
            + "or error, or { \"severity\": \"error\", \"locked\": true } to forbid switching the rule off outside this file (GR4004). "
            + "A rule ID beats its category; .editorconfig and NoWarn/WarningsAsErrors beat both.");
        w.Open("rules", '{');
        w.Property("GR0001", "\"error\"", "a policy that cannot be read always fails the build");
        w.Property("GR0002", "\"warning\"", "an input a check needs is missing (an error in CI: see profiles)");
        w.Property("GR0003", "\"warning\"", "a baseline entry that no longer occurs: run `guardrails baseline` to shrink it");
        w.Property("dependencies", "\"warning\"");
        w.Property("coverage", "\"warning\"");
        w.Property("review", "\"warning\"");
        w.Property("GR3007", "\"suggestion\"", "the review-debt summary: information, not a finding");
        w.Property("testIntegrity", "\"warning\"");
        w.Close('}');
    }

    private static void Packages(JsoncWriter w, RepositoryScan scan, LicenseSelection licenses)
    {
        w.Comment("NuGet packages, direct and transitive, checked after restore (GR1001-GR1003).");
        w.Open("packages", '{');
        w.Comment("Packages that must not be used (GR1001): an ID or glob, optionally a version range and a reason.");
        w.Open("banned", '[');
        w.CommentedOut(JsoncWriter.Object(
            ("id", JsoncWriter.String("Newtonsoft.Json")),
            ("versions", JsoncWriter.String("< 13.0.1")),
            ("reason", JsoncWriter.String("CVE-2024-21907; use System.Text.Json"))) + ",");
        w.Close(']');
        var direct = DirectPackageGlobs(scan);
        if (direct.Count > 0)
        {
            w.Comment("An allow-list makes every new package a decision (GR1002); transitive packages must match too, or allow a package's dependencies "
                + "with { \"id\": ..., \"includeDependencies\": true }. What the projects reference directly today:");
            w.CommentedOutArray("allowed", direct);
        }

        if (licenses.FromRestore)
        {
            w.Comment("Licences (SPDX) allowed: those of the " + licenses.PackageCount.ToString(CultureInfo.InvariantCulture) + " packages restored today"
                + (licenses.Found.Count > 0 ? ", " + licenses.DescribeFound() : string.Empty) + ". A package with another licence is GR1003.");
        }
        else
        {
            w.Comment("Licences (SPDX) allowed. No project had been restored when this was written, so these are the common permissive ones: run "
                + "`dotnet restore` and `guardrails init` again to allow exactly the licences in use. A package with another licence is GR1003.");
        }

        w.Open("licenses", '{');
        w.Property("allowed", JsoncWriter.Array(licenses.Allowed));
        w.Comment("A licence that cannot be determined (a URL only): check the package by hand, then add it to \"ignore\".");
        w.Property("unknown", "\"warning\"");
        var unknown = licenses.Unknown.Concat(licenses.Malformed).ToList();
        if (unknown.Count > 0)
        {
            w.Comment("Today that is " + string.Join(", ", unknown.Select(p => p.Id + " " + p.Version)) + ":");
            w.CommentedOutArray("ignore", unknown.Select(p => p.Id).Distinct(StringComparer.OrdinalIgnoreCase));
        }

        w.Close('}');
        w.Close('}');
    }

    private static void Apis(JsoncWriter w, RepositoryScan scan)
    {
        w.Comment("Banned APIs (GR1101): documentation-comment IDs as in BannedSymbols.txt, with an optional reason after ';', or objects with "
            + "\"symbol\", \"reason\" and \"except\".");
        w.Open("apis", '{');
        w.Open("banned", '[');
        w.CommentedOut(JsoncWriter.String("T:System.Console;log through ILogger<T>") + ",");
        w.CommentedOut(JsoncWriter.Object(("symbol", JsoncWriter.String("P:System.DateTime.Now")), ("reason", JsoncWriter.String("use TimeProvider"))) + ",");
        w.Close(']');
        var given = scan.BannedSymbolFiles.Where(f => scan.FilesGivingAsAdditionalFile(f).Count > 0).ToList();
        var notGiven = scan.BannedSymbolFiles.Where(f => scan.FilesGivingAsAdditionalFile(f).Count == 0).ToList();
        if (given.Count > 0)
        {
            w.Comment("Read by GR1101 already, as AdditionalFiles of the projects (as BannedApiAnalyzers reads them): " + string.Join(", ", given) + ".");
        }

        if (notGiven.Count > 0)
        {
            w.Comment("BannedApiAnalyzers' lists found in this repository that no project gives to the compiler, so nothing reads them today; "
                + "Guardrails reads them as they are once listed here:");
            w.CommentedOutArray("files", notGiven);
        }

        w.Close('}');
    }

    private static void Projects(JsoncWriter w, LayeringProposal layering)
    {
        w.Comment("Project layering (GR1004) over the transitive project-reference closure: \"from\" and \"mustNotReference\" are project name "
            + "globs (*.Domain) or path globs (src/Core/**).");
        w.Open("projects", '[');
        if (layering.HasRule)
        {
            var rule = JsoncWriter.Object(
                ("from", JsoncWriter.String(layering.From!)),
                ("mustNotReference", JsoncWriter.Array(layering.TestGlobs)),
                ("reason", JsoncWriter.String(LayeringProposal.Reason))) + ",";
            if (layering.IsEnabled)
            {
                w.Line(rule);
            }
            else
            {
                w.Comment("Not enabled, because production code references a test project today (" + layering.DisabledBecause
                    + "). Remove the reference, then uncomment:");
                w.CommentedOut(rule);
            }
        }

        w.Comment("More layers, e.g.:");
        w.CommentedOut(JsoncWriter.Object(
            ("from", JsoncWriter.String("*.Domain")),
            ("mustNotReference", JsoncWriter.Array(new[] { "*.Infrastructure", "*.Web" })),
            ("reason", JsoncWriter.String("the domain stays pure"))) + ",");
        w.Close(']');
    }

    private static void CoverageSection(JsoncWriter w, CoverageProposal coverage)
    {
        if (coverage.IsEnabled)
        {
            w.Comment("Coverage thresholds in percent (GR2001-GR2003), checked per test project at the end of a test run that collects coverage ("
                + CoverageProposal.HowToCollect(coverage.Measured) + ") against that run's Cobertura reports. Set from today's figures, rounded down: "
                + string.Join("; ", coverage.Measured.Select(Figures)) + ".");
            w.Open("coverage", '{');
            if (coverage.Line is not null)
            {
                w.Property("line", coverage.Line.Value.ToString(CultureInfo.InvariantCulture));
            }

            if (coverage.Branch is not null)
            {
                w.Property("branch", coverage.Branch.Value.ToString(CultureInfo.InvariantCulture));
            }

            w.Comment("Later, e.g. per file or assembly, for changed lines against a git base, and a ratchet against falling coverage:");
            w.CommentedOut(JsoncWriter.Member("files", JsoncWriter.Object(("src/Payments/**", JsoncWriter.Object(("line", "90"))))));
            w.CommentedOut(JsoncWriter.Member("newCode", JsoncWriter.Object(("base", JsoncWriter.String("origin/main")), ("line", "80"))));
            w.CommentedOut(JsoncWriter.Member("ratchet", JsoncWriter.Object(("baseline", JsoncWriter.String("coverage-baseline.json")))));
            w.Close('}');
            return;
        }

        w.Comment("Coverage thresholds (GR2001-GR2003) are not set: " + NotSetBecause(coverage)
            + " Requiring coverage that the test runs do not produce would only ever report GR0002.");
        if (coverage.MeasuredLine is int line && line > 0)
        {
            var members = new List<(string, string)> { ("line", line.ToString(CultureInfo.InvariantCulture)) };
            if (coverage.MeasuredBranch is int branch && branch > 0)
            {
                members.Add(("branch", branch.ToString(CultureInfo.InvariantCulture)));
            }

            w.Comment("Once every test project collects coverage (today's lowest figures, rounded down):");
            w.CommentedOut(JsoncWriter.Member("coverage", JsoncWriter.Object(members.ToArray())));
        }
        else
        {
            w.Comment("Collect coverage (" + CoverageProposal.HowToCollect(coverage.Unmeasured) + "), then set thresholds from the figures, e.g.");
            w.CommentedOut(JsoncWriter.Member("coverage", JsoncWriter.Object(("line", "80"), ("branch", "70"))));
        }
    }

    private static string NotSetBecause(CoverageProposal coverage)
    {
        if (coverage.Measured.Count == 0 && coverage.Unmeasured.Count == 0)
        {
            return "there are no test projects.";
        }

        if (coverage.Measured.Count == 0)
        {
            return "no usable coverage report was found.";
        }

        if (coverage.Unmeasured.Count > 0)
        {
            return "there are reports for " + string.Join(", ", coverage.Measured.Select(p => p.Name)) + " but not for "
                + string.Join(", ", coverage.Unmeasured.Select(p => p.Name)) + ", whose test runs a threshold would fail.";
        }

        return "today's coverage is 0%.";
    }

    private static string Figures(ScannedProject project)
    {
        var coverage = project.Coverage!;
        return project.Name + " " + coverage.Line.Percent() + " of lines" + (coverage.Branch.IsEmpty ? string.Empty : ", " + coverage.Branch.Percent() + " of branches");
    }

    private static void Review(JsoncWriter w)
    {
        w.Comment("Human review of agent-written code (GR3001-GR3007): [AiGenerated] marks provenance, [Reviewed] records who reviewed exactly "
            + "which code (a fingerprint), [ReviewPending] asks for a review.");
        w.Open("review", '{');
        w.Comment("Code under these paths, or whose leading comment holds the marker, counts as AI-generated too:");
        w.CommentedOut(JsoncWriter.Member("aiGenerated", JsoncWriter.Object(("paths", JsoncWriter.Array(new[] { "src/Generated/**" })), ("headerMarker", JsoncWriter.String("generated-by-agent")))));
        w.Comment("Who may approve which area (GR3004):");
        w.CommentedOut(JsoncWriter.Member("reviewers", JsoncWriter.Object(("leads", JsoncWriter.Array(new[] { "alice", "bob" })))));
        w.CommentedOut(JsoncWriter.Member("areas", "[ " + JsoncWriter.Object(("namespaces", JsoncWriter.Array(new[] { "MyCompany.Payments.*" })), ("requires", JsoncWriter.Array(new[] { "leads" }))) + " ]"));
        w.Comment("Sensitive APIs (GR3002) need a review in production code; to ask for one in test projects too:");
        w.CommentedOut(JsoncWriter.Member("sensitiveApis", JsoncWriter.Object(("includeTests", "true"))));
        w.Property("slaDays", "5", "a pending review older than this is GR3005");
        w.Close('}');
    }

    private static void Tests(JsoncWriter w)
    {
        w.Comment("Test integrity (GR4001-GR4003): tests that assert nothing, skips without a tracking reference, unjustified suppressions.");
        w.Open("tests", '{');
        w.Comment("A skip reason must name its issue: #123, ABC-123 or a URL (the default, written out to edit).");
        w.Property(PolicyOptions.SkipReference.Name, JsoncWriter.String(PolicyOptions.DefaultSkipReference));
        w.Comment("The one way to exempt code from GR4001-GR4003, reviewed here:");
        w.CommentedOut(JsoncWriter.Member("exclude", JsoncWriter.Array(new[] { "tests/Legacy/**" })));
        w.Close('}');
    }

    private static void Baseline(JsoncWriter w, InitOptions options)
    {
        w.Comment("Known violations that are not reported, so the build starts clean and only new findings count; GR0003 says when an entry no "
            + "longer occurs. Write it with `guardrails baseline`, commit it, and run that again after fixing old findings.");
        w.Property("baseline", JsoncWriter.Object(("file", JsoncWriter.String(options.BaselineFile))));
    }

    private static void Profiles(JsoncWriter w)
    {
        w.Comment("Overrides for CI builds (the build process's environment says CI: CI=true, TF_BUILD, GITHUB_ACTIONS…): the rules that matter fail the "
            + "build there, while developers see warnings. Baselined findings stay quiet in both.");
        w.Open("profiles", '{');
        w.Open("ci", '{');
        w.Open("rules", '{');
        w.Property("GR0002", "\"error\"", "a check that cannot run is never a pass");
        w.Property("dependencies", "\"error\"", "banned packages, licences, layering, banned APIs");
        w.Property("coverage", "\"error\"");
        w.Property("testIntegrity", "\"error\"");
        w.Comment("Once the team works with review annotations:");
        w.CommentedOut(JsoncWriter.Member("review", "\"error\""));
        w.Close('}');
        w.Close('}');
        w.Close('}');
    }

    /// <summary>The packages referenced directly today, as allow-list entries: IDs, or "Prefix.*" ("xunit*") where several share a first segment.</summary>
    private static List<string> DirectPackageGlobs(RepositoryScan scan)
    {
        var ids = scan.Projects
            .SelectMany(p => p.Restored?.Packages.Where(r => r.IsDirect).Select(r => r.Id) ?? p.PackageReferences)
            .Where(id => !string.Equals(id, RepositoryScanner.GuardrailsPackageId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return ids
            .GroupBy(id => id.Split('.')[0], StringComparer.OrdinalIgnoreCase)
            .SelectMany(g => g.Count() == 1 ? g.ToArray() : new[] { g.Key + (g.Any(id => string.Equals(id, g.Key, StringComparison.OrdinalIgnoreCase)) ? "*" : ".*") })
            .OrderBy(g => g, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
