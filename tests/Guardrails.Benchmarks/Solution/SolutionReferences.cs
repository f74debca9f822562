using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// What the generated projects reference: the .NET 8 reference assemblies, Guardrails.Annotations (as the package's
/// lib/netstandard2.0 gives it), and for the tests the real xUnit 2.9.3 assemblies from their package folders (the
/// project references the packages without their assets and passes the folders in as assembly metadata).
/// </summary>
internal static class SolutionReferences
{
    public static ImmutableArray<MetadataReference> Application { get; } = Basic.Reference.Assemblies.Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ReviewedAttribute).Assembly.Location))
        .ToImmutableArray();

    public static ImmutableArray<MetadataReference> Xunit { get; } = ImmutableArray.Create<MetadataReference>(
        FromPackage("XunitAssertPath", "lib/net6.0/xunit.assert.dll"),
        FromPackage("XunitCorePath", "lib/netstandard1.1/xunit.core.dll"),
        FromPackage("XunitAbstractionsPath", "lib/netstandard2.0/xunit.abstractions.dll"));

    private static MetadataReference FromPackage(string key, string relativePath)
    {
        var folder = typeof(SolutionReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value;
        if (string.IsNullOrEmpty(folder))
        {
            throw new InvalidOperationException(key + " is empty: restore the benchmarks project.");
        }

        return MetadataReference.CreateFromFile(Path.Combine(folder, relativePath));
    }
}
