namespace Guardrails;

/// <summary>Names shared by the annotations and the analyzers that read them.</summary>
internal static class AnnotationSymbols
{
    /// <summary>
    /// The attributes are <see cref="System.Diagnostics.ConditionalAttribute"/> on this symbol, which no build defines:
    /// the compiler sees them (so analyzers can read them from syntax) but never emits them into the consumer's binaries.
    /// </summary>
    public const string Condition = "GUARDRAILS_ANNOTATIONS_IN_METADATA";
}
