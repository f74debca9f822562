namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Sensitive APIs, unsafe code, P/Invoke, and the review annotations in odd places.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> SensitiveCode()
    {
        yield return File("Security/Sensitive.cs", """
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Reflection;
            using System.Runtime.InteropServices;
            using System.Security.Cryptography;
            using Guardrails;

            namespace Corpus.Security
            {
                public unsafe class Native
                {
                    [DllImport("kernel32", SetLastError = true)] static extern int GetTickCount();
                    [DllImport("libc", EntryPoint = "getpid")] [Reviewed("alice", "2024-01-01")] static extern int GetPid();
                    [LibraryImport("native")] private static partial int Generated();
                    delegate* unmanaged<int, void> _callback;
                    fixed int _buffer[4];
                    int* _pointer;
                    public unsafe int this[int i] => _pointer[i];
                    public static unsafe implicit operator int*(Native n) => n._pointer;
                    unsafe Native() { int* p = stackalloc int[2]; fixed (int* q = new int[1]) { } }
                    unsafe ~Native() { }
                    public unsafe event EventHandler Raised;
                    unsafe struct Inner { public fixed byte Data[8]; }
                    void LocalUnsafe() { unsafe void Local() { } Local(); unsafe { } }
                    [Reviewed("bob", "2024-01-01")] unsafe void ReviewedUnsafe() { unsafe { } }
                }

                public static class Calls
                {
                    public static void Start()
                    {
                        Process.Start("a");
                        Process.Start("a", "b");
                        Process.Start(new ProcessStartInfo("c") { UseShellExecute = true });
                        var started = Process.Start;
                        Func<string, Process?> group = Process.Start;
                        _ = nameof(Process.Start);
                        File.Delete("x");
                        Directory.Delete("x", recursive: true);
                        new FileInfo("y").Delete();
                        Environment.SetEnvironmentVariable("A", "B");
                        Assembly.Load("x");
                        Assembly.LoadFrom("x");
                        AppDomain.CurrentDomain.Load("x");
                        using var aes = Aes.Create();
                        using var md5 = MD5.Create();
                        using var sha1 = SHA1.Create();
                        using var rsa = RSA.Create();
                        using var hmac = new HMACSHA256();
                        _ = new Rfc2898DeriveBytes("p", 8);
                        Marshal.AllocHGlobal(8);
                        NativeLibrary.Load("x");
                        Activator.CreateInstance(Type.GetType("X")!);
                        System.Data.IDbCommand? command = null;
                        command!.CommandText = "select 1";
                        _ = command.CommandText;
                        Console.WriteLine("policy adds this one");
                        Corpus.Payments.Ledger.Post(1);
                        new Corpus.Crypto.HomeMadeCipher().Encrypt();
                        _ = new Random();
                        _ = Guid.NewGuid();
                    }

                    public static Process Field = Process.Start("field initializer")!;
                    public static Process Property => Process.Start("expression-bodied property")!;
                    public static Process Accessor { [Reviewed("carol", "2024-01-01")] get { return Process.Start("reviewed getter")!; } set { Process.Start("setter"); } }
                    [Reviewed("alice", "2024-01-01")] public static void Reviewed() => Process.Start("reviewed");
                    [return: Reviewed("alice", "2024-01-01")] public static Process ReturnTarget() => Process.Start("return target is no review")!;
                    [assembly: Reviewed("alice", "2024-01-01")] public static void MisplacedAssemblyTarget() => Process.Start("x");
                    public static void InLambdas()
                    {
                        Action reviewed = [Reviewed("a", "2024-01-01")] () => Process.Start("reviewed lambda");
                        Action unreviewed = () => Process.Start("lambda");
                        Func<Func<Process?>> nested = () => () => Process.Start("nested");
                        [Reviewed("a", "2024-01-01")] void Local() { Process.Start("reviewed local"); }
                        void Unreviewed() { Process.Start("local"); }
                    }
                }

                [Reviewed("alice", "2024-01-01")]
                public class ReviewedType { public void M() => Process.Start("reviewed by its type"); class Nested { void N() => File.Delete("x"); } }

                [Other.Reviewed] public class LookalikeReview { public void M() => Process.Start("a lookalike annotation reviews nothing"); }
                [Corpus.Guardrails.Reviewed] public class NestedNamespaceLookalike { public void M() => Process.Start("x"); }
            }

            namespace Corpus.Payments { public static class Ledger { public static void Post(int amount) { } public static void PostAll() { } } }
            namespace Corpus.Crypto { public class HomeMadeCipher { public void Encrypt() { } } }
            namespace Other { public sealed class ReviewedAttribute : System.Attribute { } }
            namespace Corpus.Guardrails { public sealed class ReviewedAttribute : System.Attribute { } }
            """, reviewAreas: "0|1|2|3|4|99|-1|x|");
    }

    private static IEnumerable<CorpusFile> AnnotationsInOddPlaces()
    {
        yield return File("Review/OddPlaces.cs", """
            [assembly: Guardrails.Reviewed("alice", "2024-01-01")]
            [module: Guardrails.AiGenerated]
            [assembly: Guardrails.ReviewPending("2020-01-01")]
            [assembly: System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            [module: System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = "")]

            namespace Corpus.Review
            {
                using System;
                using Guardrails;
                using R = Guardrails.ReviewedAttribute;
                using global::Guardrails;

                [AiGenerated("agent", Date = "2020-01-01")]
                public class OddPlaces<[Reviewed("a", "2024-01-01")] T>
                {
                    public int Accessors
                    {
                        [Reviewed("alice", "2024-01-01")] get => 1;
                        [AiGenerated] [ReviewPending("2020-01-01")] set { }
                    }

                    public event EventHandler Event
                    {
                        [Reviewed("alice", "2024-01-01")] add { }
                        [ReviewPending("2020-01-01")] remove { }
                    }

                    [field: Reviewed("alice", "2024-01-01")] public int AutoProperty { get; set; }
                    [method: Reviewed("alice", "2024-01-01")] [return: AiGenerated] public int Targets() => 1;
                    [type: Reviewed("alice", "2024-01-01")] public int WrongTarget;
                    public void Parameters([Reviewed("alice", "2024-01-01")] int a, [AiGenerated] [ReviewPending("2020-01-01")] int b) { }
                    [return: Reviewed("alice", "2024-01-01")] public int ReturnValue() => 0;

                    public void Functions()
                    {
                        [Reviewed("alice", "2024-01-01")] [AiGenerated(Date = "2020-01-01")] int Local() => 1;
                        [ReviewPending("2020-01-01")] static void StaticLocal() { }
                        Func<int> lambda = [Reviewed("alice", "2024-01-01")] [ReviewPending("bad")] () => 1;
                        Action<int> withParameter = ([Reviewed("a", "b")] x) => { };
                        Local();
                    }

                    [R("alice", "2024-01-01", Fingerprint = "000000000000")] public void Aliased() { }
                    [global::Guardrails.ReviewedAttribute("alice", "2024-01-01")] public void GlobalQualified() { }
                    [Guardrails.Reviewed("alice", "2024-01-01")] public OddPlaces() { }
                    [Reviewed("alice", "2024-01-01")] static OddPlaces() { }
                    [Reviewed("alice", "2024-01-01")] ~OddPlaces() { }
                    [Reviewed("alice", "2024-01-01")] public static OddPlaces<T> operator +(OddPlaces<T> a, OddPlaces<T> b) => a;
                    [Reviewed("alice", "2024-01-01")] public static explicit operator int(OddPlaces<T> a) => 0;
                    [Reviewed("alice", "2024-01-01")] public int this[int index] => index;
                    [Reviewed("alice", "2024-01-01")] public event EventHandler FieldLikeEvent, SecondEvent;
                    [Reviewed("alice", "2024-01-01")] public int FieldA, FieldB;
                    [AiGenerated] public const int Constant = 1;
                    [AiGenerated(Date = "2020-01-01")] public int AiField, AiField2;
                    [AiGenerated] public extern void Extern();
                    public void Generic<[AiGenerated] TInner>() { }
                }

                [Reviewed("alice", "2024-01-01")] public delegate void ReviewedDelegate([Reviewed("a", "b")] int x);
                [AiGenerated] public delegate int AiDelegate();
                [AiGenerated] public enum AiEnum { A, [Reviewed("bob", "2024-01-01")] B, [ReviewPending("2020-01-01")] C }
                [AiGenerated] public interface IAi { void Default() { } int Property { get; } static void Static() { } }
                [AiGenerated] public struct AiStruct : IAi { int IAi.Property => 0; void IAi.Default() { } }

                public class Explicit : IDisposable
                {
                    [AiGenerated] [Reviewed("alice", "2024-01-01", Fingerprint = "000000000000")] void IDisposable.Dispose() { }
                }

                [AiGenerated(Date = "2020-01-01")]
                public partial class Outer
                {
                    [Reviewed("carol", "2024-01-01")] public class Inner { public void M() { } [AiGenerated] public class Deeper { public void N() { } } }
                    [ReviewPending("2020-01-01")] public void Pending() { }
                    [ReviewPending("2024-05-30")] public void RecentlyPending() { }
                    [ReviewPending("1900-01-01", Reviewer = "alice")] public void AncientlyPending() { }
                    [ReviewPending("9999-12-31")] public void FuturePending() { }
                }

                [AiGenerated(Date = "2020-01-01")] [AiGenerated(Date = "2021-01-01")] public partial class TwiceGenerated { public void M() { } }
                [AiGenerated(Date = "2022-13-01")] public partial class TwiceGenerated { public void N() { } }
            }

            namespace Corpus.Payments.Billing
            {
                [Guardrails.Reviewed("mallory", "2024-01-01")] public class PaidByWrongReviewer { }
                [Guardrails.Reviewed("CAROL", "2024-01-01")] public class CaseInsensitiveReviewer { }
                [Guardrails.Reviewed("Dave O'Neil", "2024-01-01")] public class EscapedName { }
                [Guardrails.Reviewed("", "2024-01-01")] public class EmptyReviewer { }
                public class Members { [Guardrails.Reviewed("mallory", "2024-01-01")] void LocalHost() { [Guardrails.Reviewed("mallory", "2024-01-01")] void Local() { } } }
            }

            namespace Corpus.Security { [Guardrails.Reviewed("alice", "2024-01-01")] public class InSecurityArea { } }
            namespace Corpus.Locked { [Guardrails.Reviewed("alice", "2024-01-01")] public class NobodyMayReview { } }
            """, aiGenerated: true, reviewAreas: "0|1|2|3");
    }
}
