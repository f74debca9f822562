using System;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// A method of a source file, for method coverage: a Cobertura <c>&lt;method&gt;</c> with at least one line,
/// covered when any of its lines ran. Lambdas and local functions (compiler-generated names starting with '&lt;')
/// are not methods of their own; an async or iterator method appears as the <c>MoveNext</c> of its state machine
/// and counts once. Across reports a method is covered when it is covered in any of them.
/// </summary>
internal readonly struct MethodCoverage
{
    public MethodCoverage(bool isCovered, int firstLine)
    {
        IsCovered = isCovered;
        FirstLine = firstLine;
    }

    public bool IsCovered { get; }

    /// <summary>The method's first coverable line, where an uncovered method is reported.</summary>
    public int FirstLine { get; }

    public static MethodCoverage Merge(MethodCoverage a, MethodCoverage b) =>
        new MethodCoverage(a.IsCovered || b.IsCovered, Math.Min(a.FirstLine, b.FirstLine));
}
