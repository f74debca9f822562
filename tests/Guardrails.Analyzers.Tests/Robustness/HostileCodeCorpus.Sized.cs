using System.Text;

namespace Guardrails.Analyzers.Tests.Robustness;

/// <summary>The parts whose size <see cref="CorpusSize"/> sets: huge methods and types, deep nesting, many large files.</summary>
internal static partial class HostileCodeCorpus
{
    private static IEnumerable<CorpusFile> HugeMethods(CorpusSize size, Random random)
    {
        var statements = size.HugeMethodStatements;
        var test = new StringBuilder("public class HugeTests\n{\n    [Xunit.Fact]\n    public void HugeTestWithoutAssertion()\n    {\n        var v0 = 0;\n");
        for (var i = 1; i < statements; i++)
        {
            test.Append(random.Next(50) switch
            {
                0 => $"        if (v{i - 1} > {random.Next(1000)}) {{ Helper(v{i - 1}); }}\n",
                1 => $"        try {{ Helper(v{i - 1}); }} catch (System.Exception) {{ }}\n",
                2 => $"        System.Action a{i} = () => Helper(v{i - 1});\n",
                _ => string.Empty,
            });
            test.Append("        var v").Append(i).Append(" = v").Append(i - 1).Append(" + ").Append(random.Next(100)).Append(";\n");
            if (i % 997 == 0)
            {
                test.Append("        System.Diagnostics.Process.Start(\"huge ").Append(i).Append("\");\n");
            }
        }

        test.Append("    }\n\n    private static void Helper(int value) { }\n\n");

        // An AI-generated method with a review whose fingerprint covers thousands of statements.
        test.Append("    [Guardrails.AiGenerated(Date = \"2020-01-01\")]\n    [Guardrails.Reviewed(\"alice\", \"2024-01-01\", Fingerprint = \"0123456789ab\")]\n    public int HugeSwitch(int x)\n    {\n        switch (x)\n        {\n");
        for (var i = 0; i < statements / 2; i++)
        {
            test.Append("            case ").Append(i).Append(": return ").Append(random.Next()).Append(";\n");
        }

        test.Append("            default: return -1;\n        }\n    }\n}\n");
        yield return File("Huge/HugeTests.cs", test.ToString());

        // A huge type: every member carries an attribute some analyzer reads.
        var type = new StringBuilder("[Guardrails.AiGenerated(Date = \"2020-01-01\")]\npublic partial class HugeType\n{\n");
        for (var i = 0; i < statements / 5; i++)
        {
            type.Append((i % 5) switch
            {
                0 => $"    [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] public int Field{i};\n",
                1 => $"    [Guardrails.Reviewed(\"alice\", \"2024-01-01\")] public int Property{i} {{ get; set; }}\n",
                2 => $"    [Guardrails.ReviewPending(\"2020-01-01\")] public void Method{i}() {{ }}\n",
                3 => $"    [System.Diagnostics.CodeAnalysis.SuppressMessage(\"Guardrails\", \"GR3001\")] public event System.Action Event{i};\n",
                _ => $"    public int Expression{i} => Field{i - 4} + Property{i - 3};\n",
            });
        }

        type.Append("}\n");
        yield return File("Huge/HugeType.cs", type.ToString(), aiGenerated: true);
    }

