using System.Diagnostics;
using System.Text;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>
/// The compiler's exact command line for a project of a checkout: one <c>dotnet build --no-incremental</c> with a target
/// injected through <c>CustomAfterMicrosoftCommonTargets</c> (nothing in the checkout changes) that writes the Csc task's
/// <c>CommandLineArgs</c> output (<c>ProvideCommandLineArgs=true</c>) to a file per project and target framework, one
/// argument per line, and has the compiler write the sources its generators produced (<c>EmitCompilerGeneratedFiles</c>)
/// next to it. The build also builds the project references, so every reference on the command line exists.
/// The captured files are kept under <c>.guardrails-bench/capture/</c> in the checkout and reused; delete the folder to
/// capture again.
/// </summary>
internal static class CompilerCommandLineCapture
{
    private const string HookTargets = """
        <Project>
          <!-- Injected by Guardrails' real-code benchmarks: records each Csc invocation's arguments. -->
          <PropertyGroup>
            <ProvideCommandLineArgs>true</ProvideCommandLineArgs>
            <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
            <CompilerGeneratedFilesOutputPath>$(GuardrailsBenchCaptureDir)/$(MSBuildProjectName).$(TargetFramework).generated</CompilerGeneratedFilesOutputPath>
          </PropertyGroup>
          <Target Name="GuardrailsBenchCaptureCsc" AfterTargets="CoreCompile" Condition="'@(CscCommandLineArgs)' != ''">
            <WriteLinesToFile File="$(GuardrailsBenchCaptureDir)/$(MSBuildProjectName).$(TargetFramework).args" Lines="@(CscCommandLineArgs)" Overwrite="true" />
            <WriteLinesToFile File="$(GuardrailsBenchCaptureDir)/$(MSBuildProjectName).$(TargetFramework).dir" Lines="$(MSBuildProjectDirectory)" Overwrite="true" />
          </Target>
        </Project>
        """;

    /// <summary>The captured arguments (one per line) and the project's folder, capturing them first if needed.</summary>
    public static (IReadOnlyList<string> Arguments, string ProjectDirectory, string Framework, string GeneratedFolder) Get(RealCodeSettings settings, string project)
    {
        var folder = Path.Combine(settings.WorkFolder, "capture");
        var name = Path.GetFileNameWithoutExtension(project);
        var found = Find(folder, name, settings.Framework);
        if (found.Count == 0)
        {
            Build(settings, project, folder);
            found = Find(folder, name, settings.Framework);
        }

        if (found.Count == 0)
        {
            throw new InvalidOperationException("The build of " + project + " ran no Csc task for " + (settings.Framework ?? "any framework")
                + "; see " + Path.Combine(folder, name + ".build.log") + ".");
        }

        if (found.Count > 1)
        {
            throw new InvalidOperationException(project + " targets several frameworks (" + string.Join(", ", found.Select(f => f.Framework))
                + "): choose one with GUARDRAILS_BENCH_FRAMEWORK.");
        }

        var (args, framework) = found[0];
        var directory = File.ReadAllText(Path.ChangeExtension(args, ".dir")).Trim();
        return (File.ReadAllLines(args).Where(l => l.Length != 0).ToList(), directory, framework, Path.ChangeExtension(args, ".generated"));
    }

    private static List<(string Args, string Framework)> Find(string folder, string name, string? framework)
    {
        if (!Directory.Exists(folder))
        {
            return new List<(string, string)>();
        }

        return Directory.GetFiles(folder, name + ".*.args")
            .Select(f => (Args: f, Framework: Path.GetFileNameWithoutExtension(f)[(name.Length + 1)..]))
            .Where(f => !f.Framework.Contains('.', StringComparison.Ordinal) || f.Framework.StartsWith("net", StringComparison.Ordinal))
            .Where(f => framework is null || f.Framework == framework)
            .OrderBy(f => f.Framework, StringComparer.Ordinal)
            .ToList();
    }

    private static void Build(RealCodeSettings settings, string project, string folder)
    {
        Directory.CreateDirectory(folder);
        var hook = Path.Combine(folder, "capture.targets");
        File.WriteAllText(hook, HookTargets, Encoding.UTF8);
        var log = Path.Combine(folder, Path.GetFileNameWithoutExtension(project) + ".build.log");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(project)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "build", project, "--no-incremental", "-c", "Release", "-nologo", "-tl:off", "-nodeReuse:false",
                     "-p:CustomAfterMicrosoftCommonTargets=" + hook, "-p:GuardrailsBenchCaptureDir=" + folder,
                     "-p:TreatWarningsAsErrors=false", "-p:UseSharedCompilation=false",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (settings.Framework is { } framework)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add(framework);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_ROLL_FORWARD"] = "Major"; // repositories run their own net6/net8 tools during the build
        Console.WriteLine("// Capturing the compiler command line: dotnet " + string.Join(" ", start.ArgumentList) + " (log: " + log + ")");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        File.WriteAllText(log, output.Result + error.Result);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet build " + project + " failed (exit " + process.ExitCode + "); see " + log + ".");
        }
    }
}
