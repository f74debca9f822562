using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>
/// BannedApiAnalyzers' C# analyzer (RS0030, RS0031), loaded from its NuGet package folder: the project references the
/// package without its assets, so it does not run on this code, and passes the folder in as assembly metadata.
/// Version 5.6.0 is compiled against Microsoft.CodeAnalysis 4.12, so it loads under the 4.14 compiler the tests use.
/// </summary>
internal static class BannedApiAnalyzersPeer
{
    public const string AnalyzerTypeName = "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer";

    public static string PackageFolder =>
        typeof(BannedApiAnalyzersPeer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BannedApiAnalyzersPath").Value
        ?? throw new InvalidOperationException("The BannedApiAnalyzersPath assembly metadata is empty: restore Microsoft.CodeAnalysis.BannedApiAnalyzers.");

    public static DiagnosticAnalyzer Create()
    {
        var folder = Path.Combine(PackageFolder, "analyzers", "dotnet", "cs");
        Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.BannedApiAnalyzers.dll"));
        var assembly = Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"));
        var type = assembly.GetType(AnalyzerTypeName, throwOnError: true)!;
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}
