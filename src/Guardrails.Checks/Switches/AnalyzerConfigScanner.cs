using System;
using System.Collections.Generic;
using System.IO;

namespace Guardrails.Checks.Switches;

/// <summary>Reads <c>dotnet_diagnostic.ID.severity</c> entries, with their line, from .editorconfig / .globalconfig files.</summary>
internal static class AnalyzerConfigScanner
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    public static IEnumerable<SeverityEntry> Read(string file)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            yield break;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';' || line[0] == '[')
            {
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = line.Substring(0, equals).Trim();
            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length);
            var value = line.Substring(equals + 1).Trim();
            yield return new SeverityEntry(file, i + 1, lines[i].IndexOf(key, StringComparison.Ordinal) + 1, id, value);
        }
    }

    internal readonly struct SeverityEntry
    {
        public SeverityEntry(string file, int line, int column, string ruleId, string value)
        {
            File = file;
            Line = line;
            Column = column;
            RuleId = ruleId;
            Value = value;
        }

        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public string RuleId { get; }

        public string Value { get; }
    }
}
