using Microsoft.CodeAnalysis.Testing;

namespace Guardrails.Analyzers.Tests.Verifiers;

/// <summary>The reference assemblies every test compiles against.</summary>
internal static class TestReferenceAssemblies
{
    /// <summary>
    /// .NET 8, the oldest SDK the analyzers support. <c>ReferenceAssemblies.Net.Net80</c> asks for
    /// Microsoft.NETCore.App.Ref 8.0.0, which the package feed here does not serve; any 8.0 servicing release has the same API.
    /// </summary>
    public static ReferenceAssemblies Net80 { get; } = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.33"),
        Path.Combine("ref", "net8.0"));
}
