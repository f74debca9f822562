using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using static Guardrails.Analyzers.Tests.Rules.BannedApis.BannedApiHarness;

namespace Guardrails.Analyzers.Tests.Rules.BannedApis;

/// <summary>GR1101 on uses of banned symbols: at least what BannedApiAnalyzers (RS0030) flags, at the same places.</summary>
public class BannedUseTests
{
    private const string Library = """
        namespace Lib
        {
            public class Widget
            {
                public Widget() { }
                public Widget(int size) { }
                public static Widget Create() => new Widget();
                public static int Count;
                public int Size { get; set; }
                public int this[int index] => index;
                public void Spin() { }
                public static void Reset() { }
                public event System.EventHandler? Changed;
                public void Raise() => Changed?.Invoke(this, System.EventArgs.Empty);
            }

            public struct Money
            {
                public decimal Amount;
                public static Money operator +(Money a, Money b) => a;
                public static Money operator -(Money a) => a;
                public static bool operator ==(Money a, Money b) => true;
                public static bool operator !=(Money a, Money b) => false;
                public static Money operator ++(Money a) => a;
                public static implicit operator Money(int amount) => default;
                public static explicit operator int(Money money) => 0;
                public override bool Equals(object? obj) => true;
                public override int GetHashCode() => 0;
            }

            public class Shape
            {
                public virtual double Area() => 0;
                public virtual string Name => "shape";
            }

            public class Circle : Shape
            {
                public override double Area() => 3.14;
                public override string Name => "circle";
            }

            public interface IRunner { void Run(); }

            public class Runner : IRunner { public void Run() { } }

            public static class Extensions
            {
                public static int Twice(this int value) => value * 2;
            }
        }

        namespace Lib.Legacy
        {
            public class OldClient { public void Send() { } }
            public class Envelope<T> { }
        }

        namespace Lib.Legacy.Deep
        {
            public class Deeper { }
        }

        """;

    private static Task VerifyLibAsync(string source, string bannedSymbols, params DiagnosticResult[] expected) =>
        Create(source, expected).WithLibrary(Library).WithBannedSymbols(bannedSymbols).RunAsync();

    // ---- Constructors ----

    [Fact]
    public Task BannedConstructor_ObjectCreation_Reports() =>
        VerifyLibAsync(
            "class C { object M() => {|#0:new Lib.Widget()|}; }",
            "M:Lib.Widget.#ctor",
            Banned(0, "Widget.Widget()"));

    [Fact]
    public Task BannedConstructor_OtherOverload_DoesNotReport() =>
        VerifyLibAsync(
            "class C { object M() => new Lib.Widget(3); }",
            "M:Lib.Widget.#ctor");

    [Fact]
    public Task BannedConstructor_TargetTypedNew_Reports() =>
        VerifyLibAsync(
            "class C { Lib.Widget M() { Lib.Widget w = {|#0:new()|}; return w; } }",
            "M:Lib.Widget.#ctor",
            Banned(0, "Widget.Widget()"));

    [Fact]
    public Task BannedBaseConstructor_ExplicitBaseCall_Reports() =>
        VerifyLibAsync(
            "class Mine : Lib.Widget { Mine() {|#0:: base(1)|} { } }",
            "M:Lib.Widget.#ctor(System.Int32)",
            Banned(0, "Widget.Widget(int)"));

    // ---- Members ----

    [Fact]
    public Task BannedMethod_Invocation_Reports() =>
        VerifyLibAsync(
            "class C { void M(Lib.Widget w) { {|#0:w.Spin()|}; } }",
            "M:Lib.Widget.Spin;spinning is slow",
            Banned(0, "Widget.Spin()", "spinning is slow"));

    [Fact]
    public Task BannedStaticMethod_Invocation_Reports() =>
        VerifyLibAsync(
            "class C { void M() { {|#0:Lib.Widget.Reset()|}; } }",
            "M:Lib.Widget.Reset",
            Banned(0, "Widget.Reset()"));

