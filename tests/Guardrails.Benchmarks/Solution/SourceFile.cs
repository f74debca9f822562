namespace Guardrails.Benchmarks.Solution;

/// <summary>A generated C# file: its absolute path (as the compiler and the analyzer config see it) and its text.</summary>
internal sealed record SourceFile(string Path, string Text);
