using System;
using System.IO;
using System.Text;

namespace Guardrails.Tasks;

/// <summary>Writes generated files atomically, and only when their content changes, so incremental builds stay incremental.</summary>
internal static class FileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(false);

    /// <returns>True when the file was (re)written.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && SameBytes(path, bytes))
        {
            // Touch so the target's Outputs are newer than its Inputs and the target is skipped next time.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return false;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Write next to the target and move into place: parallel builds never see a half-written file.
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, bytes);
        try
        {
            if (File.Exists(path))
            {
                File.Replace(temp, path, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temp, path);
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node won the race with the same inputs; its content is equivalent.
            File.Delete(temp);
        }

        return true;
    }

    public static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            var existing = File.ReadAllBytes(path);
            if (existing.Length != bytes.Length)
            {
                return false;
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                if (existing[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
