using System;
using System.IO;
using System.Text.Json;

namespace Guardrails.Cli.Inputs;

/// <summary>Opens a build output as JSON and turns every way it can be broken into an <see cref="InputFileException"/>.</summary>
internal static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256 };

    public static JsonDocument Parse(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            return JsonDocument.Parse(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new InputFileException(path, (int)(ex.LineNumber ?? -1) + 1, (int)(ex.BytePositionInLine ?? -1) + 1, "not valid JSON: " + FirstSentence(ex.Message), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(path, 0, 0, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Runs <paramref name="read"/>; content of the wrong shape (a missing property, a wrong type) names the file.</summary>
    public static T Read<T>(string path, string expected, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Collections.Generic.KeyNotFoundException or FormatException or InvalidDataException)
        {
            throw new InputFileException(path, 0, 0, "not " + expected + " (" + FirstSentence(ex.Message) + "). Delete the obj/ folder and build again.", ex);
        }
    }

    /// <summary>System.Text.Json appends " LineNumber: … | BytePositionInLine: …" to its messages; the location is given separately.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
