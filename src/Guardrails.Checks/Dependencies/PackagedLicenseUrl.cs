using System;
using System.IO;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// A licence URL that points at a licence file the package itself ships, so the file can be read instead of the
/// URL: nuget.org's page for the package's licence file (nuget.org/packages/ID/VERSION/license), or a URL whose last
/// segment names a licence file (LICENSE, LICENSE.txt, licence.md, COPYING…) that lies at the package's root.
/// Nothing is read unless the URL has that shape; then only the package folder's file names.
/// </summary>
internal static class PackagedLicenseUrl
{
    /// <summary>The licence file at the package root that <paramref name="url"/> points at, or null.</summary>
    public static string? FileNamedBy(string? url, string? id, string? version, string packageDirectory)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        if ((host == "nuget.org" || host == "www.nuget.org") && segments.Length == 4 && Is(segments[0], "packages") && Is(segments[3], "license"))
        {
            return Is(Uri.UnescapeDataString(segments[1]), id) && Is(Uri.UnescapeDataString(segments[2]), version) ? OnlyLicenseFileAtRoot(packageDirectory) : null;
        }

        var name = Uri.UnescapeDataString(segments[segments.Length - 1]);
        return IsLicenseFileName(name) ? FileAtRoot(packageDirectory, name) : null;
    }

    private static bool IsLicenseFileName(string name) =>
        name.StartsWith("license", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("licence", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("copying", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file at the package root named <paramref name="name"/> (in any case), or null.</summary>
    private static string? FileAtRoot(string packageDirectory, string name)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(packageDirectory))
            {
                var candidate = Path.GetFileName(file);
                if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase))
                {
                    return candidate;
                }
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            return null;
        }

        return null;
    }

    /// <summary>The one licence file at the package root; null when there is none or more than one.</summary>
    private static string? OnlyLicenseFileAtRoot(string packageDirectory)
    {
        string? found = null;
        try
        {
            foreach (var file in Directory.EnumerateFiles(packageDirectory))
            {
                var candidate = Path.GetFileName(file);
                if (IsLicenseFileName(candidate))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = candidate;
                }
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException)
        {
            return null;
        }

        return found;
    }

    private static bool Is(string segment, string? expected) => string.Equals(segment, expected, StringComparison.OrdinalIgnoreCase);
}
