using System.Globalization;
using System.Text;

namespace Guardrails.Benchmarks.Coverage;

/// <summary>
/// Writes a Cobertura report in coverlet.collector's shape: packages (assemblies) of classes, each class with its
/// <c>&lt;methods&gt;</c> (every method's lines) and then its own <c>&lt;lines&gt;</c> (the same lines again), branch
/// lines with <c>condition-coverage</c> and <c>&lt;conditions&gt;</c>, file names relative to one <c>&lt;source&gt;</c>.
/// A file holds its main class plus, at random, an async state machine (<c>Foo/&lt;SaveAsync&gt;d__7</c>, <c>MoveNext</c>),
/// an iterator, a nested class, a local function, a lambda class (<c>Foo/&lt;&gt;c</c>) whose line the declaring method
/// lists too, and part of a partial class named in another file. Deterministic: the same shape gives the same bytes.
/// </summary>
internal static class CoberturaReportGenerator
{
    /// <summary>The report's <c>&lt;source&gt;</c>; the file names are relative to it.</summary>
    public const string SourceRoot = "/home/runner/work/contoso/contoso/";

    private static readonly string[] Modules = { "Orders", "Billing", "Payments", "Catalog", "Shipping", "Identity", "Reporting", "Search", "Inventory", "Notifications" };

    private static readonly string[] Nouns = { "Order", "Invoice", "Customer", "Payment", "Product", "Shipment", "Account", "Refund", "Discount", "Address", "Cart", "Fee", "Ledger", "Quote", "Tax" };

    private static readonly string[] Verbs = { "Get", "Find", "Create", "Update", "Delete", "Validate", "Calculate", "Apply", "Map", "Load", "Save", "Build", "Resolve", "Check" };

    private static readonly string[] Signatures =
    {
        "()",
        "(System.String)",
        "(System.Int32,System.Threading.CancellationToken)",
        "(System.Collections.Generic.IEnumerable`1<Contoso.Domain.OrderLine>,System.Decimal)",
        "(System.Guid,System.String,System.Boolean)",
        "(Contoso.Domain.Money,Contoso.Domain.Currency)",
    };