    private static IEnumerable<CorpusFile> DeepNesting(CorpusSize size)
    {
        var depth = size.NestingDepth;
        string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
        string Method(string name, string body) => "namespace Corpus.Deep\n{\n    public class " + name + "\n    {\n"
            + "        static int F(int a) => a;\n        public Deep Next;\n        public int Value;\n"
            + "        [Xunit.Fact]\n        [Guardrails.AiGenerated(Date = \"2020-01-01\")]\n        public void Test()\n        {\n            int x = 1;\n            var next = new Deep();\n"
            + body + "\n        }\n    }\n\n    public class Deep { public Deep Next; public int Value; public object P; }\n}\n";

        yield return File("Deep/Parentheses.cs", Method("Parentheses", "var y = " + Repeat("(", depth) + "System.Diagnostics.Process.Start(\"deep\")" + Repeat(")", depth) + ";"));
        yield return File("Deep/Binary.cs", Method("Binary", "var y = " + string.Join(" + ", Enumerable.Repeat("x", depth * 5)) + ";"));
        yield return File("Deep/Conditional.cs", Method("Conditional", "var y = " + string.Concat(Enumerable.Range(0, depth).Select(i => "x > " + i + " ? " + i + " : ")) + "0;"));
        yield return File("Deep/Calls.cs", Method("Calls", "var y = " + Repeat("F(", depth) + "1" + Repeat(")", depth) + ";"));
        yield return File("Deep/MixedExpression.cs", Method("MixedExpression", "var y = " + Repeat("(x + (x > 0 ? F(", depth / 2) + "1" + Repeat(") : 0))", depth / 2) + ";"));
        yield return File("Deep/Lambdas.cs", Method(
            "Lambdas",
            "var f = " + Repeat("(System.Func<object>)(() => ", size.LambdaNestingDepth) + "Xunit.Assert.Throws<System.Exception>(() => System.IO.File.Delete(\"x\"))" + Repeat(")", size.LambdaNestingDepth) + ";"));
        yield return File("Deep/Ifs.cs", Method("Ifs", Repeat("if (x > 0) { ", depth) + "System.Diagnostics.Process.Start(\"deep if\");" + Repeat("}", depth)));
        yield return File("Deep/Blocks.cs", Method("Blocks", Repeat("{ ", depth) + "Xunit.Assert.True(x > 0);" + Repeat("}", depth)));
        yield return File("Deep/Tries.cs", Method("Tries", Repeat("try { ", depth / 4) + "Xunit.Assert.True(x > 0);" + Repeat("} catch (System.Exception) { }", depth / 4)));
        yield return File("Deep/MemberAccess.cs", Method("MemberAccess", "var y = next" + Repeat(".Next", depth) + ".Value;"));
        yield return File("Deep/ConditionalAccess.cs", Method("ConditionalAccess", "var y = next" + Repeat("?.Next", depth / 2) + "?.Value;"));
        yield return File("Deep/Initializers.cs", Method("Initializers", "var y = " + Repeat("new Deep { P = ", depth / 4) + "1" + Repeat(" }", depth / 4) + ";"));
        yield return File("Deep/Arrays.cs", Method("Arrays", "var y = " + Repeat("new object[] { ", depth / 4) + "1" + Repeat(" }", depth / 4) + ";"));
        yield return File("Deep/Patterns.cs", Method("Patterns", "var y = next is " + Repeat("{ Next: ", depth / 10) + "not null" + Repeat(" }", depth / 10) + ";"));

        // The compiler's own cost grows exponentially with nested interpolations (20 levels take it seconds): a few suffice.
        yield return File("Deep/Interpolations.cs", Method("Interpolations", "var y = " + Repeat("$\"{", 6) + "x" + Repeat("}\"", 6) + ";"));
        yield return File("Deep/Generics.cs", "namespace Corpus.Deep { public class Generics { "
            + Repeat("System.Collections.Generic.List<", 60) + "System.Random" + Repeat(">", 60) + " Field; } }");
        yield return File("Deep/Types.cs", string.Concat(Enumerable.Range(0, 100).Select(i => "[Guardrails.AiGenerated] public class Nested" + i + " { [Xunit.Fact] public void T() { } ")) + Repeat("}", 100));
        yield return File("Deep/Namespaces.cs", Repeat("namespace N { ", 100) + "[Guardrails.Reviewed(\"mallory\", \"2024-01-01\")] class Innermost { }" + Repeat("}", 100), reviewAreas: "2");
        yield return File("Deep/Unbalanced.cs", Method("Unbalanced", "var y = " + Repeat("(", depth) + "1" + Repeat(")", depth / 2) + ";"));
    }

    private static IEnumerable<CorpusFile> LargeFiles(CorpusSize size, Random random)
    {
        for (var file = 0; file < size.LargeFiles; file++)
        {
            var text = new StringBuilder();
            text.Append("// Large file ").Append(file).Append('\n');
            if (file % 7 == 3)
            {
                text.Append("// AI-GENERATED #copilot\n");
            }

            text.Append("using System;\nusing System.Diagnostics;\nusing System.Diagnostics.CodeAnalysis;\nusing Guardrails;\nusing Xunit;\n\n");
            text.Append("namespace Corpus.Large.File").Append(file).Append("\n{\n");
            var lines = 10;
            for (var member = 0; lines < size.LinesPerLargeFile; member++)
            {
                var block = LargeFileBlock(file, member, random);
                text.Append(block);
                lines += block.Count(c => c == '\n');
            }

            text.Append("}\n");
            var areas = (file % 5) switch { 0 => "0", 1 => "1|2", _ => null };
            yield return File("Large/File" + file.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".cs", text.ToString(), aiGenerated: file % 3 == 0, reviewAreas: areas);
        }
    }

