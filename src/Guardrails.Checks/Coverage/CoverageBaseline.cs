using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Guardrails.Policy;

namespace Guardrails.Checks.Coverage;

/// <summary>
/// The recorded coverage the ratchet (GR2003) compares with: line and branch counts for the total, each assembly
/// and each file (relative to the policy file's folder, with '/'), after coverage.exclude. Counts rather than
/// percentages, so comparisons stay exact. The file is JSON with sorted keys, so its diffs review well:
/// <code>
/// { "version": 1,
///   "total": { "line": { "covered": 19, "total": 23 }, "branch": { "covered": 3, "total": 4 } },
///   "assemblies": { "Contoso.Payments": { "line": { ... }, "branch": { ... } } },
///   "files": { "src/Payments/Fees.cs": { "line": { ... } } } }
/// </code>
/// A figure with nothing to count (no branches) is left out.
/// </summary>
internal sealed class CoverageBaseline
{
    public const int CurrentVersion = 1;

    /// <summary>Larger than any real baseline; a bigger file is refused before it is read.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public CoverageBaseline(BaselineEntry? total, IReadOnlyDictionary<string, BaselineEntry> assemblies, IReadOnlyDictionary<string, BaselineEntry> files)
    {
        Total = total;
        Assemblies = assemblies;
        Files = files;
    }

    public BaselineEntry? Total { get; }

    /// <summary>By assembly name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, BaselineEntry> Assemblies { get; }

    /// <summary>By path relative to the policy file's folder, with '/'.</summary>
    public IReadOnlyDictionary<string, BaselineEntry> Files { get; }

    /// <summary>The figures of <paramref name="coverage"/> after coverage.exclude, as a baseline.</summary>
    public static CoverageBaseline Create(CoverageSettings settings, CoverageData coverage)
    {
        var data = settings.Apply(coverage);
        var assemblies = new Dictionary<string, BaselineEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in data.Assemblies)
        {
            Add(assemblies, assembly.Name, assembly.Count(CoverageMetric.Line), assembly.Count(CoverageMetric.Branch));
        }

        var files = new Dictionary<string, BaselineEntry>(CoveragePaths.Comparer);
        foreach (var file in data.Files)
        {
            Add(files, settings.RelativePath(file.Path), file.Count(CoverageMetric.Line), file.Count(CoverageMetric.Branch));
        }

