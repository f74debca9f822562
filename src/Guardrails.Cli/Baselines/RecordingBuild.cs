using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Guardrails.Cli.Baselines;

/// <summary>
/// The build <c>guardrails baseline</c> records findings with: <c>dotnet build</c> with Guardrails errors turned into
/// warnings (<c>GuardrailsBaselineRecording</c>) and warnings not treated as errors, so that every project compiles and
/// leaves its findings.json. Its output is passed through as progress.
/// </summary>
internal static class RecordingBuild
{
    public static readonly string[] Properties =
    [
        "-p:GuardrailsBaselineRecording=true",
        "-p:TreatWarningsAsErrors=false",
        "-p:MSBuildTreatWarningsAsErrors=false",
        "-p:WarningsAsErrors=",
    ];

    /// <summary>The build argument for a user's property (<c>Name=Value</c>), or null when it is not one.</summary>
    public static string? PropertyArgument(string property)
    {
        var equals = property.IndexOf('=');
        var name = equals > 0 ? property[..equals].Trim() : string.Empty;
        return name.Length > 0 && System.Xml.XmlConvert.IsNCNameChar(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '-' || c == '.')
            ? "-p:" + name + "=" + property[(equals + 1)..]
            : null;
    }

    /// <param name="properties">The user's properties (<c>-p:Name=Value</c>), passed before the recording build's own, which win.</param>
    public static int Run(string workingDirectory, string? target, IReadOnlyList<string> properties, TextWriter progress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("build");
        if (!string.IsNullOrEmpty(target))
        {
            start.ArgumentList.Add(target);
        }

        foreach (var argument in properties)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in Properties)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("-nologo");

        progress.WriteLine("guardrails baseline: dotnet " + string.Join(' ', start.ArgumentList));
        using var process = Process.Start(start) ?? throw new IOException("dotnet could not be started");
        process.OutputDataReceived += (_, e) => Write(progress, e.Data);
        process.ErrorDataReceived += (_, e) => Write(progress, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void Write(TextWriter progress, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (progress)
        {
            progress.WriteLine("  " + line);
        }
    }
}
