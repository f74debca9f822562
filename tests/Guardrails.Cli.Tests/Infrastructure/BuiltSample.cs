namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// samples/Contoso.Payments built for real, as a user would: Guardrails packed from this repository (the Debug build
/// this test project depends on, packed with --no-build so nothing is compiled twice), the sample copied to a temp
/// folder that restores it from that feed into its own package folder, then `dotnet test --collect "XPlat Code
/// Coverage"`, which leaves compiler logs, task diagnostics, review debt and a coverage summary under obj/.
/// Built once for the test class that uses it; the folder is deleted afterwards.
/// </summary>
public sealed class BuiltSample : IDisposable
{
    private const string MachinePackages = "/opt/nuget/packages";

    private readonly string _work;

    public BuiltSample()
    {
        _work = Path.Combine(Path.GetTempPath(), "guardrails-cli-sample", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss") + "-" + Guid.NewGuid().ToString("N")[..6]);
        (Root, TestRun) = Build(_work);
    }

    /// <summary>The sample's folder after the test run.</summary>
    public string Root { get; }

    /// <summary>The output and exit code of `dotnet test`.</summary>
    internal ProcessResult TestRun { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file must not fail the run.
        }
    }

    private static (string, ProcessResult) Build(string work)
    {
        var feed = Path.Combine(work, "feed");
        var pack = ProcessRunner.Run(
            "dotnet",
            ["pack", RepoPaths.Combine("src", "Guardrails.Package", "Guardrails.Package.csproj"), "-c", "Debug", "--no-build", "-o", feed, "-nologo", "-tl:off", "-nodeReuse:false"],
            RepoPaths.Root,
            TimeSpan.FromMinutes(5));
        if (pack.ExitCode != 0 || !Directory.Exists(feed) || !Directory.EnumerateFiles(feed, "Guardrails.*.nupkg").Any())
        {
            throw new InvalidOperationException("dotnet pack of Guardrails failed:\n" + pack.Output);
        }

        var sample = Path.Combine(work, "Contoso.Payments");
        CopySample(RepoPaths.Combine("samples", "Contoso.Payments"), sample);
        var sources = Directory.Exists(MachinePackages) ? $"<clear />\n    <add key=\"machine-packages\" value=\"{MachinePackages}\" />" : string.Empty;
        File.WriteAllText(Path.Combine(sample, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                {sources}
                <add key="guardrails-local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(work, "packages")}" />
              </config>
            </configuration>
            """);

        var test = ProcessRunner.Run(
            "dotnet",
            ["test", Path.Combine(sample, "Contoso.Payments.sln"), "--collect", "XPlat Code Coverage", "-p:GuardrailsCompilerLog=true", "-nologo", "-tl:off", "-nodeReuse:false", "-bl:" + Path.Combine(work, "test.binlog")],
            sample,
            TimeSpan.FromMinutes(8));
        return (sample, test);
    }

    private static void CopySample(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj" or "TestResults") && !name.StartsWith('.'))
            {
                CopySample(directory, Path.Combine(to, name));
            }
        }
    }
}
