using System;
using NuGet.Versioning;

namespace Guardrails.Cli.Adoption;

/// <summary>What <c>guardrails init</c> is asked to do.</summary>
internal sealed class InitOptions
{
    public const string DefaultSchemaUrl = "https://github.com/guardrails-dotnet/guardrails/raw/main/schema/guardrails.schema.json";

    public const string DefaultBaselineFile = "guardrails.baseline.json";

    /// <param name="packageVersion">The Guardrails package version to reference (the tool's own version), e.g. "0.1.0".</param>
    public InitOptions(string packageVersion)
    {
        if (!NuGetVersion.TryParse(packageVersion, out var version))
        {
            throw new ArgumentException("'" + packageVersion + "' is not a NuGet package version.", nameof(packageVersion));
        }

        PackageVersion = version.ToNormalizedString();
    }

    /// <summary>The Guardrails version written into the package reference.</summary>
    public string PackageVersion { get; }

    /// <summary>Replace an existing guardrails.json (otherwise the plan refuses to apply).</summary>
    public bool Force { get; set; }

    /// <summary>The policy's "$schema".</summary>
    public string SchemaUrl { get; set; } = DefaultSchemaUrl;

    /// <summary>The policy's baseline.file, relative to the repository root.</summary>
    public string BaselineFile { get; set; } = DefaultBaselineFile;
}
