using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Guardrails.Policy;

namespace Guardrails.Checks.Dependencies;

/// <summary>
/// What restore resolved for a project (obj/project.assets.json): per target framework, every package and project
/// in the closure with its dependencies. Read with System.Text.Json; only the parts the checks need.
/// </summary>
internal sealed class AssetsFile
{
    private AssetsFile(string projectName, string projectPath, List<DependencyGraph> frameworks, List<string> packageFolders)
    {
        ProjectName = projectName;
        ProjectPath = projectPath;
        Frameworks = frameworks;
        PackageFolders = packageFolders;
    }

    public string ProjectName { get; }

    public string ProjectPath { get; }

    public IReadOnlyList<DependencyGraph> Frameworks { get; }

    public IReadOnlyList<string> PackageFolders { get; }

    /// <summary>
    /// Only the graph of the framework an inner build compiles, so a multi-targeting project audits each framework
    /// once, in that framework's build. The graph is found by the build's alias ("net8.0"), by the alias with the
    /// platform version restore adds ("net8.0-windows" is "net8.0-windows7.0"), or by its moniker
    /// (".NETCoreApp,Version=v8.0", as older assets files name targets). When none matches (no framework given, or a
    /// name the assets file spells otherwise) every graph is kept: the audit never passes because of a name.
    /// </summary>
    public AssetsFile ForFramework(string? alias, string? moniker)
    {
        var matching = Graphs(g => IsNamed(g.Framework, alias));
        if (matching.Count == 0)
        {
            matching = Graphs(g => !string.IsNullOrEmpty(alias) && IsAliasWithPlatformVersion(g.Framework, alias!));
        }

        if (matching.Count == 0)
        {
            matching = Graphs(g => IsNamed(g.Framework, moniker));
        }

        return matching.Count == 0 || matching.Count == Frameworks.Count
            ? this
            : new AssetsFile(ProjectName, ProjectPath, matching, new List<string>(PackageFolders));

        List<DependencyGraph> Graphs(Func<DependencyGraph, bool> predicate) => Frameworks.Where(predicate).ToList();

        static bool IsNamed(string framework, string? name) =>
            !string.IsNullOrEmpty(name) && string.Equals(framework, name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a target ("net8.0-windows7.0") is an alias ("net8.0-windows") plus the platform version restore fills
    /// in. Not a plain prefix: "net8.0-windows7.0" does not belong to the "net8.0" alias.
    /// </summary>
    private static bool IsAliasWithPlatformVersion(string framework, string alias)
    {
        if (alias.IndexOf('-') < 0 || framework.Length <= alias.Length || !framework.StartsWith(alias, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = framework.Substring(alias.Length);
        return char.IsDigit(version[0]) && version.All(c => char.IsDigit(c) || c == '.');
    }

    /// <summary>
    /// Far above any real assets file (a large solution's biggest is tens of megabytes); the file is parsed in memory,
    /// so a bigger one is refused before it is read.
    /// </summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>The key in <see cref="Exception.Data"/> of a problem's 1-based line, when the JSON itself is broken.</summary>
    public const string LineKey = "Guardrails.Line";

    /// <summary>The key in <see cref="Exception.Data"/> of a problem's 1-based column (in bytes), with <see cref="LineKey"/>.</summary>
    public const string ColumnKey = "Guardrails.Column";

    /// <summary>
    /// Reads the file; throws <see cref="InvalidDataException"/> with a message that completes "cannot be read: " and
    /// says where (a line and column when the JSON is broken, also in <see cref="Exception.Data"/>; else a JSON path)
    /// when the file cannot be read or is not an assets file this understands: truncated, empty, not JSON, too big,
    /// from a NuGet format this does not know, or with a value of an unexpected type. Never another exception for
    /// what the file holds.
    /// </summary>
    public static AssetsFile Read(string path)
    {
        var where = new JsonPath();
        try
        {
            // A FIFO, socket or device reports no length, like an empty file: neither is opened (a FIFO would block).
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                throw Problem("it is empty, or not a regular file; an interrupted restore can leave such a file", 1, 1);
            }

            if (length > MaxBytes)
            {
                throw Problem("it is " + length + " bytes, more than the " + MaxBytes + " Guardrails reads; no restore writes that much", 1, 1);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            return Parse(document.RootElement, path, where);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            throw Problem("it is not valid JSON at line " + line + ", column " + column + " (" + WithoutPosition(ex.Message) + "); it may be truncated", line, column);
        }
        catch (Exception ex) when (ex is KeyNotFoundException || ex is InvalidOperationException || ex is FormatException)
        {
            throw Problem("it is not in a format Guardrails understands: " + where.Describe(ex is KeyNotFoundException ? "is missing" : "has a value of an unexpected type") + " (" + ex.Message + ")");
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException)
        {
            throw Problem("it names a path that is not valid: " + where.Describe("holds it") + " (" + ex.Message + ")");
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw Problem("it could not be read (" + ex.Message + ")");
        }
    }

    private static InvalidDataException Problem(string message, int line = 0, int column = 0)
    {
        var problem = new InvalidDataException(message);
        if (line > 0)
        {
            problem.Data[LineKey] = line;
            problem.Data[ColumnKey] = column;
        }

        return problem;
    }

    private static string WithoutPosition(string message)
    {
        // System.Text.Json appends " LineNumber: n | BytePositionInLine: m." to its messages; the position is given separately.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).Trim();
    }

    private static AssetsFile Parse(JsonElement root, string path, JsonPath where)
    {
        where.Set("version");
        var version = root.GetProperty("version").GetInt32();
        if (version < 3 || version > 4)
        {
            throw Problem("its format version " + version + " is not one Guardrails understands (3 or 4); a newer NuGet may have written it, so update Guardrails");
        }

        where.Set("project.restore");
        var project = root.GetProperty("project");
        var restore = project.GetProperty("restore");
        where.Set("project.restore.projectName");
        var projectName = restore.GetProperty("projectName").GetString() ?? Path.GetFileNameWithoutExtension(path);
        where.Set("project.restore.projectPath");
        var projectPath = restore.GetProperty("projectPath").GetString() ?? string.Empty;
        var projectDirectory = projectPath.Length == 0 ? string.Empty : Path.GetDirectoryName(Path.GetFullPath(projectPath)) ?? string.Empty;

        var libraryPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        where.Set("libraries");
        foreach (var library in root.GetProperty("libraries").EnumerateObject())
        {
            where.Set("libraries", library.Name);
            if (library.Value.TryGetProperty("path", out var libraryPath) && libraryPath.GetString() is { } text)
            {
                libraryPaths[library.Name] = text;
            }
        }

        var frameworks = new List<DependencyGraph>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        where.Set("targets");
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            where.Set("targets", target.Name);
            // "net8.0/linux-x64" repeats "net8.0" for a runtime; one graph per framework is enough.
            var framework = target.Name.Split('/')[0];
            if (!seen.Add(framework))
            {
                continue;
            }

            var graph = new DependencyGraph(framework);
            foreach (var entry in target.Value.EnumerateObject())
            {
                where.Set("targets", target.Name, entry.Name);
                var slash = entry.Name.IndexOf('/');
                var name = slash < 0 ? entry.Name : entry.Name.Substring(0, slash);
                var entryVersion = slash < 0 ? string.Empty : entry.Name.Substring(slash + 1);
                var isProject = entry.Value.TryGetProperty("type", out var type) && type.GetString() == "project";
                var node = new DependencyNode(name, entryVersion, isProject);
                if (isProject && libraryPaths.TryGetValue(entry.Name, out var relative))
                {
                    node.ProjectPath = Path.GetFullPath(Path.Combine(projectDirectory, relative));
                }
                else if (!isProject && libraryPaths.TryGetValue(entry.Name, out var packagePath))
                {
                    node.PackagePath = packagePath;
                }

                if (entry.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        node.Dependencies.Add(dependency.Name);
                    }
                }

                graph.Add(node);
            }

            AddDirectDependencies(project, restore, framework, graph, where);
            frameworks.Add(graph);
        }

        if (frameworks.Count == 0)
        {
            // Without a target there is nothing to check, and saying nothing would pass every dependency rule.
            throw Problem("its 'targets' lists no target framework, so there is no resolved dependency to check");
        }

        var folders = new List<string>();
        where.Set("packageFolders");
        if (root.TryGetProperty("packageFolders", out var packageFolders))
        {
            foreach (var folder in packageFolders.EnumerateObject())
            {
                folders.Add(folder.Name);
            }
        }

        return new AssetsFile(projectName, projectPath, frameworks, folders);
    }

    private static void AddDirectDependencies(JsonElement project, JsonElement restore, string framework, DependencyGraph graph, JsonPath where)
    {
        where.Set("project.frameworks");
        if (project.TryGetProperty("frameworks", out var frameworks))
        {
            foreach (var candidate in frameworks.EnumerateObject())
            {
                if (!Matches(candidate, framework) || !candidate.Value.TryGetProperty("dependencies", out var dependencies))
                {
                    continue;
                }

                foreach (var dependency in dependencies.EnumerateObject())
                {
                    var autoReferenced = dependency.Value.TryGetProperty("autoReferenced", out var auto) && auto.ValueKind == JsonValueKind.True;
                    graph.AddDirect(dependency.Name, autoReferenced);
                }
            }
        }

        where.Set("project.restore.frameworks");
        if (restore.TryGetProperty("frameworks", out var restoreFrameworks))
        {
            foreach (var candidate in restoreFrameworks.EnumerateObject())
            {
                if (!Matches(candidate, framework) || !candidate.Value.TryGetProperty("projectReferences", out var references))
                {
                    continue;
                }

                foreach (var reference in references.EnumerateObject())
                {
                    graph.AddDirectProject(Path.GetFullPath(reference.Name));
                }
            }
        }
    }

    private static bool Matches(JsonProperty candidate, string framework)
    {
        // The candidate's key is the build's alias ("net10.0", "net8.0-windows"); the target may add a platform version
        // ("net8.0-windows7.0"), and older files name it by its full moniker (the candidate's "framework").
        if (string.Equals(candidate.Name, framework, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return candidate.Value.TryGetProperty("framework", out var moniker) && string.Equals(moniker.GetString(), framework, StringComparison.OrdinalIgnoreCase)
            || IsAliasWithPlatformVersion(framework, candidate.Name);
    }

    /// <summary>Where in the file the reader is, for a message about a missing key or a value of the wrong type.</summary>
    private sealed class JsonPath
    {
        private string _path = "the file";

        public void Set(string section, params string[] keys)
        {
            _path = section;
            foreach (var key in keys)
            {
                _path += "['" + Excerpt.Of(key) + "']";
            }
        }

        public string Describe(string what) => "'" + _path + "' (or a key in it) " + what;
    }
}
