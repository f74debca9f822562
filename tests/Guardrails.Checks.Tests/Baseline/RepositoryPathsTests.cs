using Guardrails.Checks.Baseline;
using Guardrails.Checks.Diagnostics;
using Guardrails.Policy;
using Guardrails.Rules;

namespace Guardrails.Checks.Tests.Baseline;

/// <summary>
/// Baseline keys: every file relative to the repository root, whatever way the build names it, and the root is the git
/// work tree holding the policy (so every project of a repository, on every machine, keys a file the same way).
/// </summary>
public sealed class RepositoryPathsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-repository-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("/repo/src/App/Legacy.cs", "src/App/Legacy.cs")]
    [InlineData("/repo/src/App/../../Shared/Polyfill.cs", "Shared/Polyfill.cs")]
    [InlineData("/repo/src/App/./../Shared//BannedSymbols.txt", "src/Shared/BannedSymbols.txt")]
    public void AFileInTheRepository_IsKeyedRelativeToItsRoot_WithDotSegmentsResolved(string path, string key) =>
        Assert.Equal(key, RepositoryPaths.Key("/repo", path));

    [Theory]
    [InlineData("/home/dev/.nuget/packages/microsoft.net.test.sdk/18.0.1/build/net8.0/Microsoft.NET.Test.Sdk.Program.cs")]
    [InlineData("/repository/src/A.cs")]
    [InlineData("/repo/../other/A.cs")]
    public void AFileOutsideTheRepository_HasNoKey(string path)
    {
        Assert.Null(RepositoryPaths.Key("/repo", path));
        Assert.True(RepositoryPaths.IsOutside("/repo", path));
    }

    [Fact]
    public void WindowsPaths_AreKeyedWithForwardSlashes_AndADriveIsNeverLeft()
    {
        Assert.Equal("Shared/Polyfill.cs", RepositoryPaths.Key(@"C:\src\repo", @"C:\src\repo\App\..\Shared\Polyfill.cs"));
        Assert.Equal("C:/x.cs", RepositoryPaths.Normalize(@"C:\..\x.cs"));
    }

    [Fact]
    public void TheRoot_IsTheGitWorkTreeHoldingThePolicy_ElseThePolicysFolder()
    {
        var policy = Path.Combine(_directory, "build", "policy", "guardrails.json");
        Directory.CreateDirectory(Path.GetDirectoryName(policy)!);
        File.WriteAllText(policy, "{}");

        Assert.Equal(Path.GetDirectoryName(policy), RepositoryRoot.Of(policy));

        // A worktree or submodule has a .git file instead of a folder.
        File.WriteAllText(Path.Combine(_directory, ".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
        Assert.Equal(_directory, RepositoryRoot.Of(policy));
    }

    [Fact]
    public void ATaskFinding_InALinkedFile_IsIdentifiedByItsRepositoryKey()
    {
        var diagnostic = new GuardrailsDiagnostic(RuleIds.GR1101, RuleSeverity.Warning, "banned", Path.Combine(_directory, "src", "App", "..", "..", "Shared", "A.cs"), 3, 1);

        Assert.Equal("Shared/A.cs", BaselineFinding.Identify(diagnostic, _directory).File);
    }
}
