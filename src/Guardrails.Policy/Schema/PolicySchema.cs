using Guardrails.Options;
using Guardrails.Rules;

namespace Guardrails.Policy.Schema;

/// <summary>The shape of guardrails.json. Section names are the product contract; the rest is documented in the README.</summary>
internal static class PolicySchema
{
    public const string SchemaFileName = "guardrails.schema.json";

    public static readonly ObjectSchema Root = BuildRoot();

    private static ObjectSchema BuildRoot()
    {
        var sections = Sections();
        var profile = new ObjectSchema("Overrides applied on top of the rest of the policy when this profile is active. 'ci' is chosen automatically in CI builds.", sections);
        var all = new SchemaProperty[sections.Length + 2];
        all[0] = new SchemaProperty("$schema", new StringSchema("The JSON schema of this file, for editor completion."));
        sections.CopyTo(all, 1);
        all[all.Length - 1] = new SchemaProperty("profiles", new ObjectSchema("Named sets of overrides. 'ci' applies in CI builds, told by the build process's environment (CI=true, TF_BUILD, GITHUB_ACTIONS, GITLAB_CI…), not by project properties; -p:GuardrailsProfile picks one explicitly (in CI only on the command line).")
        {
            AdditionalProperties = profile,
            AdditionalKeys = KeyKind.Name,
        });
        return new ObjectSchema("Guardrails policy: the guardrails this repository's build enforces.", all);
    }

    private static SchemaProperty[] Sections() => new[]
    {
        new SchemaProperty("rules", Rules()),
        new SchemaProperty("packages", Packages()),
        new SchemaProperty("apis", Apis()),
        new SchemaProperty("projects", Projects()),
        new SchemaProperty("coverage", Coverage()),
        new SchemaProperty("review", Review()),
        new SchemaProperty("tests", Tests()),
        new SchemaProperty("baseline", Baseline()),
    };

    private static ObjectSchema Rules() => new ObjectSchema("Severity per rule ID (GR2004) or category (" + CategoryKeys() + "). A rule ID beats its category.")
    {
        AdditionalProperties = new UnionSchema(
            "A severity, or an object with the severity and whether the setting is locked.",
            Severity("The rule's severity."),
            new ObjectSchema(
                "A rule setting.",
                new SchemaProperty("severity", Severity("The rule's severity."), required: true),
                new SchemaProperty("locked", new BooleanSchema("When true, the rule may not be switched off or downgraded outside this policy (NoWarn, .editorconfig): GR4004.")))),
        AdditionalKeys = KeyKind.RuleOrCategory,
    };

    private static ObjectSchema Packages() => new ObjectSchema(
        "NuGet package rules, checked over direct and transitive packages after restore.",
        new SchemaProperty("banned", new ArraySchema("Packages that must not be used (GR1001).", PackageRule("A banned package."))),
        new SchemaProperty("allowed", new ArraySchema("When present, every package must match one of these (GR1002).", PackageRule("An allowed package."))),
        new SchemaProperty("includePlatform", new BooleanSchema("When true, the allow-list (GR1002) and licence rules (GR1003) also judge the .NET platform's packages: NETStandard.Library, Microsoft.NETCore.Platforms/Targets, reference-assembly packs, what the SDK references implicitly, and what comes in only through them (default false). Bans (GR1001) always apply.")),
        new SchemaProperty("licenses", new ObjectSchema(
            "Licence rules (GR1003).",
            new SchemaProperty("allowed", new ArraySchema("Allowed SPDX licence identifiers, e.g. MIT, Apache-2.0.", new StringSchema("An SPDX licence identifier."))),
            new SchemaProperty("unknown", Severity("What to do with a package whose licence cannot be determined (licenseUrl only, or none)."), required: false),
            new SchemaProperty("ignore", new ArraySchema("Package IDs or globs whose licence is not checked.", new StringSchema("A package ID or glob.", StringFormat.Glob))))));

    private static UnionSchema PackageRule(string description) => new UnionSchema(
        description,
        new StringSchema("A package ID or glob, e.g. Newtonsoft.Json or Contoso.*.", StringFormat.Glob),
        new ObjectSchema(
            description,
            new SchemaProperty("id", new StringSchema("A package ID or glob, e.g. Contoso.*.", StringFormat.Glob), required: true),
            new SchemaProperty("versions", new StringSchema("A NuGet version range, e.g. [1.0,2.0) or (,13.0.1).", StringFormat.VersionRange)),
            new SchemaProperty("reason", new StringSchema("Why; shown in the diagnostic.")),
            new SchemaProperty("severity", Severity("Overrides the rule's severity for this entry.")),
            new SchemaProperty("includeDependencies", new BooleanSchema("For allow-list entries: whether the packages this one pulls in are allowed too (default false)."))));

