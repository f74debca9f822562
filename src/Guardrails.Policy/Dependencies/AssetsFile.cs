using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Guardrails.Policy.Dependencies
{
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

        /// <summary>Reads the file; throws <see cref="InvalidDataException"/> with a readable message when it is not an assets file this understands.</summary>
        public static AssetsFile Read(string path)
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
                return Parse(document.RootElement, path);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException("it is not valid JSON (" + ex.Message + ")", ex);
            }
            catch (Exception ex) when (ex is KeyNotFoundException || ex is InvalidOperationException || ex is FormatException)
            {
                throw new InvalidDataException("it is not in a format Guardrails understands (" + ex.Message + ")", ex);
            }
        }

        private static AssetsFile Parse(JsonElement root, string path)
        {
            var version = root.GetProperty("version").GetInt32();
            if (version < 3 || version > 4)
            {
                throw new InvalidDataException("its format version " + version + " is not one Guardrails understands (3 or 4)");
            }

            var project = root.GetProperty("project");
            var restore = project.GetProperty("restore");
            var projectName = restore.GetProperty("projectName").GetString() ?? Path.GetFileNameWithoutExtension(path);
            var projectPath = restore.GetProperty("projectPath").GetString() ?? string.Empty;
            var projectDirectory = Path.GetDirectoryName(projectPath) ?? string.Empty;

            var libraryPaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var library in root.GetProperty("libraries").EnumerateObject())
            {
                if (library.Value.TryGetProperty("path", out var libraryPath) && libraryPath.GetString() is { } text)
                {
                    libraryPaths[library.Name] = text;
                }
            }

            var frameworks = new List<DependencyGraph>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var target in root.GetProperty("targets").EnumerateObject())
            {
                // "net8.0/linux-x64" repeats "net8.0" for a runtime; one graph per framework is enough.
                var framework = target.Name.Split('/')[0];
                if (!seen.Add(framework))
                {
                    continue;
                }

                var graph = new DependencyGraph(framework);
                foreach (var entry in target.Value.EnumerateObject())
                {
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

                AddDirectDependencies(project, restore, target.Name, framework, graph);
                frameworks.Add(graph);
            }

            var folders = new List<string>();
            if (root.TryGetProperty("packageFolders", out var packageFolders))
            {
                foreach (var folder in packageFolders.EnumerateObject())
                {
                    folders.Add(folder.Name);
                }
            }

            return new AssetsFile(projectName, projectPath, frameworks, folders);
        }

        private static void AddDirectDependencies(JsonElement project, JsonElement restore, string targetName, string framework, DependencyGraph graph)
        {
            if (project.TryGetProperty("frameworks", out var frameworks))
            {
                foreach (var candidate in frameworks.EnumerateObject())
                {
                    if (!Matches(candidate, framework, targetName) || !candidate.Value.TryGetProperty("dependencies", out var dependencies))
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

            if (restore.TryGetProperty("frameworks", out var restoreFrameworks))
            {
                foreach (var candidate in restoreFrameworks.EnumerateObject())
                {
                    if (!Matches(candidate, framework, targetName) || !candidate.Value.TryGetProperty("projectReferences", out var references))
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

        private static bool Matches(JsonProperty candidate, string framework, string targetName)
        {
            // The framework's key is its alias ("net10.0"); the target name may be its full moniker in older files.
            if (string.Equals(candidate.Name, framework, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            return candidate.Value.TryGetProperty("framework", out var moniker) && string.Equals(moniker.GetString(), framework, StringComparison.OrdinalIgnoreCase)
                || targetName.StartsWith(candidate.Name, StringComparison.OrdinalIgnoreCase);
        }
    }
}
