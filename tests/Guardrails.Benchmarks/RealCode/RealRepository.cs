using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>The projects of a checkout the real-code benchmarks measure (<see cref="RealCodeSettings"/>); figures are sums over them.</summary>
internal sealed class RealRepository
{
    private RealRepository(RealCodeSettings settings, IReadOnlyList<RealProject> projects, string commit)
    {
        Settings = settings;
        Projects = projects;
        Commit = commit;
    }

    public RealCodeSettings Settings { get; }

    public IReadOnlyList<RealProject> Projects { get; }

    /// <summary>The checkout's commit (<c>git rev-parse --short HEAD</c>), or "unknown".</summary>
    public string Commit { get; }

    public int Lines => Projects.Sum(p => p.Lines);

    public string Description => Path.GetFileName(Settings.Repository) + " at " + Commit + ": "
        + string.Join(", ", Projects.Select(p => p.Name + " (" + p.Framework + ", " + p.Compilation.SyntaxTrees.Count().ToString("N0", CultureInfo.InvariantCulture)
            + " trees of which " + p.GeneratedTrees + " generated, " + p.Lines.ToString("N0", CultureInfo.InvariantCulture) + " lines)"))
        + "; " + Lines.ToString("N0", CultureInfo.InvariantCulture) + " lines in all";

    /// <summary>Loads every project and fails unless each compiles with at most the tolerated number of errors.</summary>
    public static RealRepository Load()
    {
        var settings = RealCodeSettings.FromEnvironment();
        var projects = settings.Projects.Select(p => RealProject.Load(settings, p)).ToList();
        var repository = new RealRepository(settings, projects, GitCommit(settings.Repository));
        foreach (var project in projects)
        {
            foreach (var problem in project.ConfigProblems)
            {
                Console.WriteLine("// " + project.Name + ": " + problem);
            }

            var errors = project.Errors();
            Console.WriteLine("// " + project.Name + ": " + errors.Count + " compiler errors (tolerated: " + settings.MaxErrors + ").");
            if (errors.Count > settings.MaxErrors)
            {
                throw new InvalidOperationException(project.Name + " does not compile (" + errors.Count + " errors, tolerated " + settings.MaxErrors
                    + "): the benchmark would measure the wrong thing." + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(10)));
            }
        }

        Console.WriteLine("// Repository: " + repository.Description);
        return repository;
    }

    /// <summary>
    /// A key for what a verification depends on: the captured command lines, the Guardrails and RS0030 assemblies. The
    /// set-up checks every analyzer on the code once per key (it takes as long as a benchmark) and records it.
    /// </summary>
    public string VerificationStamp()
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(Settings.WorkFolder, "capture"), "*.args").Order(StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(file));
        }

        text.Append(typeof(Guardrails.Analyzers.Rules.BannedApiAnalyzer).Assembly.ManifestModule.ModuleVersionId);
        text.Append(string.Join(";", Settings.Projects)).Append(Settings.Framework).Append(RealCodePolicy.Text);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        return Path.Combine(Settings.WorkFolder, "verified-" + hash);
    }

    private static string GitCommit(string folder)
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length != 0 ? output : "unknown";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return "unknown";
        }
    }
}
