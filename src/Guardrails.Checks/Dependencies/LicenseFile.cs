using System;
using System.IO;
using System.Text;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// A licence file inside a restored package (<c>&lt;license type="file"&gt;</c>, or the file a licence URL names),
/// identified by its text (<see cref="LicenseTemplates"/>). Never throws: a file that is missing, outside the package,
/// too large, not text or not a standard licence text gives a <see cref="Problem"/> that says which.
/// </summary>
internal sealed class LicenseFile
{
    /// <summary>The largest file read: the longest recognised text (the .NET Library licence) is under 10 KB.</summary>
    public const int MaxBytes = 128 * 1024;

    private LicenseFile(string name, string? expression, string? problem)
    {
        Name = name;
        Expression = expression;
        Problem = problem;
    }

    /// <summary>The file's path in the package, as the nuspec names it.</summary>
    public string Name { get; }

    /// <summary>The licence the text is, when it is a standard text Guardrails recognises.</summary>
    public string? Expression { get; }

    /// <summary>Why the licence is not known: "is not in the package", "is not a standard text…"; null when it is.</summary>
    public string? Problem { get; }

    /// <summary>Reads and identifies <paramref name="name"/> (relative to the package folder <paramref name="packageDirectory"/>).</summary>
    public static LicenseFile Identify(string packageDirectory, string name)
    {
        string path;
        try
        {
            var root = Path.GetFullPath(packageDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            path = Path.GetFullPath(Path.Combine(root, name.Replace('\\', '/')));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                return new LicenseFile(name, null, "is not a file inside the package");
            }
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException)
        {
            return new LicenseFile(name, null, "is not a valid file name");
        }

        try
        {
            var file = FindIgnoringCase(path);
            if (file is null)
            {
                return new LicenseFile(name, null, "is not in the package folder");
            }

            // A FIFO or device reports no length, like an empty file: neither is opened (a FIFO would block).
            if (file.Length == 0)
            {
                return new LicenseFile(name, null, "is empty, or not a regular file");
            }

            if (file.Length > MaxBytes)
            {
                return new LicenseFile(name, null, "is " + file.Length + " bytes, more than the " + MaxBytes + " bytes of any licence text Guardrails recognises");
            }

            var bytes = new byte[(int)file.Length];
            int read;
            using (var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                read = ReadAll(stream, bytes);
            }

            var text = Decode(bytes, read);
            if (text is null)
            {
                return new LicenseFile(name, null, "is not text");
            }

            var expression = LicenseTemplates.Identify(text);
            return expression is null
                ? new LicenseFile(name, null, "is not the standard text of a licence Guardrails recognises (" + string.Join(", ", LicenseTemplates.Ids) + "), or adds to or changes one")
                : new LicenseFile(name, expression, null);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return new LicenseFile(name, null, "could not be read (" + ex.Message + ")");
        }
    }

    /// <summary>
    /// The file at <paramref name="path"/>, or the one file in its folder whose name differs only in case (the nuspec
    /// says LICENSE.txt, the package has License.txt); null when there is neither.
    /// </summary>
    private static FileInfo? FindIgnoringCase(string path)
    {
        var file = new FileInfo(path);
        if (file.Exists)
        {
            return file;
        }

        var directory = file.Directory;
        if (directory is null || !directory.Exists)
        {
            return null;
        }

        FileInfo? found = null;
        foreach (var candidate in directory.EnumerateFiles())
        {
            if (string.Equals(candidate.Name, file.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    private static int ReadAll(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>
    /// UTF-8 (or UTF-16/32 with a byte order mark); null when the bytes are not text: a NUL, or more than one character
    /// in twenty a control character or not UTF-8 at all.
    /// </summary>
    private static string? Decode(byte[] bytes, int count)
    {
        string text;
        using (var reader = new StreamReader(new MemoryStream(bytes, 0, count), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
        {
            text = reader.ReadToEnd();
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return null;
            }

            if ((char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD')
            {
                control++;
            }
        }

        return control * 20 > text.Length ? null : text;
    }
}
