using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Inputs;

/// <summary>Reads the guardrails/ folders into <see cref="BuildResults"/>: one entry per project, all its target frameworks merged.</summary>
internal static class BuildResultsLoader
{
    /// <summary>Throws <see cref="InputFileException"/> for a file it cannot read.</summary>
    public static BuildResults Load(string root, IReadOnlyList<BuildOutputFolder> folders, Action<string> progress)
    {
        var notes = new List<string>();
        var baselines = new SortedSet<string>(StringComparer.Ordinal);
        var projects = new List<ProjectResults>();
        foreach (var group in folders.GroupBy(f => f.ProjectKey, StringComparer.Ordinal))
        {
            var project = LoadProject(group.ToList(), notes, baselines);
            progress("  " + project.Name + " (" + string.Join(", ", project.Builds) + "): " + project.Findings.Count + (project.Findings.Count == 1 ? " finding" : " findings"));
            projects.Add(project);
        }

        projects.Sort((a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name));
        return new BuildResults(root, projects, notes, Guardrails.Policy.RepositoryRoot.OfFolder(root), baselines.ToList());
    }

    private static ProjectResults LoadProject(IReadOnlyList<BuildOutputFolder> folders, List<string> notes, ISet<string> baselines)
    {
        var name = folders[0].ProjectName;
        var projectFile = folders[0].ProjectFile;
        var findings = new List<Finding>();
        var debts = new List<ReviewDebt>();
        var coverage = new List<CoverageReport>();
        var coverageFolders = folders.Where(f => File.Exists(f.File(BuildOutputFolder.CoverageSummaryFile))).ToList();
        foreach (var folder in folders)
        {
            var switches = WarningSwitchesOf(folder);
            if (folder.IsCrossTargeting)
            {
                // The outer build of a multi-targeting project: only its judgement of the baseline across target frameworks (GR0003).
                foreach (var file in Directory.EnumerateFiles(folder.Path, BuildOutputFolder.DiagnosticsFilePattern).OrderBy(f => f, StringComparer.Ordinal))
                {
                    findings.AddRange(TaskDiagnosticsReader.Read(file, name, projectFile, baseline: null, switches));
                }

                continue;
            }

            var compilerLog = folder.File(BuildOutputFolder.CompilerLog);
            if (File.Exists(compilerLog))
            {
                findings.AddRange(CompilerLogReader.Read(compilerLog, name));
            }
            else
            {
                notes.Add("No compiler log for " + name + " (" + folder.Build + "): its analyzer findings are not in this report. Guardrails writes "
                    + BuildOutputFolder.CompilerLog + " in CI builds (CI=true) and with -p:GuardrailsCompilerLog=true, not in a local build (it slows the compiler down), "
                    + "and never when the project sets its own ErrorLog in another format.");
            }

            // The build reports task findings after taking out those the baseline records; so does the report, per target framework.
            var folderBaseline = BaselineOf(folder) is { } baselinePath ? LoadBaseline(folder, baselinePath) : null;
            foreach (var file in Directory.EnumerateFiles(folder.Path, BuildOutputFolder.DiagnosticsFilePattern).OrderBy(f => f, StringComparer.Ordinal))
            {
                findings.AddRange(TaskDiagnosticsReader.Read(file, name, projectFile, folderBaseline, switches));
            }

            var debtFile = folder.File(BuildOutputFolder.ReviewDebtFile);
            if (File.Exists(debtFile))
            {
                debts.Add(ReviewDebtReader.Read(debtFile));
            }

            var coverageFile = folder.File(BuildOutputFolder.CoverageSummaryFile);
            if (File.Exists(coverageFile))
            {
                var measuredBy = coverageFolders.Count > 1 ? name + " (" + folder.TargetFramework + ")" : name;
                coverage.Add(CoverageSummaryReader.Read(coverageFile, measuredBy));
            }
        }

        // A baseline is not a gap in the report: it is said once, not as a note per project.
        foreach (var baseline in folders.Where(f => !f.IsCrossTargeting).Select(f => BaselineOf(f)).OfType<string>())
        {
            baselines.Add(baseline);
        }

        // Target frameworks of one project normally agree; where they differ (#if), the one with the most AI-generated code counts.
        var reviewDebt = debts.Count == 0 ? null : debts.OrderByDescending(d => d.AiGenerated.Members).ThenByDescending(d => d.AiGenerated.Lines).First();
        return new ProjectResults(name, projectFile, folders.Where(f => !f.IsCrossTargeting).Select(f => f.Build).ToList(), BuildResults.Distinct(findings), reviewDebt, coverage);
    }

    /// <summary>
    /// The baseline's budget and the folder its paths are relative to (the repository root of the policy file named by
    /// the generated analyzer config), or null when either cannot be read: then task findings are counted as the build found them.
    /// </summary>
    private static (Guardrails.Checks.Baseline.BaselineBudget Budget, string BaseDirectory)? LoadBaseline(BuildOutputFolder folder, string baselinePath)
    {
        var config = folder.File(BuildOutputFolder.AnalyzerConfigFile);
        try
        {
            var policyLine = File.Exists(config)
                ? File.ReadLines(config).FirstOrDefault(l => l.StartsWith(Guardrails.Options.AnalyzerOptionKeys.PolicyFile + " = ", StringComparison.Ordinal))
                : null;
            var policyFile = policyLine is null ? null : Guardrails.Options.OptionValue.Decode(policyLine.Substring(policyLine.IndexOf('=') + 1).Trim());
            if (string.IsNullOrEmpty(policyFile) || !File.Exists(baselinePath))
            {
                return null;
            }

            var entries = Guardrails.Checks.Baseline.BaselineFile.Read(baselinePath).Entries;
            return (new Guardrails.Checks.Baseline.BaselineBudget(entries), Guardrails.Policy.RepositoryRoot.Of(policyFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The MSBuild warning switches the build used (its own TreatWarningsAsErrors, WarningsAsErrors, NoWarn), so the
    /// report shows the severity the build really reported; none when an older build did not record them.
    /// </summary>
    private static Guardrails.Policy.MSBuildWarningSwitches WarningSwitchesOf(BuildOutputFolder folder)
    {
        var file = folder.File(BuildOutputFolder.WarningSwitchesFile);
        try
        {
            if (!File.Exists(file))
            {
                return Guardrails.Policy.MSBuildWarningSwitches.None;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file))
            {
                var equals = line.IndexOf('=');
                if (equals > 0)
                {
                    values[line[..equals]] = line[(equals + 1)..];
                }
            }

            return new Guardrails.Policy.MSBuildWarningSwitches(
                values.GetValueOrDefault("NoWarn"),
                values.GetValueOrDefault("WarningsAsErrors"),
                values.GetValueOrDefault("WarningsNotAsErrors"),
                string.Equals(values.GetValueOrDefault("TreatWarningsAsErrors")?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, 0, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>The baseline file the build used, or null.</summary>
    private static string? BaselineOf(BuildOutputFolder folder)
    {
        var file = folder.File(BuildOutputFolder.BaselinePathFile);
        try
        {
            var path = File.Exists(file) ? File.ReadAllText(file).Trim() : string.Empty;
            return path.Length > 0 ? path : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(file, 0, 0, "cannot be read: " + ex.Message, ex);
        }
    }
}
