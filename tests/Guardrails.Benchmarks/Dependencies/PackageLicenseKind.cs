namespace Guardrails.Benchmarks.Dependencies;

/// <summary>How a generated package's nuspec declares its licence (the shapes found on nuget.org).</summary>
internal enum PackageLicenseKind
{
    /// <summary><c>&lt;license type="expression"&gt;MIT&lt;/license&gt;</c>.</summary>
    Mit,

    /// <summary><c>&lt;license type="expression"&gt;Apache-2.0&lt;/license&gt;</c>.</summary>
    Apache,

    /// <summary><c>&lt;license type="expression"&gt;MIT OR Apache-2.0&lt;/license&gt;</c>.</summary>
    MitOrApache,

    /// <summary>Only the old <c>&lt;licenseUrl&gt;https://licenses.nuget.org/MIT&lt;/licenseUrl&gt;</c>.</summary>
    LicenseUrlMit,

    /// <summary>Only the old <c>&lt;licenseUrl&gt;</c> with a well-known Apache URL.</summary>
    LicenseUrlApache,

    /// <summary>An expression the policy does not allow (GR1003).</summary>
    Gpl,

    /// <summary>A licence URL nobody can map to an SPDX identifier (GR1003, unknown).</summary>
    UnknownUrl,

    /// <summary>No licence element at all (internal packages; the policy ignores them).</summary>
    None,

    /// <summary>No nuspec in the packages folder (GR1003, unknown).</summary>
    MissingNuspec,
}