    /// <summary>Writes the report to <paramref name="path"/> and returns what a correct reader must find in it.</summary>
    public static GeneratedReport Write(string path, ReportShape shape)
    {
        var expected = new GeneratedReport(path);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16))
        {
            writer.NewLine = "\n";
            writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            writer.Write("<coverage line-rate=\"0.7712\" branch-rate=\"0.6483\" version=\"1.9\" timestamp=\"1795380313\" lines-covered=\"0\" lines-valid=\"0\" branches-covered=\"0\" branches-valid=\"0\">\n");
            writer.Write("  <sources>\n    <source>" + SourceRoot + "</source>\n  </sources>\n  <packages>\n");
            for (var a = 0; a < shape.Assemblies; a++)
            {
                var module = Modules[a % Modules.Length] + (a < Modules.Length ? string.Empty : Number(a / Modules.Length));
                var assembly = "Contoso." + module;
                writer.Write("    <package name=\"" + assembly + "\" line-rate=\"0.7712\" branch-rate=\"0.6483\" complexity=\"" + Number(shape.FilesPerAssembly * 20) + "\">\n      <classes>\n");
                string? previousClass = null;
                for (var f = 0; f < shape.FilesPerAssembly; f++)
                {
                    var random = new Random((a * 100_003) + f + shape.Seed);
                    var classes = CreateFile(random, assembly, module, f, ref previousClass);
                    for (var copy = 0; copy < shape.Listings; copy++)
                    {
                        foreach (var type in classes)
                        {
                            WriteClass(writer, type);
                        }
                    }

                    expected.Add(assembly, classes);
                }

                writer.Write("      </classes>\n    </package>\n");
            }

            writer.Write("  </packages>\n</coverage>\n");
        }

        expected.Bytes = new FileInfo(path).Length;
        return expected;
    }

    private static List<GeneratedClass> CreateFile(Random random, string assembly, string module, int index, ref string? previousClass)
    {
        var folder = index % 25 == 24 ? "Migrations" : Nouns[index % Nouns.Length] + "s";
        var typeName = Nouns[random.Next(Nouns.Length)] + Verbs[random.Next(Verbs.Length)].Replace("Get", "Query", StringComparison.Ordinal) + "Service" + Number(index);
        var fileName = "src/" + assembly + "/" + folder + "/" + typeName + ".cs";

        // About one file in ten continues the previous file's partial class.
        var className = previousClass is not null && random.Next(10) == 0 ? previousClass : assembly + "." + folder + "." + typeName;
        previousClass = className;

        var line = 8 + random.Next(12); // usings, namespace, attributes, the class declaration
        var classes = new List<GeneratedClass>();
        var main = new GeneratedClass(className, fileName);
        classes.Add(main);
        var methodCount = 3 + random.Next(10);
        for (var m = 0; m < methodCount; m++)
        {
            var name = Verbs[random.Next(Verbs.Length)] + Nouns[random.Next(Nouns.Length)] + Number(m);
            var method = CreateMethod(random, name, Signatures[random.Next(Signatures.Length)], ref line);
            main.Methods.Add(method);

            // A lambda in the method, listed by the compiler's <>c class and by the declaring method on the same line.
            if (random.Next(6) == 0 && method.Lines.Count > 2)
            {
                var shared = method.Lines[1 + random.Next(method.Lines.Count - 2)];
                var lambda = new GeneratedMethod("<" + name + ">b__" + Number(m) + "_0", "(Contoso.Domain." + Nouns[m % Nouns.Length] + ")");
                lambda.Lines.Add(new GeneratedLine(shared.Number, shared.Hits == 0 ? 0 : shared.Hits * (1 + random.Next(5)), 0, 0));
                AddClass(classes, className + "/<>c", fileName).Methods.Add(lambda);
            }

            // A local function, listed as a method of the class with a compiler-generated name.
            if (random.Next(8) == 0)
            {
                main.Methods.Add(CreateMethod(random, "<" + name + ">g__Local|" + Number(m) + "_0", "(System.Int32)", ref line));
            }
        }

        if (random.Next(2) == 0)
        {
            var name = Verbs[random.Next(Verbs.Length)] + Nouns[random.Next(Nouns.Length)] + "Async";
            var stateMachine = new GeneratedClass(className + "/<" + name + ">d__" + Number(methodCount), fileName);
            stateMachine.Methods.Add(CreateMethod(random, "MoveNext", "()", ref line, bodyLines: 10 + random.Next(20)));
            classes.Add(stateMachine);
        }

        if (random.Next(5) == 0)
        {
            var iterator = new GeneratedClass(className + "/<Enumerate" + Nouns[random.Next(Nouns.Length)] + "s>d__" + Number(methodCount + 1), fileName);
            iterator.Methods.Add(CreateMethod(random, "MoveNext", "()", ref line));
            classes.Add(iterator);
        }

        if (random.Next(4) == 0)
        {
            var nested = new GeneratedClass(className + "/Builder", fileName);
            var nestedMethods = 2 + random.Next(3);
            for (var m = 0; m < nestedMethods; m++)
            {
                nested.Methods.Add(CreateMethod(random, "With" + Nouns[random.Next(Nouns.Length)] + Number(m), Signatures[random.Next(Signatures.Length)], ref line));
            }

            classes.Add(nested);
        }

        return classes;
    }

    private static GeneratedClass AddClass(List<GeneratedClass> classes, string name, string fileName)
    {
        var existing = classes.Find(c => c.Name == name);
        if (existing is not null)
        {
            return existing;
        }

        var created = new GeneratedClass(name, fileName);
        classes.Add(created);
        return created;
    }

    /// <summary>A method's coverable lines: the opening brace, statements (some blank lines skipped), the closing brace.</summary>
    private static GeneratedMethod CreateMethod(Random random, string name, string signature, ref int line, int bodyLines = 0)
    {
        var method = new GeneratedMethod(name, signature);
        var run = random.Next(5) != 0; // one method in five is never run
        var entryHits = run ? 1 + (random.Next(4) == 0 ? random.Next(100_000) : random.Next(60)) : 0;
        line += 2; // a blank line and the signature
        var count = bodyLines > 0 ? bodyLines : 2 + random.Next(18);
        var skippedBlock = false;
        for (var i = 0; i < count; i++)
        {
            line += random.Next(6) == 0 ? 2 : 1;
            var first = i == 0;
            var last = i == count - 1;

            // A block that did not run: an untaken if-body or catch, a few lines long.
            if (!first && !last && run && !skippedBlock && random.Next(9) == 0)
            {
                skippedBlock = true;
            }
            else if (skippedBlock && random.Next(3) == 0)
            {
                skippedBlock = false;
            }

            var hits = skippedBlock && !last ? 0 : entryHits;
            var (covered, total) = (0, 0);
            if (!first && !last && random.Next(5) == 0)
            {
                var kind = random.Next(20);
                total = kind < 14 ? 2 : kind < 17 ? 4 : 6 + (2 * random.Next(4)); // if, && / ||, switch
                covered = hits == 0 ? 0 : 1 + random.Next(total);
            }

            method.Lines.Add(new GeneratedLine(line, hits, covered, total));
        }

        return method;
    }

    private static void WriteClass(StreamWriter writer, GeneratedClass type)
    {
        var lines = type.Methods.SelectMany(m => m.Lines).ToList();
        writer.Write("        <class name=\"" + Escape(type.Name) + "\" filename=\"" + type.FileName + "\" line-rate=\"" + LineRate(lines) + "\" branch-rate=\"" + BranchRate(lines)
            + "\" complexity=\"" + Number(type.Methods.Count + lines.Count(l => l.Total > 0)) + "\">\n          <methods>\n");
        foreach (var method in type.Methods)
        {
            writer.Write("            <method name=\"" + Escape(method.Name) + "\" signature=\"" + Escape(method.Signature) + "\" line-rate=\"" + LineRate(method.Lines) + "\" branch-rate=\""
                + BranchRate(method.Lines) + "\" complexity=\"" + Number(1 + method.Lines.Count(l => l.Total > 0)) + "\">\n              <lines>\n");
            foreach (var line in method.Lines)
            {
                WriteLine(writer, line, "                ");
            }

            writer.Write("              </lines>\n            </method>\n");
        }

        writer.Write("          </methods>\n          <lines>\n");
        foreach (var line in lines)
        {
            WriteLine(writer, line, "            ");
        }

        writer.Write("          </lines>\n        </class>\n");
    }

    private static void WriteLine(StreamWriter writer, GeneratedLine line, string indent)
    {
        writer.Write(indent);
        writer.Write("<line number=\"");
        writer.Write(Number(line.Number));
        writer.Write("\" hits=\"");
        writer.Write(Number(line.Hits));
        if (line.Total == 0)
        {
            writer.Write("\" branch=\"False\" />\n");
            return;
        }

        var percent = Number(line.Covered * 100 / line.Total);
        writer.Write("\" branch=\"True\" condition-coverage=\"" + percent + "% (" + Number(line.Covered) + "/" + Number(line.Total) + ")\">\n");
        writer.Write(indent + "  <conditions>\n");
        if (line.Total > 4)
        {
            writer.Write(indent + "    <condition number=\"" + Number(line.Number * 3) + "\" type=\"switch\" coverage=\"" + percent + "%\" />\n");
        }
        else
        {
            for (var c = 0; c < line.Total / 2; c++)
            {
                var taken = Math.Clamp(line.Covered - (2 * c), 0, 2);
                writer.Write(indent + "    <condition number=\"" + Number((line.Number * 3) + c) + "\" type=\"jump\" coverage=\"" + Number(taken * 50) + "%\" />\n");
            }
        }

        writer.Write(indent + "  </conditions>\n" + indent + "</line>\n");
    }

    private static string LineRate(IReadOnlyCollection<GeneratedLine> lines) =>
        lines.Count == 0 ? "1" : Rate(lines.Count(l => l.Hits > 0), lines.Count);

    private static string BranchRate(IReadOnlyCollection<GeneratedLine> lines)
    {
        var total = lines.Sum(l => l.Total);
        return total == 0 ? "1" : Rate(lines.Sum(l => l.Covered), total);
    }

    private static string Rate(long covered, long total) =>
        Math.Round((double)covered / total, 4).ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// How big a generated report is: <see cref="Assemblies"/> × <see cref="FilesPerAssembly"/> source files, each class
/// written <see cref="Listings"/> times (1 in a real report; more repeats the same coverage in more bytes).
/// </summary>
internal sealed record ReportShape(int Assemblies, int FilesPerAssembly, int Listings = 1, int Seed = 0);

internal sealed record GeneratedLine(int Number, long Hits, int Covered, int Total);

internal sealed class GeneratedMethod
{
    public GeneratedMethod(string name, string signature)
    {
        Name = name;
        Signature = signature;
    }

    public string Name { get; }

    public string Signature { get; }

    public List<GeneratedLine> Lines { get; } = new();
}

internal sealed class GeneratedClass
{
    public GeneratedClass(string name, string fileName)
    {
        Name = name;
        FileName = fileName;
    }

    public string Name { get; }

    public string FileName { get; }

    public List<GeneratedMethod> Methods { get; } = new();
}