    [Fact]
    public Task BannedMethod_MethodGroup_Reports() =>
        VerifyLibAsync(
            "class C { System.Action M() => {|#0:Lib.Widget.Reset|}; }",
            "M:Lib.Widget.Reset",
            Banned(0, "Widget.Reset()"));

    [Fact]
    public Task BannedProperty_Read_Reports() =>
        VerifyAsync(
            "class C { System.DateTime M() => {|#0:System.DateTime.Now|}; }",
            "P:System.DateTime.Now;use TimeProvider",
            Banned(0, "DateTime.Now", "use TimeProvider"));

    [Fact]
    public Task BannedProperty_WriteAndObjectInitializer_Reports() =>
        VerifyLibAsync(
            "class C { void M(Lib.Widget w) { {|#0:w.Size|} = 1; _ = new Lib.Widget { {|#1:Size|} = 2 }; } }",
            "P:Lib.Widget.Size",
            Banned(0, "Widget.Size"),
            Banned(1, "Widget.Size"));

    [Fact]
    public Task BannedIndexer_Reports() =>
        VerifyLibAsync(
            "class C { int M(Lib.Widget w) => {|#0:w[0]|}; }",
            "P:Lib.Widget.Item(System.Int32)",
            Banned(0, "Widget.this[int]"));

    [Fact]
    public Task BannedField_Reports() =>
        VerifyLibAsync(
            "class C { int M() => {|#0:Lib.Widget.Count|}; }",
            "F:Lib.Widget.Count",
            Banned(0, "Widget.Count"));

    [Fact]
    public Task BannedEvent_Subscription_Reports() =>
        VerifyLibAsync(
            "class C { void M(Lib.Widget w) { {|#0:w.Changed|} += (s, e) => { }; } }",
            "E:Lib.Widget.Changed",
            Banned(0, "Widget.Changed"));

    [Fact]
    public Task BannedExtensionMethod_Reports() =>
        VerifyLibAsync(
            "using Lib; class C { int M() => {|#0:3.Twice()|}; }",
            "M:Lib.Extensions.Twice(System.Int32)",
            Banned(0, "Extensions.Twice(int)"));

    [Fact]
    public Task BannedGenericMethodDefinition_MatchesEveryInstantiation() =>
        VerifyAsync(
            "using System.Linq; class C { int M(int[] xs, string[] ys) => {|#0:xs.Count()|} + {|#1:ys.Count()|}; }",
            "M:System.Linq.Enumerable.Count``1(System.Collections.Generic.IEnumerable{``0})",
            Banned(0, "Enumerable.Count<TSource>(IEnumerable<TSource>)"),
            Banned(1, "Enumerable.Count<TSource>(IEnumerable<TSource>)"));

    [Fact]
    public Task BannedMemberOfGenericType_MatchesTheOpenDefinition() =>
        VerifyAsync(
            "class C { void M(System.Collections.Generic.List<int> list) { {|#0:list.Add(1)|}; } }",
            "M:System.Collections.Generic.List`1.Add(`0)",
            Banned(0, "List<T>.Add(T)"));

    // ---- Overrides and interfaces ----

    [Fact]
    public Task BannedVirtualMethod_CallToOverride_Reports() =>
        VerifyLibAsync(
            "class C { double M(Lib.Circle c) => {|#0:c.Area()|}; }",
            "M:Lib.Shape.Area",
            Banned(0, "Shape.Area()"));

    [Fact]
    public Task BannedVirtualProperty_ReadOfOverride_Reports() =>
        VerifyLibAsync(
            "class C { string M(Lib.Circle c) => {|#0:c.Name|}; }",
            "P:Lib.Shape.Name",
            Banned(0, "Shape.Name"));

    [Fact]
    public Task BannedOverride_CallThroughBase_DoesNotReport() =>
        VerifyLibAsync(
            "class C { double M(Lib.Shape s) => s.Area(); }",
            "M:Lib.Circle.Area");

