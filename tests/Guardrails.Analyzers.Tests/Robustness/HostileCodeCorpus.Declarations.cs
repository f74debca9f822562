namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Partial declarations across files, top-level statements, records, primary constructors, file-local types, generated files.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> Partials()
    {
        yield return File("Partials/Order.Part1.cs", """
            namespace Corpus.Partials
            {
                [Guardrails.AiGenerated("copilot", Date = "2020-01-01")]
                public partial class Order
                {
                    [Guardrails.Reviewed("alice", "2024-01-01", Fingerprint = "000000000000")]
                    public partial void Validate();

                    public partial int Total { get; set; }

                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                    partial void OnChanged();

                    [Xunit.Fact]
                    public partial void Test();

                    [System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR4001")]
                    public partial string Name { get; }

                    public partial event System.EventHandler Changed;

                    public partial Order(int id);

                    [Guardrails.ReviewPending("2020-01-01")]
                    public partial class Nested { public partial void Inner(); }

                    partial int NotImplemented();
                }

                public partial interface IOrder { void Ship(); }
                public partial struct Mismatch { }
                public partial class DifferentBases : System.Exception { }
            }
            """, aiGenerated: true, reviewAreas: "0|1");
        yield return File("Partials/Order.Part2.cs", """
            namespace Corpus.Partials
            {
                [Guardrails.Reviewed("bob", "2024-03-01", Fingerprint = "abcdefabcdef")]
                public partial class Order : System.IDisposable
                {
                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = "")]
                    public partial void Validate() { System.Diagnostics.Process.Start("validate"); }

                    private int _total;
                    public partial int Total { get => _total; [Guardrails.Reviewed("carol", "2024-01-01")] set => _total = value; }

                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                    partial void OnChanged() { }

                    public partial void Test() { System.IO.File.Delete("order"); }

                    public partial string Name { get => field ??= "order"; }

                    public partial event System.EventHandler Changed { add { } remove { } }

                    public partial Order(int id) { _total = id; }

                    public void Dispose() { }

                    public partial class Nested { [Xunit.Fact] public partial void Inner() { } }
                }

                public partial class Order { public void ThirdPart() => System.Environment.SetEnvironmentVariable("A", "B"); }
                public partial interface IOrder { void Track(); }
                public partial record Mismatch { }
                public partial class DifferentBases : System.ArgumentException { }
            }
            """);
        yield return File("Partials/Order.Part3.cs", """
            namespace Corpus.Partials
            {
                partial class Order
                {
                    [Guardrails.Reviewed("dave", "2024-01-01")]
                    public partial void Validate() { }
                }

                public partial class Orphan { partial void NeverDeclared() { } }
            }
            """, aiGenerated: true);
    }

    private static IEnumerable<CorpusFile> TopLevelStatements()
    {
        yield return File("Program.cs", """
            using System.Diagnostics;
            using System.Diagnostics.CodeAnalysis;
            using Guardrails;

            #pragma warning disable GR3002
            Process.Start("top-level, suppressed");
            #pragma warning restore GR3002
            Process.Start("top-level");
            var info = new ProcessStartInfo("cmd");
            unsafe { int* p = stackalloc int[4]; p[0] = 1; }

            [Reviewed("alice", "2024-01-01")] void ReviewedLocal() => Process.Start("reviewed local function");
            [ExcludeFromCodeCoverage] static void ExcludedLocal() { }
            [method: ExcludeFromCodeCoverage(Justification = "")] static void ExcludedWithTarget() { }
            [SuppressMessage("Guardrails", "GR3002")] void SuppressedLocal() { Process.Start("x"); }
            [AiGenerated(Date = "2020-01-01")] void AiLocal() { }

            var reviewedLambda = [Reviewed("bob", "2024-01-01")] () => Process.Start("lambda");
            var excludedLambda = [ExcludeFromCodeCoverage] [return: Reviewed("a", "b")] (int x) => x;
            var suppressedLambda = [SuppressMessage("Guardrails", "GR4001")] () => { };
            var unreviewedLambda = () => Process.Start("unreviewed lambda");
            var staticLambda = static ([Reviewed("a", "2024-01-01")] string s) => s;
            System.Func<int, int> nested = x => ((System.Func<int, int>)([ExcludeFromCodeCoverage] y => y))(x);

            ReviewedLocal();
            ExcludedLocal();
            await System.Threading.Tasks.Task.Yield();

            [Xunit.Fact] void TestAsLocalFunction() { }
            [Xunit.Fact(Skip = "no reason")] void SkippedLocalTest() { }

            return args.Length;

            namespace Corpus.TopLevel
            {
                [ExcludeFromCodeCoverage] class AfterStatements { }
            }
            """);
    }

    private static IEnumerable<CorpusFile> ModernTypes()
    {
        yield return File("Modern/Records.cs", """
            using Pair = (int Left, string Right);
            using unsafe Pointer = int*;
            using Guardrails;
            using System.Diagnostics.CodeAnalysis;

            namespace Corpus.Modern;

            public record Person(string Name, [property: Reviewed("alice", "2024-01-01")] int Age)
            {
                [AiGenerated] public string Describe() => $"{Name} {Age}";
            }

            public record struct Point([field: ExcludeFromCodeCoverage] int X, [param: Reviewed("a", "2024-01-01")] int Y);
            public readonly record struct Money(decimal Amount)
            {
                public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);
                public static implicit operator decimal(Money m) => m.Amount;
            }
            public sealed record class Derived(string Name, int Age, string Extra) : Person(Name, Age);
            public abstract record Shape { public abstract double Area { get; } }
            [AiGenerated(Date = "2020-01-01")] public record Circle(double R) : Shape { public override double Area => System.Math.PI * R * R; }
            [ExcludeFromCodeCoverage] public record Excluded(int A) { [ExcludeFromCodeCoverage] public int B { get; init; } }
            [AiGenerated] public record AiRecord(int A, int B);
            public record Empty;
            public record struct EmptyStruct;

            public class Service([Reviewed("a", "2024-01-01")] string connection, System.IServiceProvider? provider)
            {
                public string Connection => connection;
                void Run() => System.Diagnostics.Process.Start(connection);
                public System.IServiceProvider? Provider { get; } = provider;
            }

            public struct Vector(double x, double y) { public double Length => System.Math.Sqrt(x * x + y * y); }
            [ExcludeFromCodeCoverage] public class ExcludedPrimary(int value) { public int Value => value; }
            [AiGenerated(Date = "2021-01-01")] public class AiPrimary(int value) { public int Twice() => value * 2; }
            public class PrimaryCallingBase(int value) : Service(value.ToString(), null);

            file class FileLocal
            {
                [Xunit.Fact] public void Test() { }
                void Sensitive() => System.IO.Directory.Delete("x", true);
            }
            file record FileRecord(int A);
            file record struct FileRecordStruct(int A);
            file struct FileStruct { [ExcludeFromCodeCoverage] public int F; }
            file interface IFileLocal { void M(); }
            file enum FileEnum { A, [Reviewed("a", "2024-01-01")] B, [AiGenerated] C }
            file delegate void FileDelegate();
            file static class FileExtensions { public static void Ext(this string s) => System.IO.File.Delete(s); }
            [AiGenerated] file class AiFileLocal { public void M() { } }

            public interface IStaticAbstract<TSelf> where TSelf : IStaticAbstract<TSelf>
            {
                static abstract TSelf Create();
                static virtual int Count => 0;
                [ExcludeFromCodeCoverage] void Default() => System.Diagnostics.Process.Start("default interface method");
            }

            public ref struct RefStruct { public ref int Field; public System.Span<int> Span; }
            public class Required { public required string Name { get; init; } public int Field { get => field; set => field = value; } }
            public static class Extensions
            {
                extension(string s)
                {
                    public int Twice => s.Length * 2;
                    [AiGenerated] public void Run() => System.Diagnostics.Process.Start(s);
                }
            }
            public class Collections { int[] a = [1, 2, .. new[] { 3 }]; System.Collections.Generic.List<int> l = []; Pair p = (1, "a"); }
            public class NullConditionalAssignment { public NullConditionalAssignment? Next; public int Value; void M() { Next?.Value = 1; } }
            public class Patterns { bool M(object o) => o is int[] [1, .., var last] && last > 0 || o is string { Length: > 3 and < 10 } s; }
            public class Unbound { string M() => nameof(System.Collections.Generic.List<>); }
            public class Generic<[Reviewed("a", "2024-01-01")] T> where T : allows ref struct { }
            public class Lock { private readonly System.Threading.Lock _gate = new(); void M() { lock (_gate) { } } }
            public class Params { void M(params System.ReadOnlySpan<int> values) { } }
            public class InlineArrayUser { [System.Runtime.CompilerServices.InlineArray(4)] struct Buffer { int _e; } }
            """, aiGenerated: false, reviewAreas: "1");
    }

    private static IEnumerable<CorpusFile> GeneratedFiles()
    {
        const string AssemblyInfo = """
            // <auto-generated/>
            [assembly: System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            [assembly: System.Reflection.AssemblyMetadata("a", "b")]
            namespace Corpus.Generated
            {
                [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                internal static class AutoGeneratedProgram { static void Entry() => System.Diagnostics.Process.Start("x"); }
            }
            """;
        yield return File("obj/Debug/net8.0/Corpus.AssemblyInfo.cs", AssemblyInfo);
        yield return File("obj/Debug/net8.0/TestPlatformEntryPoint.cs", """
            //------------------------------------------------------------------------------
            // <autogenerated>
            //     This code was generated by a tool.
            // </autogenerated>
            //------------------------------------------------------------------------------
            #pragma warning disable
            [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            internal sealed class TestingPlatformEntryPoint
            {
                [Xunit.Fact] public void GeneratedTest() { }
                [System.Runtime.InteropServices.DllImport("native")] static extern int Native();
            }
            """);
        yield return File("Corpus.Generators/Corpus.Generators.RegexGenerator/RegexGenerator.g.cs", """
            // <auto-generated/>
            #nullable enable
            #pragma warning disable
            namespace Corpus.Generated
            {
                partial class Patterns
                {
                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                    [System.Runtime.InteropServices.DllImport("kernel32")] private static extern int GetTickCount();
                    unsafe void Native(byte* p) { System.Diagnostics.Process.Start("generated"); }
                    [Xunit.Fact] public void GeneratedTest() { }
                }
            }
            """);
        yield return File("Generated/Client.g.cs", """
            // <auto-generated>
            //   Checked in: analysed as usual.
            // </auto-generated>
            namespace Corpus.Generated
            {
                [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public partial class Client
                {
                    [Xunit.Fact] public void GeneratedLookingTest() { }
                    public void Call() => System.Diagnostics.Process.Start("client");
                }
            }
            """);
        yield return File("Generated/Form1.Designer.cs", """
            namespace Corpus.Generated
            {
                partial class Form1
                {
                    #region Windows Form Designer generated code
                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                    private void InitializeComponent() { }
                    #endregion
                }
            }
            """);
        yield return File("Generated/Assistant.cs", """
            // AI-GENERATED #copilot: review before merging
            /* and a second comment */
            namespace Corpus.Generated
            {
                public class Assistant
                {
                    public int Answer() => 42;
                    public void Delete(string path) => System.IO.File.Delete(path);
                    [Guardrails.Reviewed("alice", "2024-01-01")] public void Reviewed() { }
                }
            }
            """);
        yield return File("Generated/AssistantDoc.cs", """
            /// AI-GENERATED #copilot in a documentation comment
            namespace Corpus.Generated { public class AssistantDoc { public void M() { } } }
            """);
        yield return new CorpusFile("obj/relative.g.cs", "// <auto-generated/>\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] class RelativeGenerated { }");
        yield return new CorpusFile(@"C:\repo\src\Corpus\obj\Release\net8.0\Windows.AssemblyInfo.cs", "// <auto-generated/>\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] class WindowsGenerated { }");
        yield return new CorpusFile("/RootGenerator.g.cs", "// <auto-generated/>\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] class AtTheRoot { }");
    }
}
