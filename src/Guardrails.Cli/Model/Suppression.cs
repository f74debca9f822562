namespace Guardrails.Cli.Model;

/// <summary>
/// Why a finding is not reported by the build: a SARIF <c>suppression</c> object from the compiler's log
/// (<c>#pragma</c>, <c>[SuppressMessage]</c>, a DiagnosticSuppressor), kept as the compiler wrote it.
/// </summary>
/// <param name="Kind">SARIF's kind: "inSource" or "external".</param>
/// <param name="Justification">The justification the suppression gives, if any.</param>
/// <param name="Json">The SARIF suppression object, copied as-is into the combined log.</param>
internal sealed record Suppression(string Kind, string? Justification, string Json);
