using Microsoft.CodeAnalysis;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// The checks that keep the real-code benchmarks honest, run once per <see cref="RealRepository.VerificationStamp"/>
/// (the captured command lines and the analyzer builds): every Guardrails analyzer and RS0030 run over the code without
/// an exception or AD0001, neither reports a problem in the banned-API list (GR1102, GR1103, RS0031), and GR1101 reports
/// every location RS0030 reports (suppressed findings included). Throws otherwise; the stamp file records the counts.
/// </summary>
internal static class RealCodeVerification
{
    public static void Require(RealRepository repository)
    {
        var stamp = repository.VerificationStamp();
        if (File.Exists(stamp))
        {
            Console.WriteLine("// Verified earlier for these inputs (" + stamp + "): " + File.ReadAllText(stamp).Trim());
            return;
        }

        var analysis = new RealCodeAnalysis(repository);
        var peer = analysis.Findings(AnalyzerCases.Create(AnalyzerCases.Rs0030));
        var ours = analysis.Findings(AnalyzerCases.Create(AnalyzerCases.AllGuardrails));
        var peerUses = peer.Where(d => d.Id == "RS0030").ToList();
        var ourLocations = ours.Where(d => d.Id == "GR1101").Select(Location).ToHashSet();
        var missed = peerUses.Where(d => !ourLocations.Contains(Location(d))).ToList();
        var counts = string.Join(", ", peer.Concat(ours).GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " " + g.Count() + (g.Any(d => d.IsSuppressed) ? " (" + g.Count(d => d.IsSuppressed) + " suppressed)" : string.Empty)));
        var summary = "findings: " + (counts.Length == 0 ? "none" : counts) + "; RS0030 locations " + peerUses.Select(Location).Distinct().Count()
            + ", GR1101 locations " + ourLocations.Count + ", RS0030 locations GR1101 misses " + missed.Count;
        Console.WriteLine("// " + summary);
        var problems = new List<string>();
        problems.AddRange(analysis.Exceptions.Distinct().Take(10).Select(e => "analyzer exception: " + e));
        problems.AddRange(peer.Concat(ours).Where(d => d.Id is "AD0001" or "GR1102" or "GR1103" or "RS0031").Take(10).Select(d => d.ToString()));
        problems.AddRange(missed.Take(10).Select(d => "GR1101 misses " + d));
        if (problems.Count != 0)
        {
            throw new InvalidOperationException("The analyzers do not run cleanly on " + repository.Description + ":" + Environment.NewLine
                + string.Join(Environment.NewLine, problems));
        }

        File.WriteAllText(stamp, summary + Environment.NewLine);
    }

    private static (string? Path, int Start) Location(Diagnostic diagnostic) => (diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan.Start);
}
