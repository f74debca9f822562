using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Passes a report's bytes to the XML reader unchanged, and stops the read where more than a limit of bytes pass
/// between one '&lt;' and the next (or inside one CDATA section). The reader holds a whole tag in memory — element name,
/// every attribute and value — and a whole CDATA section, so without this a 1 GB attribute value, element name or run
/// of attributes becomes gigabytes of buffers and strings before the parser sees any of it. Since '&lt;' cannot appear
/// inside a tag, the distance between two '&lt;' bounds every tag, whatever it hides in quotes; it also bounds text,
/// which in a Cobertura report is only a <c>&lt;source&gt;</c> path. (Comments and processing instructions the reader
/// skips as it streams; a 1 MB comment without a '&lt;' is refused all the same, as no tool writes one.) A limit on the
/// whole document (MaxCharactersInDocument) would refuse real 1 GB reports: this one bounds memory per token instead.
/// <para>
/// UTF-8 (and every single-byte or ASCII-compatible encoding) is scanned with vectorized searches, so a gigabyte costs
/// well under a second. UTF-16 and UTF-32, recognized by their byte order mark or by how "&lt;?xml" starts, are
/// followed character by character, so that a character with a 0x3C byte in it is not taken for a '&lt;'. Problems point
/// at the line and column (bytes in UTF-8, characters in UTF-16/32) of the '&lt;' that starts the overlong run.
/// </para>
/// </summary>
internal sealed class MarkupLimitStream : Stream
{
    private const string CDataStart = "![CDATA[";

    private readonly Stream _inner;
    private readonly long _limit;
    private int _unit;
    private bool _bigEndian;
    private uint _pending;
    private int _pendingBytes;
    private long _run;
    private long _offset;
    private long _lineStart;
    private int _line = 1;
    private int _runLine = 1;
    private long _runColumn = 1;
    private int _cdataPrefix = -1;
    private int _cdataEnd = -1;

    public MarkupLimitStream(Stream inner, long limit)
    {
        _inner = inner;
        _limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _offset;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = _inner.Read(buffer, offset, count);
        if (_unit == 0 && read > 0)
        {
            _unit = CodeUnitSize(buffer, offset, read, out _bigEndian);
        }

        if (_unit == 1)
        {
            ScanBytes(buffer, offset, offset + read);
        }
        else
        {
            ScanCodeUnits(buffer, offset, offset + read);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>4 for UTF-32, 2 for UTF-16, else 1; from the byte order mark or the first '&lt;'.</summary>
    private static int CodeUnitSize(byte[] b, int o, int n, out bool bigEndian)
    {
        bigEndian = false;
        bool Starts(params byte[] prefix) => n >= prefix.Length && prefix.Select((x, k) => b[o + k] == x).All(same => same);
        if (Starts(0xFF, 0xFE, 0, 0) || Starts(0x3C, 0, 0, 0))
        {
            return 4;
        }

        if (Starts(0, 0, 0xFE, 0xFF) || Starts(0, 0, 0, 0x3C))
        {
            bigEndian = true;
            return 4;
        }

        if (Starts(0xFF, 0xFE) || Starts(0x3C, 0))
        {
            return 2;
        }

        bigEndian = Starts(0xFE, 0xFF) || Starts(0, 0x3C);
        return bigEndian ? 2 : 1;
    }

    private void ScanBytes(byte[] buffer, int i, int end)
    {
        while (i < end)
        {
            if (_cdataEnd < 0 && _cdataPrefix < 0)
            {
                i = SkipToMarkup(buffer, i, end);
            }
            else
            {
                Step(buffer[i], 1);
                i++;
            }
        }
    }

    private void ScanCodeUnits(byte[] buffer, int i, int end)
    {
        for (; i < end; i++)
        {
            _pending = _bigEndian ? (_pending << 8) | buffer[i] : _pending | ((uint)buffer[i] << (8 * _pendingBytes));
            if (++_pendingBytes == _unit)
            {
                Step(_pending, _unit);
                (_pending, _pendingBytes) = (0, 0);
            }
        }
    }

    /// <summary>UTF-8 outside CDATA: on to the next '&lt;' or line break with a vectorized search, counting the bytes on the way.</summary>
    private int SkipToMarkup(byte[] buffer, int i, int end)
    {
        var found = new ReadOnlySpan<byte>(buffer, i, end - i).IndexOfAny((byte)'<', (byte)'\n');
        var stop = found < 0 ? end : i + found;
        _offset += stop - i;
        Count(stop - i);
        if (found >= 0)
        {
            Step(buffer[stop], 1);
        }

        return found < 0 ? end : stop + 1;
    }

    /// <summary>One character (code unit) of <paramref name="bytes"/> bytes.</summary>
    private void Step(uint c, int bytes)
    {
        var start = _offset;
        _offset += bytes;
        if (c == '\n')
        {
            _line++;
            _lineStart = _offset;
        }

        if (_cdataEnd >= 0)
        {
            // Inside CDATA a '<' is text: the run goes on to "]]>".
            Count(bytes);
            _cdataEnd = c == '>' && _cdataEnd == 2 ? -1 : c == ']' ? Math.Min(_cdataEnd + 1, 2) : 0;
            return;
        }

        if (_cdataPrefix >= 0)
        {
            if (c == CDataStart[_cdataPrefix])
            {
                Count(bytes);
                if (++_cdataPrefix == CDataStart.Length)
                {
                    (_cdataPrefix, _cdataEnd) = (-1, 0);
                }

                return;
            }

            _cdataPrefix = -1;
        }

        if (c == '<')
        {
            (_run, _runLine, _runColumn, _cdataPrefix) = (bytes, _line, ((start - _lineStart) / bytes) + 1, 0);
            return;
        }

        Count(bytes);
    }

    private void Count(long bytes)
    {
        _run += bytes;
        if (_run > _limit)
        {
            throw new CoberturaParser.ReportException(
                _runLine,
                (int)Math.Min(_runColumn, int.MaxValue),
                "The coverage report is unusable: more than " + _limit.ToString("N0", CultureInfo.InvariantCulture)
                + " bytes follow this '<' before the next one — a tag, attribute value, run of attributes, text or CDATA section that long, which no coverage tool writes. Guardrails stops here rather than hold it in memory."
                + CoberturaReader.Regenerate);
        }
    }
}