    [Fact]
    public Task BannedInterfaceMethod_CallOnImplementation_DoesNotReport() =>
        VerifyLibAsync(
            "class C { void M(Lib.Runner r) { r.Run(); } }",
            "M:Lib.IRunner.Run");

    [Fact]
    public Task BannedInterfaceMethod_CallThroughInterface_Reports() =>
        VerifyLibAsync(
            "class C { void M(Lib.IRunner r) { {|#0:r.Run()|}; } }",
            "M:Lib.IRunner.Run",
            Banned(0, "IRunner.Run()"));

    // ---- Operators and conversions ----

    [Fact]
    public Task BannedBinaryOperator_Reports() =>
        VerifyLibAsync(
            "class C { Lib.Money M(Lib.Money a, Lib.Money b) => {|#0:a + b|}; }",
            "M:Lib.Money.op_Addition(Lib.Money,Lib.Money)",
            Banned(0, "Money.operator +(Money, Money)"));

    [Fact]
    public Task BannedUnaryAndIncrementAndCompoundOperators_Report() =>
        VerifyLibAsync(
            "class C { void M(Lib.Money a) { a = {|#0:-a|}; {|#1:a++|}; {|#2:a += a|}; } }",
            "M:Lib.Money.op_UnaryNegation(Lib.Money)\nM:Lib.Money.op_Increment(Lib.Money)\nM:Lib.Money.op_Addition(Lib.Money,Lib.Money)",
            Banned(0, "Money.operator -(Money)"),
            Banned(1, "Money.operator ++(Money)"),
            Banned(2, "Money.operator +(Money, Money)"));

    [Fact]
    public Task BannedEqualityOperator_Reports() =>
        VerifyLibAsync(
            "class C { bool M(Lib.Money a, Lib.Money b) => {|#0:a == b|}; }",
            "M:Lib.Money.op_Equality(Lib.Money,Lib.Money)",
            Banned(0, "Money.operator ==(Money, Money)"));

    [Fact]
    public Task BannedImplicitConversion_Reports() =>
        VerifyLibAsync(
            "class C { Lib.Money M() => {|#0:5|}; }",
            "M:Lib.Money.op_Implicit(System.Int32)~Lib.Money",
            Banned(0, "Money.implicit operator Money(int)"));

    [Fact]
    public Task BannedExplicitConversion_Reports() =>
        VerifyLibAsync(
            "class C { int M(Lib.Money m) => {|#0:(int)m|}; }",
            "M:Lib.Money.op_Explicit(Lib.Money)~System.Int32",
            Banned(0, "Money.explicit operator int(Money)"));

    // ---- Types ----

    [Fact]
    public Task BannedType_EveryKindOfUse_Reports() =>
        VerifyLibAsync(
            """
            class C
            {
                void M()
                {
                    var a = {|#0:new Lib.Widget()|};
                    var b = {|#1:Lib.Widget.Create()|};
                    {|#2:a.Spin()|};
                    var n = {|#3:Lib.Widget.Count|};
                    var t = {|#4:typeof(Lib.Widget)|};
                    var arr = {|#5:new Lib.Widget[2]|};
                    {|#7:System.Func<Lib.Widget>|} f = {|#6:Lib.Widget.Create|};
                }
            }
            """,
            "T:Lib.Widget;use Gadget",
            Banned(0, "Widget", "use Gadget"),
            Banned(1, "Widget", "use Gadget"),
            Banned(2, "Widget", "use Gadget"),
            Banned(3, "Widget", "use Gadget"),
            Banned(4, "Widget", "use Gadget"),
            Banned(5, "Widget", "use Gadget"),
            Banned(6, "Widget", "use Gadget"),
            Banned(7, "Widget", "use Gadget"));

    [Fact]
    public Task BannedType_AsGenericArgumentAtAnyDepth_Reports() =>
        VerifyLibAsync(
            """
            using System.Collections.Generic;
            class C
            {
                object M() => {|#0:new List<Dictionary<string, Lib.Widget[]>>()|};
                object N() => {|#1:typeof(KeyValuePair<int, List<Lib.Widget>>)|};
            }
            """,
            "T:Lib.Widget",
            Banned(0, "Widget"),
            Banned(1, "Widget"));

