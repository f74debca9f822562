namespace Guardrails.EndToEnd.Tests.Infrastructure;

internal static class BuildAssert
{
    /// <summary>Asserts exactly one diagnostic with this ID, at this file and line, with this severity; returns it.</summary>
    public static BuildDiagnostic Single(BuildResult build, string id, string fileName, int line, string severity)
    {
        var matches = build.WithId(id);
        Assert.True(matches.Count == 1, $"expected one {id}, got {matches.Count}.\n{build.Explain()}");
        var diagnostic = matches[0];
        Assert.True(
            diagnostic.FileName == fileName && diagnostic.Line == line && diagnostic.Severity == severity,
            $"expected {severity} {id} at {fileName}({line}), got {diagnostic}.\n{build.Explain()}");
        return diagnostic;
    }

    public static void None(BuildResult build, string id) =>
        Assert.True(build.WithId(id).Count == 0, $"expected no {id}.\n{build.Explain()}");

    public static void NoGuardrailsDiagnostics(BuildResult build) =>
        Assert.True(build.Guardrails.Count == 0, $"expected no GR diagnostics.\n{build.Explain()}");

    public static void Succeeded(BuildResult build) =>
        Assert.True(build.ExitCode == 0, $"expected the build to succeed.\n{build.Explain()}");

    public static void Failed(BuildResult build) =>
        Assert.True(build.ExitCode != 0, $"expected the build to fail.\n{build.Explain()}");

    /// <summary>No analyzer crash, no task crash, no load failure: the things Guardrails must never cause.</summary>
    public static void NoCrashes(BuildResult build)
    {
        foreach (var id in new[] { "AD0001", "MSB4018", "MSB4062", "MSB4036", "CS8032", "MSB4181" })
        {
            Assert.True(build.WithId(id).Count == 0, $"unexpected {id}.\n{build.Explain()}");
        }
    }
}
