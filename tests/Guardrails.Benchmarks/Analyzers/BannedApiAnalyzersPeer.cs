using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.Analyzers;

/// <summary>
/// BannedApiAnalyzers' C# analyzer (RS0030), loaded from its NuGet package folder (the project references the package
/// without its assets and passes the folder in as assembly metadata). 5.6.0 is built against Microsoft.CodeAnalysis 4.12,
/// so it runs on the 4.14 compiler the benchmarks use.
/// </summary>
internal static class BannedApiAnalyzersPeer
{
    public static DiagnosticAnalyzer Create()
    {
        var root = typeof(BannedApiAnalyzersPeer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BannedApiAnalyzersPath").Value
            ?? throw new InvalidOperationException("BannedApiAnalyzersPath is empty: restore Microsoft.CodeAnalysis.BannedApiAnalyzers.");
        var folder = Path.Combine(root, "analyzers", "dotnet", "cs");
        Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.BannedApiAnalyzers.dll"));
        var assembly = Assembly.LoadFrom(Path.Combine(folder, "Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.dll"));
        var type = assembly.GetType("Microsoft.CodeAnalysis.CSharp.BannedApiAnalyzers.CSharpSymbolIsBannedAnalyzer", throwOnError: true)!;
        return (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
    }
}

/// <summary>A BannedSymbols.txt handed to both analyzers as an additional file.</summary>
internal sealed class BannedApiListFile : AdditionalText
{
    /// <summary>
    /// 30 entries of the kinds a real list has: types, members (overloads spelled out), namespaces, generic members. The
    /// legacy files use a dozen of them (a few hundred violations); other entries name overloads of methods the whole
    /// corpus calls thousands of times (Math.Round, string.Join, Enumerable.Distinct, StringComparer), so both analyzers
    /// have to resolve and compare them on every such call without reporting anything: the cost of matching, not of
    /// reporting (the driver's own handling of each reported diagnostic costs the same whoever reports it).
    /// </summary>
    public const string Entries = """
        // Contoso banned APIs
        T:System.Console;use ILogger<T>
        P:System.DateTime.Now;use TimeProvider
        P:System.DateTime.UtcNow;use TimeProvider
        P:System.DateTimeOffset.Now;use TimeProvider
        M:System.Threading.Thread.Sleep(System.Int32);use await Task.Delay
        T:System.Random;use RandomNumberGenerator
        M:System.IO.File.ReadAllText(System.String);use IFileStore
        M:System.IO.File.WriteAllText(System.String,System.String);use IFileStore
        M:System.IO.File.Delete(System.String)
        T:System.Collections.ArrayList;use List<T>
        T:System.Collections.Hashtable;use Dictionary<TKey, TValue>
        M:System.GC.Collect
        M:System.Environment.Exit(System.Int32)
        T:System.Diagnostics.Process
        T:System.Net.WebClient;use HttpClient
        N:System.Net.Mail
        N:System.Runtime.Serialization.Formatters.Binary
        T:System.Xml.Serialization.XmlSerializer
        M:System.Reflection.Assembly.LoadFrom(System.String)
        M:System.Activator.CreateInstance(System.Type)
        M:System.Threading.Tasks.Task.Wait
        P:System.Threading.Tasks.Task`1.Result;use await
        T:System.Threading.Timer
        M:System.Math.Round(System.Double);use MoneyRounding
        M:System.String.Join(System.Char,System.String[])
        M:System.Linq.Enumerable.Distinct``1(System.Collections.Generic.IEnumerable{``0},System.Collections.Generic.IEqualityComparer{``0})
        P:System.StringComparer.OrdinalIgnoreCase
        T:System.Text.StringBuilder
        M:System.Object.ReferenceEquals(System.Object,System.Object)
        T:System.Data.DataSet
        """;

    private readonly SourceText _text = SourceText.From(Entries);

    public override string Path => "/repo/BannedSymbols.txt";

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
