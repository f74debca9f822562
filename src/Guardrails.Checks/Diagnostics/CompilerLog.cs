using System;
using System.IO;
using System.Text.Json;

namespace Guardrails.Checks.Diagnostics;

/// <summary>
/// The compiler's SARIF 2.1 error log, parsed once: the post-compile checks (suppression audit, baseline findings,
/// review debt) each walk its results without reading the file again.
/// </summary>
internal sealed class CompilerLog : IDisposable
{
    private readonly JsonDocument document;

    private CompilerLog(JsonDocument document)
    {
        this.document = document;
    }

    /// <summary>Parses the log; a file that is not SARIF JSON yields an <see cref="InvalidDataException"/>.</summary>
    public static CompilerLog Open(string sarifPath)
    {
        JsonDocument? document = null;
        try
        {
            using (var stream = File.OpenRead(sarifPath))
            {
                document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException("it has no 'runs' (is it SARIF 2.1?)");
            }

            var log = new CompilerLog(document);
            document = null;
            return log;
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException("it is not valid JSON (" + ex.Message + ")", ex);
        }
        finally
        {
            document?.Dispose();
        }
    }

    /// <summary>Calls <paramref name="visit"/> for every result of every run; a value of the wrong type yields an <see cref="InvalidDataException"/>.</summary>
    public void ForEachResult(Action<JsonElement> visit)
    {
        try
        {
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    if (result.ValueKind == JsonValueKind.Object)
                    {
                        visit(result);
                    }
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataException("a value has the wrong type (" + ex.Message + ")", ex);
        }
    }

    public void Dispose() => document.Dispose();
}