        var total = data.Count(CoverageMetric.Line).IsEmpty ? null : Entry(data.Count(CoverageMetric.Line), data.Count(CoverageMetric.Branch));
        return new CoverageBaseline(total, assemblies, files);
    }

    /// <summary>Writes the current figures to the ratchet's baseline file; null on success, else the problem.</summary>
    public static CoverageProblem? Write(CoverageSettings settings, CoverageData coverage) =>
        Write(settings.Ratchet.BaselinePath, Create(settings, coverage));

    /// <summary>
    /// Writes <paramref name="baseline"/> to <paramref name="path"/> atomically (a temporary file in the same folder,
    /// then moved over the old one), so a reader never sees half a file. Null on success, else the problem.
    /// </summary>
    public static CoverageProblem? Write(string path, CoverageBaseline baseline)
    {
        var fullPath = Path.GetFullPath(path);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath) ?? ".");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteJson(writer, baseline);
            }

            if (File.Exists(fullPath))
            {
                File.Replace(temporary, fullPath, null);
            }
            else
            {
                File.Move(temporary, fullPath);
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            TryDelete(temporary);
            return new CoverageProblem(fullPath, 0, 0, "The coverage baseline could not be written: " + ex.Message);
        }
    }

    public static CoverageBaselineReadResult Read(string path)
    {
        byte[] content;
        try
        {
            if (!File.Exists(path))
            {
                return new CoverageBaselineReadResult(null, new[] { new CoverageProblem(path, 0, 0, "The coverage baseline '" + path + "' does not exist. Create it with `" + RatchetSettings.UpdateCommand + "`.") }, fileMissing: true);
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                return Failed(path, SourcePosition.None, "The coverage baseline is larger than " + MaxBytes + " bytes, which no real baseline is.");
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is ArgumentException || ex is NotSupportedException)
        {
            return Failed(path, SourcePosition.None, "The coverage baseline could not be read: " + ex.Message + ".");
        }

        return Parse(content, path);
    }

    /// <summary>Reads baseline JSON already in memory; <paramref name="path"/> names it in problems.</summary>
    public static CoverageBaselineReadResult Parse(byte[] content, string path)
    {
        var jsonProblems = new List<PolicyProblem>();
        var root = PolicyJsonReader.Read(content, jsonProblems);
        if (jsonProblems.Count > 0 || root is null)
        {
            var first = jsonProblems.FirstOrDefault();
            var detail = first is null ? "no JSON value" : first.Message.Replace("The policy file", "The file").Replace("the policy's", "the file's");
            return Failed(path, first?.Position ?? new SourcePosition(1, 1), "The coverage baseline is not valid JSON: " + detail);
        }

        if (root.Kind != PolicyNodeKind.Object)
        {
            return Failed(path, root.Position, "The coverage baseline must be a JSON object.");
        }

        var version = root["version"];
        if (version is null || version.Text != CurrentVersion.ToString(CultureInfo.InvariantCulture))
        {
            return Failed(path, version?.Position ?? root.Position, "The coverage baseline has no \"version\": " + CurrentVersion + "; this version of Guardrails reads only that format.");
        }

        try
        {
            var total = root["total"] is { } totalNode ? ReadEntry(totalNode, root.Properties.First(p => p.Name == "total").NamePosition) : null;
            var assemblies = ReadEntries(root["assemblies"], StringComparer.OrdinalIgnoreCase);
            var files = ReadEntries(root["files"], CoveragePaths.Comparer);
            return new CoverageBaselineReadResult(new CoverageBaseline(total, assemblies, files), Array.Empty<CoverageProblem>());
        }
        catch (BaselineFormatException ex)
        {
            return Failed(path, ex.Position, ex.Message);
        }
    }

    private static Dictionary<string, BaselineEntry> ReadEntries(PolicyNode? node, StringComparer comparer)
    {
        var entries = new Dictionary<string, BaselineEntry>(comparer);
        if (node is null)
        {
            return entries;
        }

        if (node.Kind != PolicyNodeKind.Object)
        {
            throw new BaselineFormatException(node.Position, "\"assemblies\" and \"files\" must be objects keyed by name or path.");
        }

        foreach (var property in node.Properties)
        {
            entries[property.Name] = ReadEntry(property.Value, property.NamePosition);
        }

        return entries;
    }

    private static BaselineEntry ReadEntry(PolicyNode node, SourcePosition position)
    {
        if (node.Kind != PolicyNodeKind.Object)
        {
            throw new BaselineFormatException(node.Position, "A baseline entry must be an object like { \"line\": { \"covered\": 19, \"total\": 23 } }.");
        }

        var line = node.Properties.FirstOrDefault(p => p.Name == "line");
        var branch = node.Properties.FirstOrDefault(p => p.Name == "branch");
        return new BaselineEntry(
            line is null ? null : ReadCount(line.Value),
            branch is null ? null : ReadCount(branch.Value),
            position,
            line?.NamePosition ?? default,
            branch?.NamePosition ?? default);
    }

    private static CoverageCount ReadCount(PolicyNode node)
    {
        if (node.Kind == PolicyNodeKind.Object
            && TryReadCount(node["covered"], out var covered)
            && TryReadCount(node["total"], out var total)
            && covered <= total)
        {
            return new CoverageCount(covered, total);
        }

        throw new BaselineFormatException(node.Position, "A recorded figure must be { \"covered\": n, \"total\": m } with whole numbers and covered no more than total.");
    }

    private static bool TryReadCount(PolicyNode? node, out long value)
    {
        value = 0;
        return node?.Kind == PolicyNodeKind.Number && long.TryParse(node.Text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static void WriteJson(Utf8JsonWriter writer, CoverageBaseline baseline)
    {
        writer.WriteStartObject();
        writer.WriteNumber("version", CurrentVersion);
        if (baseline.Total is not null)
        {
            writer.WritePropertyName("total");
            WriteEntry(writer, baseline.Total);
        }

        WriteEntries(writer, "assemblies", baseline.Assemblies);
        WriteEntries(writer, "files", baseline.Files);
        writer.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, BaselineEntry> entries)
    {
        writer.WriteStartObject(name);
        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WritePropertyName(entry.Key);
            WriteEntry(writer, entry.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter writer, BaselineEntry entry)
    {
        writer.WriteStartObject();
        WriteCount(writer, "line", entry.Line);
        WriteCount(writer, "branch", entry.Branch);
        writer.WriteEndObject();
    }

    private static void WriteCount(Utf8JsonWriter writer, string name, CoverageCount? count)
    {
        if (count is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("covered", count.Value.Covered);
        writer.WriteNumber("total", count.Value.Total);
        writer.WriteEndObject();
    }

    private static void Add(Dictionary<string, BaselineEntry> entries, string key, CoverageCount line, CoverageCount branch)
    {
        if (!line.IsEmpty || !branch.IsEmpty)
        {
            entries[key] = Entry(line, branch);
        }
    }

    private static BaselineEntry Entry(CoverageCount line, CoverageCount branch) =>
        new BaselineEntry(line.IsEmpty ? null : line, branch.IsEmpty ? null : branch, SourcePosition.None);

    private static CoverageBaselineReadResult Failed(string path, SourcePosition position, string message) =>
        new CoverageBaselineReadResult(null, new[] { new CoverageProblem(path, position.Line, position.Column, message + " Fix it, or write it again with `" + RatchetSettings.UpdateCommand + "`.") });

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless.
        }
    }

    private sealed class BaselineFormatException : Exception
    {
        public BaselineFormatException(SourcePosition position, string message)
            : base(message)
        {
            Position = position;
        }

        public SourcePosition Position { get; }
    }
}
