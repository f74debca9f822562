namespace Guardrails.Tests.Shared;

/// <summary>How a property test picks its cases. Every property test runs both ways on every CI run.</summary>
public enum Seeding
{
    /// <summary>The constant <see cref="PropertyRun.FixedSeed"/>: every run checks the same cases, so a regression is caught again and again.</summary>
    Fixed,

    /// <summary>A new seed each run: over many runs, many more cases. A failure names the seed that reproduces it.</summary>
    Random,
}
