using System;
using System.Collections.Generic;

namespace Guardrails.Cli.Model;

/// <summary>Where a finding came from: the compiler's log (analyzers) or a Guardrails MSBuild task.</summary>
internal enum FindingOrigin
{
    Analyzer,
    Task,
}

/// <summary>One Guardrails diagnostic of one project, from the compiler's SARIF log or a task's diagnostics file.</summary>
internal sealed class Finding
{
    public Finding(
        string ruleId,
        FindingLevel level,
        string message,
        string? filePath,
        int line,
        int column,
        int endLine,
        int endColumn,
        IReadOnlyList<Suppression> suppressions,
        FindingOrigin origin,
        string project)
    {
        RuleId = ruleId;
        Level = level;
        Message = message;
        FilePath = filePath;
        Line = Math.Max(0, line);
        Column = line > 0 ? Math.Max(0, column) : 0;
        EndLine = line > 0 && endLine >= line ? endLine : 0;
        EndColumn = EndLine > 0 && column > 0 && (endLine > line || endColumn >= column) ? endColumn : 0;
        Suppressions = suppressions;
        Origin = origin;
        Project = project;
    }

    public string RuleId { get; }

    public FindingLevel Level { get; }

    public string Message { get; }

    /// <summary>The full path of the file it is in (a project file when the diagnostic named none), or null.</summary>
    public string? FilePath { get; }

    /// <summary>1-based; 0 when the diagnostic has no line (then it has no column or end either).</summary>
    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public IReadOnlyList<Suppression> Suppressions { get; }

    /// <summary>Suppressed findings are kept (SARIF viewers show them as such) but never counted as violations.</summary>
    public bool IsSuppressed => Suppressions.Count > 0;

    public FindingOrigin Origin { get; }

    /// <summary>The project whose build reported it.</summary>
    public string Project { get; }

    /// <summary>
    /// What makes two findings the same one: a multi-targeted project reports it once per target framework, and a
    /// problem in the shared policy file is reported by every project.
    /// </summary>
    public string IdentityKey => RuleId + "\n" + FilePath + "\n" + Line + "\n" + Column + "\n" + Message;

    public override string ToString() => FilePath + "(" + Line + "," + Column + "): " + Level.SarifName() + " " + RuleId + ": " + Message;
}
