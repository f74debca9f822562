namespace Guardrails.Benchmarks.Dependencies;

/// <summary>
/// A project's package closure as restore resolves it: <see cref="DirectCount"/> direct references (Guardrails itself and
/// an SDK-added one among them) and a random but fixed DAG of transitive dependencies, every package reachable. Planted in
/// it, each one dependency below an ordinary package: three banned packages (by ID, version range and glob), ten packages
/// off the allow-list, and seven whose licence is not allowed or cannot be determined.
/// </summary>
internal static class PackageGraph
{
    public const int DirectCount = 40;

    public const string GuardrailsId = "Guardrails";

    public const string SdkAddedId = "Microsoft.NET.ILLink.Tasks";

    /// <summary>Allowed by the policy with its dependencies; kept without dependencies of its own so the planted findings stay findings.</summary>
    public const int Polly = 2;

    private static readonly string[] Prefixes =
    {
        "Microsoft.Extensions", "System", "Azure", "Serilog", "OpenTelemetry", "Grpc", "Contoso", "Microsoft.AspNetCore",
    };

    private const int ContosoPrefix = 6;

    private static readonly string[] Words =
    {
        "Logging", "Caching", "Configuration", "Http", "Json", "Hosting", "Options", "Primitives",
        "Storage", "Identity", "Messaging", "Diagnostics", "Security", "Resilience", "Metrics", "Tracing",
        "Sinks", "Formatting", "Compression", "Validation", "Serialization", "Buffers", "Channels", "Pipelines",
        "Authentication", "Authorization", "Routing", "Localization", "FileProviders", "Hashing", "Queues", "Search",
    };

    private static readonly Dictionary<int, (string Id, string Version)> PlantedPackages = new()
    {
        [250] = ("Newtonsoft.Json", "13.0.1"), // banned by ID; not on the allow-list
        [300] = ("log4net", "2.0.8"), // banned by version range; not on the allow-list
        [320] = ("Contoso.Legacy.Reports", "3.2.0"), // banned by glob; allowed (Contoso.*)
    };

    private static readonly Dictionary<int, PackageLicenseKind> PlantedLicenses = new()
    {
        [101] = PackageLicenseKind.Gpl,
        [203] = PackageLicenseKind.Gpl,
        [305] = PackageLicenseKind.Gpl,
        [111] = PackageLicenseKind.UnknownUrl,
        [223] = PackageLicenseKind.UnknownUrl,
        [133] = PackageLicenseKind.MissingNuspec,
        [244] = PackageLicenseKind.MissingNuspec,
    };

    /// <summary>Indexes of the packages off the allow-list that are not banned (Vendor.Tools.*).</summary>
    private static readonly IReadOnlyList<int> NotAllowed = Enumerable.Range(400, 10).ToList();

    /// <summary>What the audit must report: GR1001 banned, GR1002 off the allow-list (the ten and two banned ones), GR1003 licences.</summary>
    public static IReadOnlyDictionary<string, int> ExpectedPackageFindings { get; } = new Dictionary<string, int>
    {
        ["GR1001"] = PlantedPackages.Count,
        ["GR1002"] = NotAllowed.Count + 2,
        ["GR1003"] = PlantedLicenses.Count,
    };

    public static List<GeneratedPackage> Generate(int count)
    {
        var random = new Random(20261122);
        var packages = new List<GeneratedPackage>(count);
        for (var i = 0; i < count; i++)
        {
            packages.Add(Create(i, random));
        }

        bool IsPlanted(int i) => PlantedPackages.ContainsKey(i) || NotAllowed.Contains(i);
        bool IsOrdinary(int i) => i >= DirectCount && !IsPlanted(i);

        // Every transitive package gets a parent among the packages before it: never Guardrails, the SDK's package or
        // Polly and Polly.Core, whose closure the policy allows.
        for (var i = DirectCount; i < count; i++)
        {
            var parent = IsPlanted(i) ? i - 7 : random.Next(Math.Max(0, i - 80), i);
            while (parent <= Polly + 1 || IsPlanted(parent))
            {
                parent = parent > DirectCount ? parent - 1 : parent + 4;
            }

            packages[parent].Dependencies.Add(i);
        }

        // And a few more dependencies on ordinary packages after it, as real packages have (a DAG: no cycles).
        for (var i = Polly + 2; i < count; i++)
        {
            if (IsPlanted(i))
            {
                continue;
            }

            var extra = random.Next(0, 4);
            for (var k = 0; k < extra; k++)
            {
                var target = random.Next(i + 1, Math.Min(count, i + 120) + 1);
                if (target < count && IsOrdinary(target) && !packages[i].Dependencies.Contains(target))
                {
                    packages[i].Dependencies.Add(target);
                }
            }
        }

        packages[Polly].Dependencies.Add(Polly + 1);
        var duplicate = packages.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException("The generated closure lists '" + duplicate.Key + "' twice; restore resolves one version per package.");
        }

        return packages;
    }

    private static GeneratedPackage Create(int i, Random random)
    {
        switch (i)
        {
            case 0:
                return new GeneratedPackage(GuardrailsId, "0.1.0", PackageLicenseKind.Mit);
            case 1:
                return new GeneratedPackage(SdkAddedId, "8.0.8", PackageLicenseKind.Mit);
            case Polly:
                return new GeneratedPackage("Polly", "8.4.1", PackageLicenseKind.Mit);
            case Polly + 1:
                return new GeneratedPackage("Polly.Core", "8.4.1", PackageLicenseKind.Mit);
        }

        if (PlantedPackages.TryGetValue(i, out var planted))
        {
            return new GeneratedPackage(planted.Id, planted.Version, planted.Id.StartsWith("Contoso.", StringComparison.Ordinal) ? PackageLicenseKind.None : PackageLicenseKind.Mit);
        }

        var word = Words[(i / Prefixes.Length) % Words.Length] + (i / Prefixes.Length >= Words.Length ? ".Abstractions" : string.Empty);
        if (NotAllowed.Contains(i))
        {
            return new GeneratedPackage("Vendor.Tools." + Words[i % Words.Length], "2.1." + (i % 7), PackageLicenseKind.Mit);
        }

        var prefix = i % Prefixes.Length;
        var version = (1 + (i % 9)) + "." + (i % 5) + "." + (i % 3);
        if (PlantedLicenses.TryGetValue(i, out var license))
        {
            return new GeneratedPackage(Prefixes[prefix] + "." + word, version, license);
        }

        if (prefix == ContosoPrefix)
        {
            return new GeneratedPackage(Prefixes[prefix] + "." + word, version, PackageLicenseKind.None);
        }

        var roll = random.Next(100);
        var kind = roll switch
        {
            < 60 => PackageLicenseKind.Mit,
            < 80 => PackageLicenseKind.Apache,
            < 88 => PackageLicenseKind.MitOrApache,
            < 95 => PackageLicenseKind.LicenseUrlMit,
            _ => PackageLicenseKind.LicenseUrlApache,
        };
        return new GeneratedPackage(Prefixes[prefix] + "." + word, version, kind);
    }
}