    [Fact]
    public Task BannedType_MemberOfInstantiationWithIt_Reports() =>
        VerifyLibAsync(
            "using System.Collections.Generic; class C { int M() { var list = {|#0:new List<Lib.Widget>()|}; return {|#1:list.Count|}; } }",
            "T:Lib.Widget",
            Banned(0, "Widget"),
            Banned(1, "Widget"));

    [Fact]
    public Task BannedGenericTypeDefinition_MatchesEveryInstantiation() =>
        VerifyAsync(
            "using System.Collections.Generic; class C { object M() => {|#0:new List<int>()|}; object N() => {|#1:new List<string>()|}; }",
            "T:System.Collections.Generic.List`1",
            Banned(0, "List<T>"),
            Banned(1, "List<T>"));

    [Fact]
    public Task BannedStruct_PointerAndAddressOf_Reports()
    {
        var test = Create(
            "unsafe class C { void M() { {|#0:Lib.Money|} m = default; var p = {|#1:&m|}; } }",
            Banned(0, "Money"),
            Banned(1, "Money"));
        test.WithLibrary(Library).WithBannedSymbols("T:Lib.Money");
        test.SolutionTransforms.Add(AllowUnsafe);
        return test.RunAsync();
    }

    [Fact]
    public Task BannedType_NestedTypeUse_Reports() =>
        VerifyAsync(
            "class Outer { public class Inner { public static void Go() { } } } class C { void M() { {|#0:Outer.Inner.Go()|}; } }",
            "T:Outer",
            Banned(0, "Outer"));

    [Fact]
    public Task BannedType_DelegateInvocation_Reports() =>
        VerifyAsync(
            "delegate void Callback(); class C { void M({|#1:Callback?|} c) { {|#0:c!()|}; } }",
            "T:Callback",
            Banned(0, "Callback"),
            Banned(1, "Callback"));

    // ---- Base lists ----

    [Fact]
    public Task BannedType_InBaseList_Reports() =>
        VerifyLibAsync(
            "class Mine : {|#0:Lib.Shape|} { } class Yours : Lib.Circle { }",
            "T:Lib.Shape",
            Banned(0, "Shape"));

    [Fact]
    public Task BannedInterface_InBaseListOfClassStructRecordAndInterface_Reports() =>
        VerifyLibAsync(
            """
            class A : {|#0:Lib.IRunner|} { public void Run() { } }
            struct B : {|#1:Lib.IRunner|} { public void Run() { } }
            record R : {|#2:Lib.IRunner|} { public void Run() { } }
            interface I : {|#3:Lib.IRunner|} { }
            """,
            "T:Lib.IRunner",
            Banned(0, "IRunner"),
            Banned(1, "IRunner"),
            Banned(2, "IRunner"),
            Banned(3, "IRunner"));

    [Fact]
    public Task BannedType_AsGenericArgumentInBaseList_Reports() =>
        VerifyLibAsync(
            "class Widgets : {|#0:System.Collections.Generic.List<Lib.Widget>|} { }",
            "T:Lib.Widget",
            Banned(0, "Widget"));

    [Fact]
    public Task BannedType_InTypeConstraint_Reports() =>
        VerifyLibAsync(
            "class Box<T> where T : {|#0:Lib.Shape|} { }",
            "T:Lib.Shape",
            Banned(0, "Shape"));

    // ---- Attributes ----

    [Fact]
    public Task BannedAttribute_AtEveryLevel_Reports() =>
        VerifyAsync(
            """
            using System;
            [assembly: {|#0:Mark|}]
            [module: {|#12:Mark|}]
            [AttributeUsage(AttributeTargets.All)] class MarkAttribute : Attribute { }
            [{|#1:Mark|}]
            class C
            {
                [{|#2:Mark|}] int _field;
                [{|#3:Mark|}] int P { [{|#4:Mark|}] get; set; }
                [{|#5:Mark|}] event Action? E;
                [return: {|#6:Mark|}]
                int M<[{|#7:Mark|}] T>([{|#8:Mark|}] int x)
                {
                    [{|#9:Mark|}] void Local() { }
                    Action a = [{|#10:Mark|}] () => { };
                    return _field;
                }
            }
            enum E { [{|#11:Mark|}] A }
            """,
            "T:MarkAttribute",
            Enumerable.Range(0, 13).Select(i => Banned(i, "MarkAttribute")).ToArray());