    private static ObjectSchema Apis() => new ObjectSchema(
        "Banned APIs (GR1101), compatible with BannedApiAnalyzers' BannedSymbols.txt.",
        new SchemaProperty("banned", new ArraySchema("Banned symbols.", new UnionSchema(
            "A documentation-comment ID (T:System.Console, M:System.IO.File.Delete(System.String), N:System.Net), or an object.",
            new StringSchema("A documentation-comment ID, optionally followed by ';message'.", StringFormat.SymbolId),
            new ObjectSchema(
                "A banned symbol.",
                new SchemaProperty("symbol", new StringSchema("A documentation-comment ID.", StringFormat.SymbolId), required: true),
                new SchemaProperty("reason", new StringSchema("Why; shown in the diagnostic.")),
                new SchemaProperty("severity", Severity("Overrides the rule's severity for this entry.")),
                new SchemaProperty("except", new ArraySchema("Members or types inside the banned symbol that stay allowed.", new StringSchema("A documentation-comment ID.", StringFormat.SymbolId))))))),
        new SchemaProperty("files", new ArraySchema("BannedSymbols.txt files to read as they are, relative to this policy file.", new StringSchema("A path.", StringFormat.Path))));

    private static ArraySchema Projects() => new ArraySchema(
        "Project layering rules (GR1004), checked over the transitive project-reference closure.",
        new ObjectSchema(
            "A layering rule.",
            new SchemaProperty("from", new StringSchema("Project name glob (e.g. *.Domain) or path glob (e.g. src/Core/**).", StringFormat.Glob), required: true),
            new SchemaProperty("mustNotReference", new ArraySchema("Project name or path globs the project must not reference, directly or transitively.", new StringSchema("A glob.", StringFormat.Glob)), required: true),
            new SchemaProperty("reason", new StringSchema("Why; shown in the diagnostic.")),
            new SchemaProperty("severity", Severity("Overrides the rule's severity for this entry."))));

    private static ObjectSchema Coverage()
    {
        var thresholds = new SchemaProperty[]
        {
            new SchemaProperty("line", Percent("Minimum line coverage, in percent.")),
            new SchemaProperty("branch", Percent("Minimum branch coverage, in percent.")),
            new SchemaProperty("method", Percent("Minimum method coverage, in percent.")),
        };
        var scoped = new ObjectSchema("Thresholds for this scope.", thresholds);
        return new ObjectSchema(
            "Coverage thresholds (GR2001-GR2003), read from the Cobertura reports of the current test run.",
            thresholds[0],
            thresholds[1],
            thresholds[2],
            new SchemaProperty("assemblies", new ObjectSchema("Thresholds per assembly name glob. Per metric, the last matching entry that sets it wins: put specific globs after general ones.") { AdditionalProperties = scoped, AdditionalKeys = KeyKind.Glob }),
            new SchemaProperty("files", new ObjectSchema("Thresholds per source path glob relative to this policy file, e.g. \"src/Payments/**\". Per metric, the last matching entry that sets it wins: put specific globs after general ones.") { AdditionalProperties = scoped, AdditionalKeys = KeyKind.Glob }),
            new SchemaProperty("exclude", new ArraySchema("Source path globs left out of every coverage figure.", new StringSchema("A glob.", StringFormat.Glob))),
            new SchemaProperty("reports", new ArraySchema("Cobertura report globs, when not the ones the test run just wrote.", new StringSchema("A glob.", StringFormat.Glob))),
            new SchemaProperty("treatNoDataAsFailure", new BooleanSchema("When true (the default), a test run with no coverage data is GR0002, not a pass.")),
            new SchemaProperty("newCode", new ObjectSchema(
                "Coverage of changed lines against a git base (GR2002).",
                new SchemaProperty("base", new StringSchema("The git revision to compare with (default origin/main); changed lines are measured from its merge base with HEAD, uncommitted changes included.")),
                new SchemaProperty("line", Percent("Minimum line coverage of changed lines, in percent.")),
                new SchemaProperty("branch", Percent("Minimum branch coverage of changed lines, in percent.")),
                new SchemaProperty("minLines", new NumberSchema("Fewer changed coverable lines than this: not checked.", 0, 1000000, integer: true)))),
            new SchemaProperty("ratchet", new ObjectSchema(
                "Coverage must not fall below the recorded figures (GR2003).",
                new SchemaProperty("enabled", new BooleanSchema("Whether the ratchet is on (default true when this section is present).")),
                new SchemaProperty("baseline", new StringSchema("The baseline file with the recorded figures, relative to this policy file (default coverage-baseline.json). Write it with dotnet test -p:GuardrailsUpdateCoverageBaseline=true.", StringFormat.Path)),
                new SchemaProperty("file", new StringSchema("Same as baseline (baseline wins when both are set).", StringFormat.Path)),
                new SchemaProperty("tolerance", new NumberSchema("How many percentage points coverage may fall before GR2003 (default 0).", 0, 100)))));
    }

