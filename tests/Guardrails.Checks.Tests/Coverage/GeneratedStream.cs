using System.Text;

namespace Guardrails.Checks.Tests.Coverage;

/// <summary>
/// A read-only stream made on the fly: a head, then <c>count</c> body parts, then a tail. Gigabytes of test input
/// without gigabytes of disk or memory: only the current part is held, and parts can be shared arrays.
/// </summary>
internal sealed class GeneratedStream : Stream
{
    private readonly byte[] _head;
    private readonly Func<long, byte[]> _body;
    private readonly long _count;
    private readonly byte[] _tail;
    private byte[] _current;
    private int _offset;
    private long _next;
    private bool _tailStarted;

    public GeneratedStream(byte[] head, Func<long, byte[]> body, long count, byte[] tail)
    {
        (_head, _body, _count, _tail) = (head, body, count, tail);
        _current = head;
    }

    /// <summary>How many bytes the reader has taken so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    /// <summary>The same text <paramref name="times"/> times between a head and a tail (UTF-8).</summary>
    public static GeneratedStream Repeat(string head, string body, long times, string tail)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return new GeneratedStream(Encoding.UTF8.GetBytes(head), _ => bytes, times, Encoding.UTF8.GetBytes(tail));
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (_offset == _current.Length)
        {
            if (_next < _count)
            {
                _current = _body(_next++);
            }
            else if (!_tailStarted)
            {
                (_current, _tailStarted) = (_tail, true);
            }
            else
            {
                return 0;
            }

            _offset = 0;
        }

        var length = Math.Min(count, _current.Length - _offset);
        Buffer.BlockCopy(_current, _offset, buffer, offset, length);
        _offset += length;
        BytesRead += length;
        return length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
