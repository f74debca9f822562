namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>Code that does not compile: unresolved names, syntax errors, attribute arguments the binder cannot evaluate.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> Unresolved()
    {
        yield return File("Broken/Unresolved.cs", """
            using Missing.Namespace;
            using static Missing.StaticHolder;
            using Alias = Missing.Aliased.Type;
            using System.Diagnostics;

            namespace Corpus.Broken
            {
                /// <summary>See <see cref="MissingType"/>, <see cref="MissingType.Member(int)"/> and <see cref="System.Console.Nope"/>.</summary>
                public class Unresolved : MissingBase, IMissing, System.Collections.Generic.IEnumerable<MissingItem>
                    where T : MissingConstraint
                {
                    private MissingType _field = new MissingType();
                    private Alias _alias;
                    public event MissingHandler Changed;
                    public MissingType Property { get => _field; set => _field = value; }
                    public Missing.Generic<Unknown, int> this[MissingKey key] => null;

                    public Missing.Type Method(Unknown u) => u.Foo().Bar;

                    public void Body<TItem>(TItem item) where TItem : MissingConstraint, new()
                    {
                        var x = new Nope();
                        x.Call();
                        Undefined();
                        System.Nope.Call();
                        Process.Nope("x");
                        Process.Start(undefinedArgument);
                        MissingStaticMember.Start("x");
                        var t = typeof(Missing);
                        var n = nameof(Missing);
                        var d = default(Missing);
                        Missing[] array = new Missing[3];
                        if (x is Missing m && m is { Property: Missing p }) { }
                        try { } catch (MissingException e) when (e.Nope) { }
                        foreach (Missing item2 in Missing.All()) { }
                        Missing local() => new();
                        System.Func<Missing, Missing> f = (Missing a) => a.Clone();
                        dynamic dyn = Missing.Dynamic;
                        dyn.Anything(1, Missing.Argument);
                        var tuple = (Missing.A, Missing.B);
                        (Missing a1, var b1) = tuple;
                        Missing.Event += Handler;
                        var op = new MissingMoney() + new MissingMoney();
                        var cast = (Missing)x;
                        var asCast = x as Missing;
                        unsafe { Missing* pointer = null; var size = sizeof(Missing); }
                        this.Changed?.Invoke(this, MissingArgs.Empty);
                        base.MissingBaseMember();
                        global::Missing.Root.Call();
                        extern alias NotHere;
                    }

                    [Missing] [MissingAttribute(Missing.Constant)] [Unknown.Qualified(typeof(Missing))]
                    public void Attributed([Missing] int a, [param: Unknown] Missing b) { }

                    [return: Missing]
                    public Missing Returns() => throw new MissingException();
                }

                public partial class MissingPartner : Missing.PartialBase { }
                public record MissingRecord(Missing A, Unknown B) : MissingBaseRecord(A);
                public class MissingPrimary(Missing dependency) : MissingBase(dependency) { public Missing Value => dependency; }
                public interface IBroken : IMissing { Missing Get(); }
                public enum Broken : MissingUnderlying { A = Missing.Value, B }
                public delegate Missing MissingDelegate(Unknown u);
                public struct MissingStruct : IMissing { public Missing Field; }
                class Generic<T> where T : Missing, IMissing, new() { }
                class Deriving : Generic<Missing> { }
                class SelfReferencing : SelfReferencing { }
                class CycleA : CycleB { }
                class CycleB : CycleA { }
                class Sealed : System.String { }
                static class Statics : MissingBase { }
            }
            """);
    }

    private static IEnumerable<CorpusFile> SyntaxErrors()
    {
        yield return File("Broken/SyntaxErrors.cs", """
            using System.Diagnostics;
            namespace Corpus.Broken.Syntax
            {
                class Unclosed
                {
                    void M() { Process.Start(; Unknown.Start("x"); new Missing().Delete(); System.IO.File.Delete(undefined); }
                    [Guardrails.Reviewed(] void N() { Process.Start("x") }
                    unsafe int P => Process.Start
                    [Xunit.Fact(Skip = )] public void T1() { }
                    [Xunit.Fact(Skip = "a" + )] public void T2() { Xunit.Assert.True(; }
                    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage(Justification = )] void E1() { }
                    [System.Diagnostics.CodeAnalysis.SuppressMessage("x", ] void S1() { }
                    [] void EmptyAttributeList() { }
                    [,] void Commas() { }
                    [Guardrails.Reviewed("alice", "2024-01-01", Fingerprint = ] void F() { }
                    void Half(int a, { }
                    int Expr => ;
                    int this[] => 1;
                    event;
                    public public static void Twice() { }
                    void Stray() { ) ] } } if (true) { }
                    class { }
                    [Xunit.Fact] public void Unfinished() { var x = 
                }
                #pragma warning disable GR
                #pragma warning disable GR4001, , GR
                #pragma warning restore
                #pragma
                #if DEBUG
                class OnlyInDebug { void M() { Process.Start("debug"); } }
                #region unterminated
            """);
        yield return File("Broken/AttributesOnStatements.cs", """
            using System.Diagnostics;
            using System.Diagnostics.CodeAnalysis;
            using Guardrails;

            namespace Corpus.Broken.Statements
            {
                [AiGenerated]
                public class AttributesOnStatements
                {
                    public int M(int x)
                    {
                        [Reviewed("alice", "2024-01-01")] var local = 1;
                        [ExcludeFromCodeCoverage] if (x > 0) { Process.Start("x"); }
                        [SuppressMessage("Guardrails", "GR3002")] Process.Start("y");
                        [Reviewed("alice", "2024-01-01")] { Process.Start("block"); }
                        [Xunit.Fact] for (;;) { break; }
                        [AiGenerated(Date = "2020-01-01")] [ReviewPending("2020-01-01")] return local;
                    }

                    public System.Func<int> Field = () => { [Reviewed("a", "2024-01-01")] int Local() => 1; return Local(); };
                    public enum Values { [Reviewed("a", "2024-01-01")] A = Missing, [ExcludeFromCodeCoverage] B = A + }
                }
            }
            """);
        yield return File("Broken/Truncated.cs", "namespace Corpus.Broken.Truncated { [Guardrails.AiGenerated] class T { [Xunit.Fact] public void M() { Process.Start(\"");
        yield return File("Broken/OnlyAttributes.cs", "[Guardrails.Reviewed(\"a\", \"2024-01-01\")]\n[System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]\n[Xunit.Fact(Skip = \"no\")]");
        yield return File("Broken/UnterminatedString.cs", "class U { string s = \"never closed;\n string t = @\"verbatim\n string r = \"\"\"raw\n [Guardrails.Reviewed(\"x\n }");
        yield return File("Broken/Garbage.cs", "\u0000\u0001\uFFFF}}}{{{ ;;; #### \"\"\" /* never closed <auto-generated/> [assembly: ");
    }

    private static IEnumerable<CorpusFile> MalformedAttributes()
    {
        yield return File("Broken/MalformedAttributes.cs", """
            using System;
            using System.Diagnostics.CodeAnalysis;
            using Guardrails;
            using Xunit;

            namespace Corpus.Broken.Attributes
            {
                public static class Constants
                {
                    public const string Empty = "";
                    public const string Reviewer = "alice";
                    public const int NotAString = 42;
                    public static readonly string NotConstant = "x";
                }

                [Reviewed(UnknownConst)]
                public class UnknownReviewer { }

                [Reviewed(UnknownConst, AlsoUnknown, Fingerprint = Missing)]
                public class AllUnknown { }

                [Reviewed(Constants.NotConstant, Constants.NotConstant, Fingerprint = Constants.NotConstant)]
                public class NonConstantArguments { }

                [Reviewed(Constants.NotAString, 2024, Fingerprint = 0x123456789ABC)]
                public class WrongTypes { }

                [Reviewed(null, null, Fingerprint = null)]
                public class Nulls { }

                [Reviewed(Constants.Empty, "2024-02-30", Fingerprint = "ABCDEF123456")]
                public class EmptyReviewerImpossibleDate { }

                [Reviewed(date: "2024-01-01", reviewer: "  ", Fingerprint = "0123456789ab")]
                public class NamedArgumentsOutOfOrder { }

                [Reviewed(reviewer: "bob", reviewer: "carol", date: "2024-01-01")]
                public class DuplicateNamedArguments { }

                [Reviewed("alice", "2024-01-01", "extra", Fingerprint = "000000000000")]
                public class TooManyArguments { }

                [Reviewed]
                public class NoArguments { }

                [Reviewed("alice", "2024-01-01", Fingerprint = "000000000000", Fingerprint = "111111111111")]
                public class TwiceNamed { }

                [Reviewed("alice", "2024-01-01", Fingerprint = "000000000000")]
                [Reviewed("bob", "2024-01-01", Fingerprint = "000000000000")]
                public class TwiceApplied { }

                [AiGenerated(Date = "not-a-date")]
                [ReviewPending(123)]
                public class BadDates { }

                [AiGenerated(Date = 5, Agent = "readonly")]
                [ReviewPending(since: Missing)]
                public class UnbindableDates { }

                [AiGenerated("copilot", "extra", Date = "2020-01-01")]
                [ReviewPending("2020-01-01", "extra", Reviewer = 3)]
                public class ExtraArguments { public void M() { } }

                [ExcludeFromCodeCoverage(Justification = Missing)]
                public class JustificationUnresolved { }

                [ExcludeFromCodeCoverage(Justification = Constants.NotConstant)]
                public class JustificationNotConstant { }

                [ExcludeFromCodeCoverage(Justification = Constants.NotAString)]
                public class JustificationWrongType { }

                [ExcludeFromCodeCoverage(Justification = null)]
                public class JustificationNull { }

                [ExcludeFromCodeCoverage(Justification = "   ")]
                public class JustificationBlank { }

                [ExcludeFromCodeCoverage("positional")]
                public class JustificationPositional { }

                [ExcludeFromCodeCoverage(Justification = "a", Justification = "b")]
                public class JustificationTwice { }

                [Corpus.Coverage.ExcludeFromCoverage(Justification = "")]
                public class HomeMadeExclusion { }

                public class Tests
                {
                    [Fact(Skip = )] public void SkipMissingValue() { }
                    [Fact(Skip = Missing)] public void SkipUnresolved() { }
                    [Fact(Skip = 42)] public void SkipWrongType() { }
                    [Fact(Skip = null)] public void SkipNull() { }
                    [Fact(Skip = Constants.Empty)] public void SkipEmptyConstant() { }
                    [Fact(Skip = Constants.NotConstant)] public void SkipNotConstant() { }
                    [Fact(Skip = "flaky", Skip = "twice")] public void SkipTwice() { }
                    [Fact(Explicit = Missing)] public void ExplicitUnresolved() { }
                    [Fact(Explicit = "yes")] public void ExplicitWrongType() { }
                    [Theory, InlineData(1, Skip = 3)] public void RowSkipWrongType(int x) { }
                    [NUnit.Framework.Test, NUnit.Framework.Ignore(Missing)] public void IgnoreUnresolved() { }
                    [NUnit.Framework.Test, NUnit.Framework.Ignore] public void IgnoreWithoutReason() { }
                    [NUnit.Framework.Test, NUnit.Framework.Ignore(null)] public void IgnoreNull() { }
                    [NUnit.Framework.TestCase(1, Ignore = Missing)] public void CaseIgnoreUnresolved(int x) { }
                    [NUnit.Framework.TestCase(Ignore = null, IgnoreReason = 7)] public void CaseIgnoreNull() { }
                    [Microsoft.VisualStudio.TestTools.UnitTesting.TestMethod, Microsoft.VisualStudio.TestTools.UnitTesting.Ignore(Missing)] public void MsIgnoreUnresolved() { }
                    [Microsoft.VisualStudio.TestTools.UnitTesting.DataRow(1, IgnoreMessage = Missing)] public void RowIgnoreUnresolved(int x) { }
                    [SuppressMessage("Guardrails", "GR4001", Justification = Missing)] [Fact] public void SuppressionJustificationUnresolved() { }
                    [SuppressMessage("Guardrails", Missing)] [Fact] public void SuppressionCheckIdUnresolved() { }
                    [SuppressMessage(null, null)] public void SuppressionNulls() { }
                    [SuppressMessage("Guardrails")] public void SuppressionTooFewArguments() { }
                    [SuppressMessage("Guardrails", "GR4001", "extra")] public void SuppressionTooManyArguments() { }
                    [SuppressMessage("Guardrails", "GR4001:", Justification = "")] public void SuppressionEmptyTitle() { }
                    [SuppressMessage("Guardrails", ":GR4001")] public void SuppressionColonFirst() { }
                    [SuppressMessage("Guardrails", "GR40011")] public void SuppressionLongId() { }
                    [SuppressMessage("Guardrails", "gr4001 ", Target = Missing)] public void SuppressionLowercase() { }
                }
            }
            """);
    }
}