    [Fact]
    public Task BannedAttributeConstructor_OnlyThatOverload_Reports() =>
        VerifyAsync(
            "using System; [{|#0:Obsolete(\"old\")|}] class C { } [Obsolete] class D { }",
            "M:System.ObsoleteAttribute.#ctor(System.String)",
            Banned(0, "ObsoleteAttribute.ObsoleteAttribute(string)"));

    [Fact]
    public Task BannedType_InAttributeTypeofArgument_Reports() =>
        VerifyLibAsync(
            "[System.ComponentModel.TypeConverter({|#0:typeof(Lib.Widget)|})] class C { }",
            "T:Lib.Widget",
            Banned(0, "Widget"));

    // ---- XML documentation ----

    [Fact]
    public Task BannedSymbols_InCrefs_Report() =>
        VerifyLibAsync(
            """
            /// <summary>Like <see cref="{|#0:Lib.Widget|}"/> and <see cref="{|#1:Lib.Widget.Spin|}"/>, not <see cref="Lib.Shape"/>.</summary>
            class C { }
            """,
            "T:Lib.Widget",
            Banned(0, "Widget"),
            Banned(1, "Widget"));

    // Crefs are bound only when they can name something banned (BannedNames): these are the ways to name it without its name.

    [Fact]
    public Task BannedType_InCrefThroughAlias_Reports() =>
        VerifyLibAsync(
            """
            using W = {|#2:Lib.Widget|};

            /// <summary>Like <see cref="{|#0:W|}"/> and <see cref="{|#1:W.Spin|}"/>.</summary>
            class C { }
            """,
            "T:Lib.Widget",
            Banned(0, "Widget"),
            Banned(1, "Widget"),
            Banned(2, "Widget"));

    [Fact]
    public Task BannedMember_InCrefToAnOverride_Reports() =>
        VerifyLibAsync(
            "/// <summary>Uses <see cref=\"{|#0:Lib.Circle.Area|}\"/>.</summary>\nclass C { }",
            "M:Lib.Shape.Area",
            Banned(0, "Shape.Area()"));

    [Fact]
    public Task BannedSpecialType_InCrefByKeyword_Reports() =>
        VerifyLibAsync(
            "/// <summary>Takes a <see cref=\"{|#0:string|}\"/>.</summary>\nclass C { }",
            "T:System.String",
            Banned(0, "string"));

    [Fact]
    public Task BannedNamespace_InCrefThroughAlias_Reports() =>
        VerifyLibAsync(
            """
            using L = {|#1:Lib.Legacy|};

            /// <summary>Not <see cref="{|#0:L.OldClient|}"/>.</summary>
            class C { }
            """,
            "N:Lib.Legacy",
            Banned(0, "Lib.Legacy"),
            Banned(1, "Lib.Legacy"));

    // ---- Namespaces ----

    [Fact]
    public Task BannedNamespace_TypesInItAndInChildNamespaces_Report() =>
        VerifyLibAsync(
            """
            class C
            {
                void M()
                {
                    {|#0:new Lib.Legacy.OldClient()|}.Send();
                    var d = {|#1:new Lib.Legacy.Deep.Deeper()|};
                    var w = new Lib.Widget();
                }
            }
            """.Replace("{|#0:new Lib.Legacy.OldClient()|}.Send()", "{|#2:{|#0:new Lib.Legacy.OldClient()|}.Send()|}", StringComparison.Ordinal),
            "N:Lib.Legacy;talks to the old backend",
            Banned(0, "Lib.Legacy", "talks to the old backend"),
            Banned(1, "Lib.Legacy", "talks to the old backend"),
            Banned(2, "Lib.Legacy", "talks to the old backend"));

