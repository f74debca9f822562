using System.Diagnostics;
using System.Net.Sockets;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>
/// A policy path that exists but cannot be read as a policy: GR0001 at line 1 of that path, never an exception, never a
/// read that blocks (a FIFO) or never ends (a device).
/// </summary>
public sealed class PolicyFileHostileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-policy-hostile-").FullName;

    private string PolicyPath => Path.Combine(_directory, "guardrails.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void DirectoryNamedGuardrailsJson_IsGR0001AtLine1OfThatPath()
    {
        Directory.CreateDirectory(PolicyPath);

        var result = PolicyLoader.Load(PolicyPath, pathIsExplicit: false, profile: null, profileIsExplicit: false);

        AssertFileProblem(result, "is a directory");
    }

    [Fact]
    public void FileWithoutReadPermission_IsGR0001AtLine1()
    {
        File.WriteAllText(PolicyPath, "{ \"rules\": {} }");
        using var unreadable = MakeUnreadable(PolicyPath);

        var result = PolicyLoader.Load(PolicyPath, false, null, false);

        AssertFileProblem(result, "could not be read");
    }

    [Fact]
    public void FileLockedByAnotherWriter_IsGR0001AtLine1()
    {
        File.WriteAllText(PolicyPath, "{ \"rules\": {} }");
        using var held = new FileStream(PolicyPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var result = PolicyLoader.Load(PolicyPath, false, null, false);

        AssertFileProblem(result, "could not be read");
    }

    [Fact]
    public async Task Fifo_IsGR0001_WithoutWaitingForAWriter()
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs in the file system; the device case below covers "not a regular file" there.
            Assert.True(File.Exists(PolicyPath) == false);
            return;
        }

        Run("mkfifo", PolicyPath);

        var load = Task.Run(() => PolicyLoader.Load(PolicyPath, false, null, false));
        if (await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))) != load)
        {
            await using var writer = new FileStream(PolicyPath, FileMode.Open, FileAccess.Write); // releases the blocked reader
            Assert.Fail("Loading a FIFO as the policy blocked, waiting for a writer.");
        }

        AssertFileProblem(await load, "not a regular file");
    }

    [Fact]
    public void UnixSocket_IsGR0001()
    {
        if (!Socket.OSSupportsUnixDomainSockets)
        {
            Assert.False(File.Exists(PolicyPath));
            return;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(PolicyPath));

        var result = PolicyLoader.Load(PolicyPath, false, null, false);

        AssertFileProblem(result, "not a regular file");
    }

    [Fact]
    public void EndlessDevice_IsGR0001_NotAnEndlessRead()
    {
        var device = OperatingSystem.IsWindows() ? "NUL" : "/dev/zero";

        var result = PolicyLoader.Load(device, pathIsExplicit: true, null, false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.True(problem.Position.Line >= 1);
    }

    [Fact]
    public void PathThroughAFile_IsAMissingPolicy_NotAnException()
    {
        File.WriteAllText(PolicyPath, "{}");
        var path = Path.Combine(PolicyPath, "guardrails.json");

        var result = PolicyLoader.Load(path, pathIsExplicit: true, null, false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0002, problem.RuleId);
        Assert.Contains(path, problem.Message);
    }

    [Fact]
    public void PathWithANulCharacter_IsGR0001_NotAnException()
    {
        var result = PolicyLoader.Load(_directory + "/bad\0name/guardrails.json", pathIsExplicit: true, null, false);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("not a usable path", problem.Message);
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    [Fact]
    public void FileThatGrowsPastTheLimit_WhileRead_IsRefused()
    {
        // /dev/urandom-like sources report a length of 0; a file can also report a small length and then grow. The
        // read stops one byte past the limit either way.
        var path = Path.Combine(_directory, "growing.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(PolicyLoader.MaxPolicyBytes);
        }

        using var appender = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        appender.Write(new byte[16]);
        appender.Flush();

        var problem = Assert.Single(PolicyLoader.Load(path, false, null, false).Problems);

        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains("limit", problem.Message);
    }

    private void AssertFileProblem(PolicyLoadResult result, string expected)
    {
        var problem = Assert.Single(result.Problems);
        Assert.Equal(RuleIds.GR0001, problem.RuleId);
        Assert.Contains(expected, problem.Message);
        Assert.Contains(PolicyPath, problem.Message);
        Assert.Equal((1, 1), (problem.Position.Line, problem.Position.Column));
        Assert.Equal(PolicyPath, result.FilePath);
        Assert.Same(GuardrailsPolicy.Defaults, result.Policy);
    }

    /// <summary>
    /// Takes read permission away. Root reads any file whatever its mode, so when the file is still readable after that,
    /// it is also held open with FileShare.None, which .NET enforces between processes with a lock on Linux and macOS
    /// and the OS enforces on Windows: the loader then cannot open it either, for the other reason a file is unreadable.
    /// </summary>
    private static IDisposable MakeUnreadable(string path)
    {
        if (!OperatingSystem.IsWindows() && TakeReadPermission(path) is { } restore)
        {
            return restore;
        }

        var held = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.False(CanOpen(path), "the file should be unreadable now");
        return held;
    }

    /// <summary>chmod 000; null (and the mode restored) when the file can still be opened, as it can by root.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static IDisposable? TakeReadPermission(string path)
    {
        File.SetUnixFileMode(path, UnixFileMode.None);
        var restore = new Restore(() => File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite));
        if (!CanOpen(path))
        {
            return restore;
        }

        restore.Dispose();
        return null;
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void Run(string program, string argument)
    {
        using var process = Process.Start(new ProcessStartInfo(program, argument) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private sealed class Restore : IDisposable
    {
        private readonly Action _action;

        public Restore(Action action) => _action = action;

        public void Dispose() => _action();
    }
}
