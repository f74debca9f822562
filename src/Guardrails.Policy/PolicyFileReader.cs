using System;
using System.IO;

namespace Guardrails.Policy;

/// <summary>
/// Reads the bytes of a policy file that exists, or says why it cannot: too big, empty or not a regular file, or not
/// readable. Never blocks or reads without end: a file that reports no length (an empty file, but also a FIFO that
/// would wait for a writer forever, a socket, or a device like /dev/zero that never ends) is not opened, and no more
/// than <see cref="PolicyLoader.MaxPolicyBytes"/> are read from a file that grows while it is read.
/// </summary>
internal static class PolicyFileReader
{
    /// <summary>Problems here are about the file as a whole; they point at its first line and column.</summary>
    private static readonly SourcePosition FileStart = new SourcePosition(1, 1);

    public static byte[]? Read(string fullPath, out PolicyProblem? problem)
    {
        problem = null;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length == 0)
            {
                problem = PolicyProblem.Invalid(FileStart, "The policy file '" + fullPath + "' is empty, or is not a regular file (a pipe, a socket or a device). Write a JSON object, for example { \"rules\": {} }, or delete the file to use the built-in defaults.");
                return null;
            }

            if (length > PolicyLoader.MaxPolicyBytes)
            {
                problem = TooBig(length);
                return null;
            }

            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var content = ReadAtMost(stream, PolicyLoader.MaxPolicyBytes + 1);
            if (content.Length > PolicyLoader.MaxPolicyBytes)
            {
                problem = TooBig(content.Length);
                return null;
            }

            return content;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is NotSupportedException || ex is System.Security.SecurityException)
        {
            problem = PolicyProblem.Invalid(FileStart, "The policy file '" + fullPath + "' could not be read: " + ex.Message + " Check that it is a file this build's user may read.");
            return null;
        }
    }

    private static PolicyProblem TooBig(long length) =>
        PolicyProblem.Invalid(FileStart, "The policy file is " + length + " bytes or more; the limit is " + PolicyLoader.MaxPolicyBytes + ". A policy is a small hand-written file: move data such as baselines into the files it names.");

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