    [Fact]
    public Task BannedNamespace_AsGenericArgument_Reports() =>
        VerifyLibAsync(
            "using System.Collections.Generic; class C { object M() => {|#0:new List<Lib.Legacy.OldClient>()|}; }",
            "N:Lib.Legacy",
            Banned(0, "Lib.Legacy"));

    [Fact]
    public Task BannedNamespace_DoesNotCoverANamespaceThatMerelySharesAPrefix() =>
        VerifyAsync(
            "namespace Contoso.Orders { public class Order { } } namespace Contoso.OrdersLegacy { public class Order { } } class C { object M() => new Contoso.OrdersLegacy.Order(); }",
            "N:Contoso.Orders");

    [Fact]
    public Task BannedSystemNamespace_ReportsTypesFromReferencedAssemblies() =>
        VerifyAsync(
            "class C { void M() { var sb = {|#0:new System.Text.StringBuilder()|}; } }",
            "N:System.Text",
            Banned(0, "System.Text"));

    // ---- Generic method arguments, tuples, nullable value types ----

    [Fact]
    public Task BannedType_AsExplicitMethodTypeArgument_Reports_InferredDoesNot() =>
        VerifyLibAsync(
            """
            using System.Linq;
            class C
            {
                static T Make<T>() where T : new() => new T();
                object M(Lib.Widget[] widgets)
                {
                    var a = {|#0:Make<Lib.Widget>()|};
                    var b = widgets.Select(w => w.GetHashCode()).ToList();
                    var c = {|#1:Enumerable.Empty<Lib.Widget>()|};
                    return b;
                }
            }
            """.Replace("M(Lib.Widget[] widgets)", "M({|#2:Lib.Widget[]|} widgets)", StringComparison.Ordinal),
            "T:Lib.Widget",
            Banned(0, "Widget"),
            Banned(1, "Widget"),
            Banned(2, "Widget"));

    [Fact]
    public Task BannedType_InTupleAndNullableValueType_Reports() =>
        VerifyLibAsync(
            "class C { object M() => {|#0:new System.Collections.Generic.List<(Lib.Money, int)>()|}; object N() => {|#1:new System.Collections.Generic.List<Lib.Money?>()|}; }",
            "T:Lib.Money",
            Banned(0, "Money"),
            Banned(1, "Money"));

    [Fact]
    public Task BannedEnumMember_Reports() =>
        VerifyLibAsync(
            "class C { System.DayOfWeek M() => {|#0:System.DayOfWeek.Sunday|}; System.DayOfWeek N() => System.DayOfWeek.Monday; }",
            "F:System.DayOfWeek.Sunday",
            Banned(0, "DayOfWeek.Sunday"));

    [Fact]
    public Task BannedType_CallThroughUsingStatic_Reports() =>
        VerifyLibAsync(
            "using static System.Math; class C { double M() => {|#0:Sqrt(2)|}; }",
            "M:System.Math.Sqrt(System.Double)",
            Banned(0, "Math.Sqrt(double)"));

    [Fact]
    public Task GeneratedCode_IsAnalysedToo() =>
        VerifyLibAsync(
            "// <auto-generated/>\nclass C_g { void M() { {|#0:System.Console.WriteLine()|}; } }",
            "T:System.Console",
            Banned(0, "Console"));

    [Fact]
    public Task NothingBanned_IsUsed_DoesNotReport() =>
        VerifyLibAsync(
            "class C { void M() { new Lib.Widget().Spin(); System.Console.WriteLine(1); } }",
            "T:System.IO.File\nM:Lib.Widget.Reset\nN:Lib.Legacy");

    private static Solution AllowUnsafe(Solution solution, ProjectId projectId)
    {
        var options = (Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(projectId)!.CompilationOptions!;
        return solution.WithProjectCompilationOptions(projectId, options.WithAllowUnsafe(true));
    }
}
