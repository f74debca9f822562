namespace Guardrails.Analyzers.Options;

/// <summary>What the policy's <c>tests.skipReference</c> pattern says of a skip reason.</summary>
internal enum SkipReferenceMatch
{
    /// <summary>The reason contains a tracking reference.</summary>
    Found,

    /// <summary>It does not (or there is no reason).</summary>
    Missing,

    /// <summary>The pattern ran past <see cref="PolicyRegex.Timeout"/>: the reason is unchecked, so not accepted.</summary>
    TimedOut,
}
