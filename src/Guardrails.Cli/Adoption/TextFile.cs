using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Guardrails.Cli.Adoption;

/// <summary>
/// A text file's content with the encoding it was read in (UTF-8 with or without a byte-order mark, or UTF-16), so
/// a file that is changed is written back the way it was, and its bytes, to tell later whether it changed meanwhile.
/// </summary>
internal sealed class TextFile
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private TextFile(string text, Encoding encoding, byte[] bytes)
    {
        Text = text;
        Encoding = encoding;
        Bytes = bytes;
    }

    public string Text { get; }

    /// <summary>The encoding to write the file back in (with the byte-order mark it had, if any).</summary>
    public Encoding Encoding { get; }

    public byte[] Bytes { get; }

    /// <summary>"\r\n" when the file uses Windows line endings, else "\n".</summary>
    public string NewLine => Text.IndexOf("\r\n", StringComparison.Ordinal) >= 0 ? "\r\n" : "\n";

    public static TextFile Read(string path) => FromBytes(File.ReadAllBytes(path));

    public static TextFile FromBytes(byte[] bytes)
    {
        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
        {
            return new TextFile(Utf8NoBom.GetString(bytes, 3, bytes.Length - 3), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bytes);
        }

        if (StartsWith(bytes, 0xFF, 0xFE))
        {
            return new TextFile(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode, bytes);
        }

        if (StartsWith(bytes, 0xFE, 0xFF))
        {
            return new TextFile(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode, bytes);
        }

        return new TextFile(Utf8NoBom.GetString(bytes), Utf8NoBom, bytes);
    }

    /// <summary>New text in this file's encoding, with its byte-order mark when it had one.</summary>
    public byte[] Encode(string text) => Encode(text, Encoding);

    /// <summary>UTF-8 without a byte-order mark: how new files are written.</summary>
    public static byte[] EncodeNew(string text) => Utf8NoBom.GetBytes(text);

    private static byte[] Encode(string text, Encoding encoding) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    private static bool StartsWith(byte[] bytes, params byte[] prefix) =>
        bytes.Length >= prefix.Length && prefix.Select((b, i) => bytes[i] == b).All(x => x);
}
