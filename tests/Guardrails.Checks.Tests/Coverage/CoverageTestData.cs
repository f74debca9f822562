using System.Text;
using Guardrails.Checks.Coverage;
using Guardrails.Policy;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>Builds Cobertura text and policies for the coverage tests; paths live under /repo like <see cref="PolicyText.FileName"/>.</summary>
internal static class CoverageTestData
{
    public const string ReportPath = "/repo/TestResults/abc/coverage.cobertura.xml";

    /// <summary>The absolute path of a file under /repo, as the reader resolves it on this platform.</summary>
    public static string RepoPath(string relative) => Path.GetFullPath("/repo/" + relative);

    public static CoverageData Read(string xml, string reportPath = ReportPath)
    {
        var result = CoberturaReader.ReadText(xml, reportPath);
        Assert.Empty(result.Problems);
        Assert.NotNull(result.Coverage);
        return result.Coverage!;
    }

    public static CoverageProblem ReadProblem(string xml)
    {
        var result = CoberturaReader.ReadText(xml, ReportPath);
        Assert.Null(result.Coverage);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReportPath, problem.File);
        return problem;
    }

    public static (GuardrailsPolicy Policy, CoverageSettings Settings) LoadPolicy(string json, CoverageOverrides? overrides = null, string? profile = null)
    {
        var load = PolicyText.Parse(json, profile);
        Assert.Empty(load.Problems);
        return (load.Policy, CoverageSettings.From(load.Policy, overrides));
    }

    /// <summary>A policy as if it were the file guardrails.json in <paramref name="directory"/> (which must exist for files it names).</summary>
    public static (GuardrailsPolicy Policy, CoverageSettings Settings) LoadPolicyAt(string directory, string json)
    {
        var load = PolicyLoader.Parse(Encoding.UTF8.GetBytes(json), Path.Combine(directory, "guardrails.json"), null, false);
        Assert.Empty(load.Problems);
        return (load.Policy, CoverageSettings.From(load.Policy));
    }

    /// <summary>A report with one package per (assembly, file, lines) entry; lines are "number:hits" or "number:hits:covered/total".</summary>
    public static string Report(params (string Assembly, string File, string[] Lines)[] classes)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<coverage line-rate=\"1\" branch-rate=\"1\" version=\"1.9\" timestamp=\"1\">\n  <sources><source>/repo/</source></sources>\n  <packages>\n");
        foreach (var group in classes.GroupBy(c => c.Assembly))
        {
            text.Append("    <package name=\"").Append(group.Key).Append("\" line-rate=\"1\">\n      <classes>\n");
            foreach (var (_, file, lines) in group)
            {
                text.Append("        <class name=\"Contoso.").Append(Path.GetFileNameWithoutExtension(file)).Append("\" filename=\"").Append(file).Append("\" line-rate=\"1\">\n          <methods />\n          <lines>\n");
                foreach (var line in lines)
                {
                    var parts = line.Split(':');
                    text.Append("            <line number=\"").Append(parts[0]).Append("\" hits=\"").Append(parts[1]).Append('"');
                    if (parts.Length > 2)
                    {
                        var counts = parts[2].Split('/');
                        var percent = int.Parse(counts[1]) == 0 ? 0 : int.Parse(counts[0]) * 100 / int.Parse(counts[1]);
                        text.Append(" branch=\"True\" condition-coverage=\"").Append(percent).Append("% (").Append(parts[2]).Append(")\"");
                    }
                    else
                    {
                        text.Append(" branch=\"False\"");
                    }

                    text.Append(" />\n");
                }

                text.Append("          </lines>\n        </class>\n");
            }

            text.Append("      </classes>\n    </package>\n");
        }

        return text.Append("  </packages>\n</coverage>\n").ToString();
    }

    /// <summary>Lines 1..total, the first <paramref name="covered"/> of them run once.</summary>
    public static string[] Lines(int covered, int total) =>
        Enumerable.Range(1, total).Select(n => n + ":" + (n <= covered ? 1 : 0)).ToArray();
}
