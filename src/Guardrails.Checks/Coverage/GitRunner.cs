using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Runs git without a shell: arguments quoted for the process command line, output and error captured, a timeout,
/// no prompts, and no optional locks (a read-only command never writes the index of the repository it looks at).
/// </summary>
internal sealed class GitRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly string _executable;
    private readonly TimeSpan _timeout;

    public GitRunner(string executable = "git", TimeSpan? timeout = null)
    {
        _executable = executable;
        _timeout = timeout ?? DefaultTimeout;
    }

    public GitResult Run(string workingDirectory, params string[] arguments)
    {
        var commandLine = "git " + string.Join(" ", arguments);
        var start = new ProcessStartInfo(_executable, string.Join(" ", arguments.Select(Quote)))
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process was started");
        }
        catch (Exception ex) when (ex is Win32Exception || ex is InvalidOperationException || ex is IOException || ex is UnauthorizedAccessException)
        {
            return new GitResult(commandLine, started: false, timedOut: false, -1, string.Empty, ex.Message);
        }

        using (process)
        {
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)_timeout.TotalMilliseconds))
            {
                try
                {
                    process.Kill();
                }
                catch (Exception ex) when (ex is InvalidOperationException || ex is Win32Exception)
                {
                    // It ended meanwhile.
                }

                return new GitResult(commandLine, started: true, timedOut: true, -1, string.Empty, string.Empty);
            }

            Task.WaitAll(output, error);
            return new GitResult(commandLine, started: true, timedOut: false, process.ExitCode, output.Result, error.Result);
        }
    }

    /// <summary>Quotes one argument so the child process's argv gets it back unchanged (Windows rules; harmless elsewhere).</summary>
    internal static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '\v', '"' }) < 0)
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            quoted.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            quoted.Append(c);
        }

        quoted.Append('\\', backslashes * 2).Append('"');
        return quoted.ToString();
    }
}
