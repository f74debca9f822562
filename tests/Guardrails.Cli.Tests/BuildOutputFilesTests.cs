using System.Reflection;
using System.Xml.Linq;
using Guardrails.Cli.Inputs;
using Guardrails.Rules;

namespace Guardrails.Cli.Tests;

/// <summary>
/// The obj/ file names: build/Guardrails.targets defines each in one property (the "GuardrailsOutputFileNames" group), the
/// CLI reads them through <see cref="BuildOutputFiles"/>. A name changed on one side only would leave `guardrails report`
/// and `baseline` reading nothing.
/// </summary>
public class BuildOutputFilesTests
{
    private static readonly string BuildFolder = RepoPaths.Combine("build");

    [Fact]
    public void TargetsFileNames_EqualTheCliConstants()
    {
        var fromTargets = TargetsFileNames();
        var fromCli = typeof(BuildOutputFiles)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(BuildOutputFiles.DiagnosticsFileSuffix))
            .ToDictionary(f => "_Guardrails" + f.Name, f => (string)f.GetRawConstantValue()!);

        Assert.True(fromTargets.Count >= 20, "too few file names read from the targets: " + fromTargets.Count);
        Assert.Equal(fromCli.OrderBy(p => p.Key, StringComparer.Ordinal), fromTargets.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryFileName_IsWrittenOnceInTheTargets()
    {
        var targets = Directory.GetFiles(BuildFolder, "*.targets", SearchOption.AllDirectories)
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .ToList();

        foreach (var (property, name) in TargetsFileNames().Where(p => p.Key != "_GuardrailsFolderName"))
        {
            var occurrences = targets.Sum(t => CountOf(t.Text, ">" + name + "<") + CountOf(t.Text, name + "'") + CountOf(t.Text, ")" + name));
            Assert.True(occurrences == 1, property + ": '" + name + "' is written " + occurrences + " times in build/*.targets; use $(" + property + ")");
        }
    }

    [Fact]
    public void TaskDiagnosticsFiles_MatchThePatternTheCliReads()
    {
        var diagnostics = TargetsFileNames().Where(p => p.Key.EndsWith("DiagnosticsFileName", StringComparison.Ordinal)).ToList();

        Assert.True(diagnostics.Count >= 6, string.Join(", ", diagnostics.Select(d => d.Key)));
        Assert.All(diagnostics, d => Assert.EndsWith(BuildOutputFolder.DiagnosticsFilePattern.TrimStart('*'), d.Value));
    }

    private static Dictionary<string, string> TargetsFileNames()
    {
        var group = XDocument.Load(Path.Combine(BuildFolder, "Guardrails.targets"))
            .Root!.Elements("PropertyGroup")
            .Single(g => (string?)g.Attribute("Label") == "GuardrailsOutputFileNames");
        return group.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
