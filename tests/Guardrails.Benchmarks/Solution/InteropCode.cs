using System.Globalization;

namespace Guardrails.Benchmarks.Solution;

/// <summary>
/// One file per module that calls sensitive APIs nobody reviewed (GR3002: process start, reflection loading, weak hashes),
/// and switches Guardrails rules off in source with and without a justification (GR4003).
/// </summary>
internal static class InteropCode
{
    public static string Path(int m) => "src/Module" + Number(m) + "/Interop/NativeBridge" + Number(m) + ".cs";

    public static string File(int m) => """
        // Copyright (c) Contoso. All rights reserved.
        using System;
        using System.Diagnostics;
        using System.Diagnostics.CodeAnalysis;
        using System.Reflection;
        using System.Security.Cryptography;
        using System.Text;

        """ + "namespace Contoso.Module" + Number(m) + ".Interop;\n\n" + "public sealed class NativeBridge" + Number(m) + """

        {
            public int Git(string arguments)
            {
        #pragma warning disable GR1101
                using var process = Process.Start("git", arguments);
        #pragma warning restore GR1101
                process?.WaitForExit();
                return process?.ExitCode ?? -1;
            }

            public Assembly LoadPlugin(string path)
            {
        #pragma warning disable GR1101 // Plugins are loaded from the signed plugin folder only, see ADR-0007.
                return Assembly.LoadFrom(path);
        #pragma warning restore GR1101
            }

            [SuppressMessage("Guardrails", "GR3002:Sensitive API without review")]
            public string Digest(string text) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

            [SuppressMessage("Guardrails", "GR3002:Sensitive API without review", Justification = "A cache key, not a security boundary; see ADR-0011.")]
            public string Checksum(byte[] data) => Convert.ToHexString(MD5.HashData(data));
        }

        """;

    private static string Number(int m) => m.ToString(CultureInfo.InvariantCulture);
}
