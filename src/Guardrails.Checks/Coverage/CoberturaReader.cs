using System;
using System.IO;
using System.Linq;
using System.Xml;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Reads a Cobertura XML report (coverlet.collector, coverlet.msbuild, Microsoft.Testing.Platform code coverage)
/// as a stream: memory holds the per-file line tables, never the document. Figures are recomputed from each
/// <c>&lt;line number hits branch condition-coverage&gt;</c>; the <c>line-rate</c>/<c>branch-rate</c> attributes are
/// ignored. Never throws for bad input: a DTD, a truncated file, a wrong root or a bad attribute gives one
/// <see cref="CoverageProblem"/> with the line and column in the report, and no coverage.
/// </summary>
/// <remarks>
/// File names: an absolute <c>filename</c> is used as it is; a relative one is resolved against each
/// <c>&lt;source&gt;</c> in turn and the first that exists on disk is taken (else the first source), or, in a report
/// without sources, against the report's folder. <c>branch</c> is read case-insensitively ("True", "true"); a branch
/// line without <c>condition-coverage</c> counts as 0 of 0 branches.
/// </remarks>
internal static class CoberturaReader
{
    /// <summary>No real source file has more lines; a bigger number means the report is damaged.</summary>
    public const int MaxLineNumber = 10000000;

    /// <summary>Cobertura nests about ten levels deep; far deeper nesting is hostile input.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The most bytes read between one '&lt;' and the next (or inside one CDATA section): the XML reader holds a whole
    /// tag (element name and attributes) and a whole CDATA section in memory, so this bounds memory per token whatever
    /// the report's size. Real tags are at most a few kilobytes (a long path, a long generic signature), and real text
    /// is a <c>&lt;source&gt;</c> path; see <see cref="MarkupLimitStream"/>.
    /// </summary>
    public const long MaxMarkupBytes = 1024 * 1024;

    /// <summary>The longest <c>&lt;source&gt;</c> path read; the longest path any OS accepts is 32,767 characters.</summary>
    public const int MaxSourceLength = 32768;

    /// <summary>The advice every problem in a report ends with.</summary>
    public const string Regenerate = " Run the tests again to rewrite the report, or fix the tool that wrote it; until then the coverage checks cannot run.";

    private static readonly XmlReaderSettings Settings = new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false, // closed by Read after a problem's position has been looked up in it
    };

    public static CoberturaReadResult Read(string path)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 65536, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException || ex is DirectoryNotFoundException)
        {
            return Failed(path, 0, 0, "The coverage report '" + path + "' does not exist. Run the tests with coverage (dotnet test --collect \"XPlat Code Coverage\"), or fix coverage.reports in guardrails.json.");
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return Failed(path, 0, 0, "The coverage report '" + path + "' could not be read: " + ex.Message);
        }

        return Read(stream, path);
    }

    /// <summary>Reads a report from <paramref name="stream"/> (closed afterwards); <paramref name="reportPath"/> names it in problems.</summary>
    public static CoberturaReadResult Read(Stream stream, string reportPath)
    {
        var limited = new MarkupLimitStream(stream, MaxMarkupBytes);
        try
        {
            using (var reader = XmlReader.Create(limited, Settings))
            {
                var coverage = new CoberturaParser(reader, reportPath).Parse();
                return new CoberturaReadResult(reportPath, coverage, Array.Empty<CoverageProblem>());
            }
        }
        catch (CoberturaParser.ReportException ex)
        {
            return Failed(reportPath, ex.Line, ex.Column, ex.Message);
        }
        catch (XmlException ex)
        {
            // A prohibited DTD is reported without a position (the reader forgets it too): look for it.
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : FindDoctype(stream);
            return Failed(reportPath, line, column, Describe(ex));
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return Failed(reportPath, 0, 0, "The coverage report could not be read: " + ex.Message);
        }
        finally
        {
            limited.Dispose();
        }
    }

    /// <summary>Reads report text already in memory (tests, tools).</summary>
    public static CoberturaReadResult ReadText(string xml, string reportPath) =>
        Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), reportPath);

    private static CoberturaReadResult Failed(string reportPath, int line, int column, string message) =>
        new CoberturaReadResult(reportPath, null, new[] { new CoverageProblem(reportPath, line, column, message) });

    /// <summary>The line and column of "&lt;!DOCTYPE" near the start of a seekable stream; else (1, 1).</summary>
    private static (int Line, int Column) FindDoctype(Stream stream)
    {
        try
        {
            if (stream.CanSeek)
            {
                stream.Position = 0;
                var buffer = new byte[(int)Math.Min(stream.Length, 1 << 20)];
                var length = stream.Read(buffer, 0, buffer.Length);
                var text = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
                var index = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                if (index >= 0)
                {
                    var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
                    var line = 1 + text.Take(index).Count(c => c == '\n');
                    return (line, index - lineStart + 1);
                }
            }
        }
        catch (Exception ex) when (ex is IOException || ex is NotSupportedException || ex is ObjectDisposedException)
        {
            // Fall back to the start of the file.
        }

        return (1, 1);
    }

    private static string Describe(XmlException ex)
    {
        // DtdProcessing.Prohibit stops at <!DOCTYPE before any entity is declared or expanded; its own message
        // suggests enabling DTD processing, which is the wrong advice here.
        if (ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "The coverage report contains a DTD (<!DOCTYPE ...>). Guardrails does not read DTDs in coverage reports, because they can expand entities without limit or pull in other files, and coverage tools never write one." + Regenerate;
        }

        var message = ex.Message;
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        message = (cut > 0 ? message.Substring(0, cut) : message).Trim();
        if (IsEncodingProblem(message))
        {
            return "The coverage report is not text in the encoding it declares (" + message + "). Coverage tools write UTF-8, or the encoding that <?xml ... encoding=\"...\"?> names; this file is damaged, was re-encoded, or is not a coverage report." + Regenerate;
        }

        if (message.IndexOf("Root element is missing", StringComparison.Ordinal) >= 0)
        {
            return "The coverage report has no XML in it (" + message + "); an interrupted test run leaves such a file." + Regenerate;
        }

        return "The coverage report is not well-formed XML (" + message + "); it may be truncated by an interrupted test run." + Regenerate;
    }

    /// <summary>The reader's wording (in English) for bytes that are not text in the document's encoding.</summary>
    private static bool IsEncodingProblem(string message) =>
        message.IndexOf("encoding", StringComparison.OrdinalIgnoreCase) >= 0
        || message.IndexOf("byte order mark", StringComparison.OrdinalIgnoreCase) >= 0
        || message.IndexOf("hexadecimal value 0x00", StringComparison.OrdinalIgnoreCase) >= 0;
}
