using Guardrails.EndToEnd.Tests.Infrastructure;

namespace Guardrails.EndToEnd.Tests;

/// <summary>
/// The compiler's SARIF log costs a build dearly (with a log the compiler also runs every suggestion-only analyzer), so
/// Guardrails asks for it only where it is read: CI builds, `guardrails baseline`, and GuardrailsCompilerLog=true.
/// </summary>
public class CompilerLogTests
{
    private static readonly Dictionary<string, string?> InCi = new() { ["CI"] = "true" };

    [Fact]
    public void LocalBuild_PassesNoErrorLogToTheCompiler_ACIBuildDoes()
    {
        using var project = ConsumerProject.Create();
        project.WriteProject();

        var local = project.Build(null, "-v:n");
        var localLog = File.Exists(CompilerLog(project));
        var ci = project.Build(InCi, "-v:n", "--no-incremental");

        BuildAssert.Succeeded(local);
        Assert.Contains("csc", local.Output);
        Assert.DoesNotContain("/errorlog:", local.Output);
        Assert.False(localLog, "a local build wrote " + CompilerLog(project));
        BuildAssert.Succeeded(ci);
        Assert.Contains("/errorlog:", ci.Output);
        Assert.Contains(CompilerLog(project) + ",version=2.1", ci.Output);
        Assert.True(File.Exists(CompilerLog(project)), "a CI build wrote no " + CompilerLog(project));
    }

    [Fact]
    public void BackToALocalBuild_RecompilesWithoutTheLog_AndLeavesNothingOfTheLoggedBuild()
    {
        using var project = ConsumerProject.Create();
        project.WriteProject();
        project.WriteFile("App/Legacy.cs", """
            namespace App;

            [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
            public sealed class Legacy
            {
            }
            """);
        var guardrailsDir = Path.GetDirectoryName(CompilerLog(project))!;

        var logged = project.Build(null, "-p:GuardrailsCompilerLog=true");
        var loggedFiles = new[] { "compiler.sarif", "findings.json" }.Where(f => File.Exists(Path.Combine(guardrailsDir, f))).ToList();
        var local = project.Build(null, "-v:n");

        BuildAssert.Single(logged, "GR2004", "Legacy.cs", 3, "warning");
        Assert.Equal(["compiler.sarif", "findings.json"], loggedFiles);
        BuildAssert.Single(local, "GR2004", "Legacy.cs", 3, "warning");
        Assert.Contains("csc", local.Output);
        Assert.DoesNotContain("/errorlog:", local.Output);
        Assert.False(File.Exists(Path.Combine(guardrailsDir, "compiler.sarif")), "the logged build's compiler.sarif is still there");
        Assert.False(File.Exists(Path.Combine(guardrailsDir, "findings.json")), "the logged build's findings.json is still there");
    }

    private static string CompilerLog(ConsumerProject project) =>
        Path.Combine(project.ProjectDirectory, "obj", "Debug", "net10.0", "guardrails", "compiler.sarif");
}
