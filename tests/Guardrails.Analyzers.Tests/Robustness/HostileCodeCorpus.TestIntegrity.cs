namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Tests that assert, assert nothing, are skipped, or switch Guardrails rules off, written in odd ways.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> Tests()
    {
        yield return File("Tests/OddTests.cs", """
            using System;
            using System.Threading.Tasks;
            using Corpus.Tests;
            using FluentAssertions;
            using Moq;
            using NSubstitute;
            using Shouldly;
            using Xunit;
            using NUnitTest = NUnit.Framework.TestAttribute;
            using MS = Microsoft.VisualStudio.TestTools.UnitTesting;

            namespace Corpus.Tests.Odd
            {
                public class XunitTests
                {
                    [Fact] public void NoAssertion() { var x = 1 + 1; }
                    [Fact] public void Tautology() { Assert.True(true); Assert.Equal(1, 1); Assert.NotNull(new object()); }
                    [Fact] public void Asserts() => Assert.Equal(2, 1 + 1);
                    [Fact] public void Throws() => throw new InvalidOperationException();
                    [Fact] public async Task AsyncNoAssertion() => await Task.Delay(1);
                    [Fact] public async Task AsyncAsserts() => await Assert.ThrowsAsync<Exception>(() => Task.CompletedTask);
                    [Fact] public void Swallowed() { try { Assert.True(false); } catch { } }
                    [Fact] public void SwallowedByBase() { try { Assert.True(false); } catch (Exception) { } finally { } }
                    [Fact] public void RethrowingCatch() { try { Assert.True(false); } catch (Exception) { throw; } }
                    [Fact] public void FilteredCatch() { try { Assert.True(false); } catch (Exception e) when (e is not Xunit.Sdk.XunitException) { } }
                    [Fact] public void UnresolvedCall() { Missing.Assert(); }
                    [Fact] public void Dynamic() { dynamic d = new object(); d.Verify(); }
                    [Fact] public void LambdaNeverRun() { Action a = () => Assert.True(false); }
                    [Fact] public void LambdaRunViaLocal() { Action a = () => Assert.True(false); a(); }
                    [Fact] public void LambdaRunViaConditionalAccess() { Action? a = () => Assert.True(false); a?.Invoke(); }
                    [Fact] public void LambdaPassed() => Assert.All(new[] { 1 }, x => Assert.True(x > 0));
                    [Fact] public void LocalFunctionCalled() { void Check() => Assert.True(false); Check(); }
                    [Fact] public void LocalFunctionNotCalled() { void Check() => Assert.True(false); }
                    [Fact] public void Recursive() { Helper1(0); }
                    [Fact] public void DeepHelper() { Level1(); }
                    [Fact] public void VirtualHelper() { Hook(); }
                    [Fact] public void PolicyMethod() { Expect.Valid((object)1); Check.That(true); }
                    [Fact] public void PolicyAttribute() { Guard.Holds(true); Guard.Also(true); }
                    [Fact] public void DoesNotReturn() { Guard.IsTrue(true); }
                    [Fact] public void Fluent() { 1.Should().Be(1); }
                    [Fact] public void Shouldly() { 1.ShouldBe(1); }
                    [Fact] public void Mocks() { var m = new Mock<IDisposable>(); m.VerifyAll(); Substitute.For<IDisposable>().Received().Dispose(); }
                    [Fact] public Task Snapshot() => VerifyXunit.Verifier.Verify(1);
                    [Fact] public void PropertyTest() { new CsCheck.Gen<int>().Sample(x => x > 0); }
                    [Fact] public void MethodGroupPassed() { Assert.All(new[] { 1 }, AssertPositive); }
                    [Fact] public void Nameof() { _ = nameof(Assert.True); }
                    [Fact] public int NotVoid() => 1;
                    [Fact] public static void Static() { }
                    [Fact] public void Generic<T>() { }
                    [Fact] public extern void Extern();
                    [Fact] public abstract void NotAbstractClass();
                    [Fact, Fact] public void TwiceFact() { }
                    [Theory, InlineData(1), InlineData(Skip = "no reason")] public void Row(int x) { }
                    [Theory, MemberData("Rows", Skip = "JIRA-1234")] public void TrackedRow(int x) { }
                    [Fact(Skip = "flaky")] public void SkippedWithoutReference() { }
                    [Fact(Skip = "see #123")] public void SkippedWithReference() { }
                    [Fact(Skip = "ABC-123 is not the policy's pattern")] public void SkippedWithDefaultPatternOnly() { }
                    [Fact(Skip = "flaky", SkipUnless = nameof(Enabled))] public void ConditionalSkip() { }
                    [Fact(Explicit = true)] public void ExplicitTest() { }
                    [Fact(Skip = "")] public void EmptySkipRuns() { }
                    [Fact(Skip = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")] public void BacktrackingBait() { }
                    [Fact] public void Property { get; }
                    public static bool Enabled => true;
                    public Action Lambda = [Fact] () => { };

                    void AssertPositive(int x) => Assert.True(x > 0);
                    void Helper1(int n) { if (n < 10) Helper2(n + 1); }
                    void Helper2(int n) { Helper1(n); }
                    void Level1() => Level2();
                    void Level2() => Level3();
                    void Level3() => Level4();
                    void Level4() => Assert.True(false);
                    protected virtual void Hook() { }
                }

                public class DerivedXunitTests : XunitTests
                {
                    protected override void Hook() => Assert.True(false);
                    public new void NoAssertion() { }
                }

                public abstract class AbstractTests
                {
                    [Fact] public void Inherited() => Check();
                    protected abstract void Check();
                    [Fact] public abstract void AbstractTest();
                }

                public sealed class ConcreteTests : AbstractTests
                {
                    protected override void Check() { }
                    public override void AbstractTest() { }
                }

                public class Generic<T> { [Fact] public void InGeneric() { } }
                public record RecordTests { [Fact] public void InRecord() { } }
                public struct StructTests { [Fact] public void InStruct() { } }
                public static class StaticTests { [Fact] public static void InStatic() { } }
                file class FileLocalTests { [Fact] public void InFileClass() { } }

                [NUnit.Framework.TestFixture(Ignore = "no reason")]
                public class NUnitTests
                {
                    [NUnitTest] public void NoAssertion() { }
                    [NUnitTest] public void Asserts() => NUnit.Framework.Assert.That(1, NUnit.Framework.Is.EqualTo(1));
                    [NUnitTest] public void TautologyThat() => NUnit.Framework.Assert.That(true);
                    [NUnit.Framework.TestCase(1, Ignore = "flaky")] [NUnit.Framework.TestCase(2, IgnoreReason = "#42")] public void Cases(int x) { }
                    [NUnit.Framework.TestCase(3, Explicit = true, Reason = "slow")] public void ExplicitCase(int x) { }
                    [NUnitTest, NUnit.Framework.Ignore("later", Until = "2030-01-01")] public void IgnoredUntil() { }
                    [NUnitTest, NUnit.Framework.Explicit] public void ExplicitWithoutReason() { }
                    [NUnitTest, NUnit.Framework.Explicit("https://example.com/issue/1")] public void ExplicitWithUrl() { }
                    [NUnit.Framework.TestCaseSource("Source")] public void FromSource(int x) { }
                }

                [NUnit.Framework.TestFixture(Explicit = true)] public class ExplicitFixture { [NUnitTest] public void M() { } }

                [MS.TestClass, MS.Ignore]
                public class MSTestTests
                {
                    [MS.TestMethod] public void NoAssertion() { }
                    [MS.TestMethod, MS.Ignore("")] public void IgnoredEmpty() { }
                    [MS.DataTestMethod, MS.DataRow(1, IgnoreMessage = ""), MS.DataRow(2, IgnoreMessage = null)] public void Rows(int x) { }
                    [MS.TestMethod, MS.ExpectedException(typeof(Exception))] public void ExpectsException() { }
                    [MS.TestMethod] public void Inconclusive() => MS.Assert.Inconclusive();
                }

                public class UnreadableTests
                {
                    [Fact(Skip = "x")] [NUnitTest] [MS.TestMethod] public void EveryFramework() { }
                    [Fact] public void Deeply()
                    {
                        try { try { try { try { Assert.True(false); } catch { } } finally { } } catch (Xunit.Sdk.XunitException) { } } catch (NUnit.Framework.AssertionException) { throw; }
                    }
                    [Fact] public void LambdaChain() { Func<Func<Action>> f = () => () => () => Assert.True(false); f()()(); }
                    [Fact] public void Reassigned() { Action a = () => { }; a = () => Assert.True(false); a(); }
                    [Fact] public void Self() { Self(); }
                    [Fact] public void Goto() { start: goto start; }
                }
            }
            """);
    }

    private static IEnumerable<CorpusFile> Suppressions()
    {
        yield return File("Tests/Suppressions.cs", """
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR4001", Target = "~M:Corpus.Tests.Suppressed.M")]
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR4001:Test method asserts nothing", Scope = "member", Target = "~M:Corpus.Tests.Odd.XunitTests.NoAssertion", Justification = "Test method asserts nothing")]
            [module: System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Guardrails", "GR2004", Scope = "type", Target = "~T:Corpus.Tests.Suppressed", Justification = "reason:")]
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR3002", Scope = "namespaceanddescendants", Target = "~N:Corpus.Security", Justification = "the installer starts the service; reviewed in #812")]
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR3001", Scope = "nonsense", Target = "~X:not a target")]
            [assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Guardrails", "GR3001", Scope = "member", Target = "")]

            #pragma warning disable GR4001
            #pragma warning disable GR4001 // GR4001
            #pragma warning disable GR4001, GR4002 // reason: the generated fixtures are checked by the snapshot test
            #pragma warning disable gr4003 // because:
            #pragma warning disable
            #pragma warning disable CS0168, GR9999, IDE0001
            #pragma warning disable GR4001 /* block comments are not reasons */
            #pragma warning disable 168, GR2004 // ok
            #pragma warning restore GR4001
            #pragma warning disable GR3001 // Test method asserts nothing.

            #if NEVER_DEFINED
            #pragma warning disable GR4001
            #endif

            namespace Corpus.Tests
            {
                using System.Diagnostics.CodeAnalysis;

                [SuppressMessage("Guardrails", "GR4001")]
                [SuppressMessage("Guardrails", "GR4001:Title")]
                [UnconditionalSuppressMessage("Guardrails", "GR4002", Justification = "")]
                [SuppressMessage("Usage", "CA1801")]
                public class Suppressed
                {
                    [SuppressMessage("Guardrails", "GR2004", Justification = "GR2004")]
                    [SuppressMessage("Guardrails", "GR2004", Justification = "covered by the integration suite")]
                    public void M() { }

                    [SuppressMessage("Guardrails", "GR2004")] public int Field;
                    [SuppressMessage("Guardrails", "GR2004")] public int Property { [SuppressMessage("Guardrails", "GR2004")] get; set; }
                    [SuppressMessage("Guardrails", "GR2004")] public event System.Action Event;
                    [return: SuppressMessage("Guardrails", "GR4001")] public int Returns([SuppressMessage("Guardrails", "GR4001")] int x) => x;

                    public void Functions()
                    {
                        [SuppressMessage("Guardrails", "GR4001")] void Local() { }
                        System.Action lambda = [SuppressMessage("Guardrails", "GR4001")] () => { };
                        System.Action nested = () => { System.Action inner = [SuppressMessage("Guardrails", "GR4003")] () => { }; };
                    }
                }

                [Another.SuppressMessage("Guardrails", "GR4001")] public class LookalikeSuppression { }
            }

            namespace Another { public sealed class SuppressMessageAttribute : System.Attribute { public SuppressMessageAttribute(string a, string b) { } } }
            """);
    }

    private static IEnumerable<CorpusFile> BannedUses()
    {
        yield return File("Legacy/BannedUses.cs", """
            global using static System.Console;
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using Corpus.Forbidden;
            using Timer = System.Threading.Timer;

            namespace Corpus.Legacy
            {
                /// <summary>Uses <see cref="Console"/>, <see cref="DateTime.Now"/> and <see cref="OldApi.Run"/>.</summary>
                public class OldApi : List<Random>, IComparable<Console>
                {
                    public static void Run() { }
                    public int CompareTo(Console? other) => 0;
                }

                public class Uses<T> where T : Random
                {
                    private readonly Random _random = new Random();
                    private HttpClient? _client;
                    private List<int> _list = new();
                    public Random[] Randoms = new Random[2];
                    public event UnhandledExceptionEventHandler? Handler;
                    public DateTime Now => DateTime.Now;
                    public string Empty => string.Empty;

                    public Random Make(Random seed, List<Random> more)
                    {
                        Console.WriteLine("excepted overload");
                        Console.WriteLine(1);
                        Write("static using");
                        Environment.GetEnvironmentVariable("X");
                        Environment.GetCommandLineArgs();
                        AppDomain.CurrentDomain.UnhandledException += (s, e) => { };
                        System.IO.File.ReadAllText("x");
                        OldApi.Run();
                        var money = new Money(1) + new Money(2);
                        var selected = new[] { 1 }.Select(x => x);
                        var selectedExplicit = Enumerable.Select<int, int>(new[] { 1 }, x => x);
                        var type = typeof(Random);
                        var isRandom = seed is Random r;
                        var size = default(Random);
                        foreach (Random each in more) { }
                        try { } catch (Exception) { }
                        Func<Random> factory = () => new Random();
                        var timer = new Timer(_ => { });
                        var timers = new System.Timers.Timer();
                        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                        GC.Collect();
                        var thread = new System.Threading.Thread(() => { });
                        var xml = new System.Xml.XmlDocument();
                        Forbidden.Helper.Call();
                        return new Random();
                    }
                }

                public readonly record struct Money(int Value)
                {
                    public static Money operator +(Money a, Money b) => new(a.Value + b.Value);
                }
            }

            namespace Corpus.Forbidden { public static class Helper { public static void Call() { } } }
            """);
        yield return File("Baseline/Legacy.cs", "[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] public class Legacy { }\n");
    }
}