    private static ObjectSchema Review() => new ObjectSchema(
        "Review annotations (GR3001-GR3005).",
        new SchemaProperty("aiGenerated", new ObjectSchema(
            "Where code counts as AI-generated besides [AiGenerated].",
            new SchemaProperty("paths", new ArraySchema("Source path globs.", new StringSchema("A glob.", StringFormat.Glob))),
            new SchemaProperty("headerMarker", new StringSchema("Text in a file's leading comment that marks the file as AI-generated.")))),
        new SchemaProperty("sensitiveApis", new ObjectSchema(
            "Changes to the built-in list of sensitive APIs (GR3002).",
            new SchemaProperty("add", new ArraySchema("Documentation-comment IDs to treat as sensitive.", new StringSchema("A documentation-comment ID.", StringFormat.SymbolId))),
            new SchemaProperty("remove", new ArraySchema("Documentation-comment IDs to drop from the built-in list.", new StringSchema("A documentation-comment ID.", StringFormat.SymbolId))),
            new SchemaProperty("includeTests", new BooleanSchema("When true, test projects are checked too; by default (false) GR3002 checks production code only. A test project is one that MSBuild marks as one (IsTestProject), that references a test framework and that declares tests.")))),
        new SchemaProperty("reviewers", new ObjectSchema("Reviewer groups: group name to the people in it.")
        {
            AdditionalProperties = new ArraySchema("The reviewers in this group.", new StringSchema("A reviewer's name.")),
            AdditionalKeys = KeyKind.Name,
        }),
        new SchemaProperty("areas", new ArraySchema("Areas whose reviews need a reviewer from a given group (GR3004).", new ObjectSchema(
            "An area.",
            new SchemaProperty("namespaces", new ArraySchema("Namespace globs, e.g. MyCompany.Payments.*.", new StringSchema("A namespace glob.", StringFormat.Glob))),
            new SchemaProperty("paths", new ArraySchema("Source path globs.", new StringSchema("A glob.", StringFormat.Glob))),
            new SchemaProperty("requires", new ArraySchema("Reviewer groups, one of which must approve.", new StringSchema("A reviewer group.")), required: true)))),
        new SchemaProperty("slaDays", new NumberSchema("How many days a review may stay pending before GR3005.", 0, 3650, integer: true)));

    private static ObjectSchema Tests() => new ObjectSchema(
        "Test integrity (GR4001-GR4003).",
        new SchemaProperty(PolicyOptions.SkipReference.Name, new StringSchema("A regular expression a skip reason must match to count as tracked (default: an issue number like #123, ABC-123, or a URL).", StringFormat.Regex)),
        new SchemaProperty(PolicyOptions.AssertionMethods.Name, new ArraySchema("Extra assertion methods, as documentation-comment IDs or Type.Method.", new StringSchema("A method: Namespace.Type.Method, or a documentation-comment ID (M:...)."))),
        new SchemaProperty(PolicyOptions.AssertionAttributes.Name, new ArraySchema("Attributes that mark a method as an assertion helper.", new StringSchema("An attribute's full type name."))),
        new SchemaProperty("exclude", new ArraySchema(
            "Source path globs, relative to this policy file, where GR4001-GR4003 do not apply. The only way to exempt code: generated-code markers are not.",
            new StringSchema("A glob, e.g. tests/Legacy/**.", StringFormat.Glob))));

    private static ObjectSchema Baseline() => new ObjectSchema(
        "Known violations that are not reported, so an existing codebase can adopt Guardrails.",
        new SchemaProperty("file", new StringSchema("The baseline file, relative to this policy file.", StringFormat.Path)));

    private static StringSchema Severity(string description) => new StringSchema(description, StringFormat.Severity, RuleSeverityNames.Accepted);

    private static NumberSchema Percent(string description) => new NumberSchema(description, 0, 100);

    private static string CategoryKeys()
    {
        var keys = new string[RuleCategory.All.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = RuleCategory.All[i].Key;
        }

        return string.Join(", ", keys);
    }
}