    /// <summary>One class of a large file: ordinary code most of the time, and now and then something each rule reads.</summary>
    private static string LargeFileBlock(int file, int member, Random random)
    {
        var name = "C" + member;
        var number = random.Next(1, 10_000);
        return random.Next(14) switch
        {
            0 => $$"""
                    public class {{name}}
                    {
                        public int Compute(int input)
                        {
                            var total = 0;
                            for (var i = 0; i < input; i++) { total += i * {{number}}; }
                            return total;
                        }
                    }

                """,
            1 => $$"""
                    public class {{name}}
                    {
                        public void Run() => Process.Start("tool-{{number}}");
                        [Reviewed("alice", "2024-01-{{1 + (number % 28):D2}}")] public void Reviewed() => Process.Start("reviewed-{{number}}");
                    }

                """,
            2 => $$"""
                    [AiGenerated("copilot", Date = "202{{number % 5}}-0{{1 + (number % 9)}}-15")]
                    public class {{name}}
                    {
                        public string Describe() => "{{number}}";
                        [ReviewPending("2025-0{{1 + (number % 6)}}-01")] public void Pending() { }
                    }

                """,
            3 => $$"""
                    public class {{name}}Tests
                    {
                        [Fact] public void Asserts() => Assert.Equal({{number}}, {{number}} + 0);
                        [Fact] public void DoesNotAssert() { var x = {{number}}; }
                        [Fact(Skip = "flaky {{number}}")] public void Skipped() { }
                        [Fact(Skip = "#{{number}}")] public void Tracked() { }
                    }

                """,
            4 => $$"""
                    [ExcludeFromCodeCoverage]
                    public class {{name}}
                    {
                        [ExcludeFromCodeCoverage(Justification = "thin wrapper over the OS, covered end to end")] public void Wrapped() { }
                        [ExcludeFromCodeCoverage(Justification = "TODO")] public void Todo() { }
                    }

                """,
            5 => $$"""
                    public class {{name}}
                    {
                    #pragma warning disable GR4001
                        [Fact] public void Quiet() { }
                    #pragma warning restore GR4001
                    #pragma warning disable GR3002 // reviewed in #{{number}}: the installer must start the service
                        public void Start() => Process.Start("svc");
                    #pragma warning restore GR3002
                    }

                """,
            6 => $$"""
                    public record {{name}}(int Id, string Name)
                    {
                        public static {{name}} Create() => new({{number}}, "n{{number}}");
                    }

                """,
            7 => $$"""
                    public class {{name}}(string path)
                    {
                        public void Remove() => System.IO.File.Delete(path);
                        public void Print() => Console.WriteLine(path);
                        public Random Random { get; } = new Random({{number}});
                    }

                """,
            8 => $$"""
                    public unsafe class {{name}}
                    {
                        [System.Runtime.InteropServices.DllImport("lib{{number}}")] private static extern int Native{{number}}();
                        public int Read(int* p) => *p;
                    }

                """,
            9 => $$"""
                    public partial class Shared{{file % 4}}
                    {
                        [Reviewed("carol", "2024-02-02", Fingerprint = "{{number:x12}}")] public int Part{{file}}_{{member}}() => {{number}};
                    }

                """,
            10 => $$"""
                    public class {{name}}
                    {
                        public int Broken() => Missing{{number}}.Value + undefined;
                        [Reviewed(Unknown{{number}})] public void Unbound() { }
                    }

                """,
            11 => $$"""
                    [SuppressMessage("Guardrails", "GR4001")]
                    public class {{name}}Suppressed
                    {
                        [Fact] public void M() { }
                    }

                """,
            12 => $$"""
                    public class {{name}}
                    {
                        public int Switch(object o) => o switch { int i when i > {{number}} => i, string s => s.Length, _ => 0 };
                        public System.Collections.Generic.IEnumerable<int> Iterate() { for (var i = 0; i < {{number}}; i++) { yield return i; } }
                        public async System.Threading.Tasks.Task<int> Async() { await System.Threading.Tasks.Task.Yield(); return {{number}}; }
                    }

                """,
            _ => $$"""
                    public interface I{{name}} { int Value { get; } void Do() { } }
                    public struct {{name}} : I{{name}} { public int Value => {{number}}; }

                """,
        };
    }
}
