namespace Guardrails.Tests.Shared;

/// <summary>A property did not hold; the message says which case and how to replay it, <see cref="Seed"/> names it.</summary>
public sealed class PropertyFailedException : Exception
{
    public PropertyFailedException(string message, string? seed, Exception? inner)
        : base(message, inner)
    {
        Seed = seed;
    }

    /// <summary>The CsCheck seed that generates the failing case (for <c>CsCheck_Seed</c> or <c>Sample(seed: ...)</c>).</summary>
    public string? Seed { get; }
}
