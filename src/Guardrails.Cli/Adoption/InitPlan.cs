using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// What <c>guardrails init</c> will write — the policy, the empty baseline, the package reference — and, line by line,
/// why. Nothing is written until <see cref="Apply"/>, so a caller can show the plan first (a dry run).
/// </summary>
internal sealed class InitPlan
{
    public InitPlan(string root, IReadOnlyList<PlannedFile> files, IReadOnlyList<string> summary, string? refusal)
    {
        Root = root;
        Files = files;
        Summary = summary;
        Refusal = refusal;
    }

    public string Root { get; }

    /// <summary>The files to write, the policy first.</summary>
    public IReadOnlyList<PlannedFile> Files { get; }

    /// <summary>One line per decision, for people ("licences found: MIT (42 packages), Apache-2.0 (7)").</summary>
    public IReadOnlyList<string> Summary { get; }

    /// <summary>Why the plan must not be applied (an existing guardrails.json without Force), or null.</summary>
    public string? Refusal { get; }

    public bool CanApply => Refusal is null;

    /// <summary>Project and Directory.Build files that set TreatWarningsAsErrors (relative): their next build fails on any finding not baselined.</summary>
    public IReadOnlyList<string> TreatsWarningsAsErrors { get; set; } = new List<string>();

    /// <summary>
    /// Projects that do not get the Guardrails package from what the plan writes, each with why: init says so and
    /// exits non-zero, since those projects would build green without any policy.
    /// </summary>
    public IReadOnlyList<string> Uncovered { get; set; } = new List<string>();

    /// <summary>The planned guardrails.json.</summary>
    public PlannedFile Policy => Files[0];

    /// <summary>
    /// Writes the files, each atomically. Refuses (writing nothing) when the plan has a <see cref="Refusal"/>, or when a
    /// file changed or appeared since the scan — run init again then. Never throws for I/O problems: they end up in
    /// <see cref="InitResult.Error"/>.
    /// </summary>
    public InitResult Apply()
    {
        if (Refusal is not null)
        {
            return new InitResult(Array.Empty<PlannedFile>(), Refusal);
        }

        foreach (var file in Files)
        {
            var conflict = Conflict(file);
            if (conflict is not null)
            {
                return new InitResult(Array.Empty<PlannedFile>(), conflict + " Nothing was written; run guardrails init again.");
            }
        }

        var written = new List<PlannedFile>();
        foreach (var file in Files)
        {
            try
            {
                AtomicFile.Write(file.Path, file.Content);
                written.Add(file);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                var done = written.Count == 0 ? "Nothing was written." : "Already written: " + string.Join(", ", written.Select(w => w.RelativePath)) + ".";
                return new InitResult(written, file.RelativePath + " could not be written: " + ex.Message + " " + done);
            }
        }

        return new InitResult(written, null);
    }

    private static string? Conflict(PlannedFile file)
    {
        try
        {
            var exists = File.Exists(file.Path);
            if (file.Original is null)
            {
                return exists ? file.RelativePath + " was created since the scan." : null;
            }

            return !exists || !File.ReadAllBytes(file.Path).SequenceEqual(file.Original)
                ? file.RelativePath + " changed since the scan."
                : null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return file.RelativePath + " could not be read: " + ex.Message + ".";
        }
    }
}
