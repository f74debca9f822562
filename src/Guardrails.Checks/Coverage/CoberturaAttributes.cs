using System;
using System.Xml;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// Reads attributes of the XML reader's current element for <see cref="CoberturaParser"/> without a string for each:
/// a report has millions of <c>&lt;line&gt;</c> attributes, so their characters are copied out of the reader's own
/// buffer (<see cref="XmlReader.ReadValueChunk"/>) into <see cref="Value"/>, and file, class and method names are
/// atomized (one string per distinct name, however often the report repeats it). What is allocated then follows
/// the coverage read, not the size of the file.
/// </summary>
internal sealed class CoberturaAttributes
{
    private readonly XmlReader _reader;
    private readonly NameTable _names = new NameTable();
    private char[] _value = new char[256];
    private char[] _key = new char[256];
    private int _keyLength;

    public CoberturaAttributes(XmlReader reader)
    {
        _reader = reader;
    }

    /// <summary>The characters of the value last read by <see cref="Read"/>, from index 0.</summary>
    public char[] Value => _value;

    /// <summary>
    /// Copies an attribute of the current element into <see cref="Value"/> and returns its length, or -1 when the
    /// element has no such attribute. A value that fills the buffer is read once as a string, and the buffer grows
    /// to hold it.
    /// </summary>
    public int Read(string name)
    {
        if (!_reader.CanReadValueChunk)
        {
            return CopyToValue(_reader.GetAttribute(name));
        }

        if (!_reader.MoveToAttribute(name))
        {
            return -1;
        }

        var length = 0;
        int read;
        while (length < _value.Length && (read = _reader.ReadValueChunk(_value, length, _value.Length - length)) > 0)
        {
            length += read;
        }

        _reader.MoveToElement();
        return length < _value.Length ? length : CopyToValue(_reader.GetAttribute(name));
    }

    /// <summary>An attribute's value as a string shared by every element with the same value; null when absent.</summary>
    public string? ReadAtom(string name)
    {
        var length = Read(name);
        return length < 0 ? null : _names.Add(_value, 0, length);
    }

    /// <summary>
    /// The current <c>&lt;method&gt;</c>'s key, "class::name(signature)", atomized like <see cref="ReadAtom"/>; null for
    /// a method without a name or with a compiler-generated one (starting with '&lt;').
    /// </summary>
    public string? ReadMethodKey(string className)
    {
        var nameLength = Read("name");
        if (nameLength <= 0 || _value[0] == '<')
        {
            return null;
        }

        _keyLength = 0;
        AppendToKey(className);
        AppendToKey("::");
        AppendToKey(_value, nameLength);
        AppendToKey(_value, Math.Max(0, Read("signature")));
        return _names.Add(_key, 0, _keyLength);
    }

    /// <summary>The value last read, as text, for a problem's message.</summary>
    public string Text(int length) => new string(_value, 0, Math.Max(0, length));

    /// <summary>Whether the value last read is <paramref name="expected"/>, ignoring case.</summary>
    public bool ValueIs(int length, string expected)
    {
        if (length != expected.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (char.ToUpperInvariant(_value[i]) != char.ToUpperInvariant(expected[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the value last read is absent (-1), empty or white space.</summary>
    public bool IsBlank(int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!char.IsWhiteSpace(_value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int CopyToValue(string? text)
    {
        if (text is null)
        {
            return -1;
        }

        if (text.Length >= _value.Length)
        {
            _value = new char[Math.Max(text.Length + 1, _value.Length * 2)];
        }

        text.CopyTo(0, _value, 0, text.Length);
        return text.Length;
    }

    private void AppendToKey(string text)
    {
        EnsureKeyRoom(text.Length);
        text.CopyTo(0, _key, _keyLength, text.Length);
        _keyLength += text.Length;
    }

    private void AppendToKey(char[] chars, int length)
    {
        EnsureKeyRoom(length);
        Array.Copy(chars, 0, _key, _keyLength, length);
        _keyLength += length;
    }

    private void EnsureKeyRoom(int length)
    {
        if (_keyLength + length > _key.Length)
        {
            Array.Resize(ref _key, Math.Max(_key.Length * 2, _keyLength + length));
        }
    }
}
