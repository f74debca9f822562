using System;
using System.IO;
using System.Text.Json;

namespace Guardrails.Policy.Diagnostics
{
    /// <summary>The results of the compiler's SARIF 2.1 error log, read once per visit; what the post-compile checks share.</summary>
    internal static class CompilerLog
    {
        /// <summary>Calls <paramref name="visit"/> for every result of every run; a file that is not SARIF JSON yields an <see cref="InvalidDataException"/>.</summary>
        public static void ForEachResult(string sarifPath, Action<JsonElement> visit)
        {
            try
            {
                using var stream = File.OpenRead(sarifPath);
                using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 128 });
                if (document.RootElement.ValueKind != JsonValueKind.Object
                    || !document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException("it has no 'runs' (is it SARIF 2.1?)");
                }

                foreach (var run in runs.EnumerateArray())
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
            catch (JsonException ex)
            {
                throw new InvalidDataException("it is not valid JSON (" + ex.Message + ")", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidDataException("a value has the wrong type (" + ex.Message + ")", ex);
            }
        }
    }
}
