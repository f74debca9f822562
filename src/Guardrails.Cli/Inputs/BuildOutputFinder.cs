using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Guardrails.Rules;

namespace Guardrails.Cli.Inputs;

/// <summary>
/// Finds the guardrails/ folders that builds left under a root — <c>$(IntermediateOutputPath)guardrails/</c>: by default
/// <c>&lt;project&gt;/obj/&lt;Configuration&gt;/&lt;TargetFramework&gt;/guardrails/</c>
/// (<c>…/&lt;TargetFramework&gt;/&lt;RuntimeIdentifier&gt;/guardrails/</c> for a build with a RuntimeIdentifier), with the SDK's artifacts layout
/// <c>artifacts/obj/&lt;project&gt;/&lt;configuration&gt;[_&lt;tfm&gt;]/guardrails/</c>, or wherever the build put it — and tells
/// which project, configuration and target framework each is from what the build recorded there (build.txt). Folders of
/// builds that recorded nothing (older Guardrails versions) are described from their place in the default layout.
/// Skips .git and other dot-folders, node_modules, bin, TestResults and the report's own output folder.
/// </summary>
internal static class BuildOutputFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "node_modules", "bin", "TestResults" };

    private static readonly string[] ProjectFilePatterns = ["*.csproj", "*.vbproj", "*.fsproj"];

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
    };

    /// <summary>The folders under <paramref name="root"/>, sorted by path; only <paramref name="configuration"/>'s when given.</summary>
    public static IReadOnlyList<BuildOutputFolder> Find(string root, string? configuration, string? excludedDirectory)
    {
        var found = new List<BuildOutputFolder>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var child in Directory.EnumerateDirectories(directory, "*", OneLevel))
            {
                var name = Path.GetFileName(child);
                if (name.StartsWith('.') || SkippedFolders.Contains(name) || PathsEqual(child, excludedDirectory))
                {
                    continue;
                }

                if (string.Equals(name, BuildOutputFiles.FolderName, StringComparison.OrdinalIgnoreCase) && HoldsBuildOutputs(child))
                {
                    var folder = Describe(child);
                    if (configuration is null || string.Equals(folder.Configuration, configuration, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(folder);
                    }

                    continue;
                }

                pending.Push(child);
            }
        }

        return found.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private static bool HoldsBuildOutputs(string directory) =>
        File.Exists(Path.Combine(directory, BuildOutputFolder.CompilerLog))
        || File.Exists(Path.Combine(directory, BuildOutputFolder.ReviewDebtFile))
        || Directory.EnumerateFiles(directory, BuildOutputFolder.DiagnosticsFilePattern, OneLevel).Any();

    private static BuildOutputFolder Describe(string guardrailsDirectory)
    {
        if (Recorded(guardrailsDirectory) is { } recorded)
        {
            return recorded;
        }

        var pivot = Directory.GetParent(guardrailsDirectory);
        var middle = pivot?.Parent;
        var obj = middle?.Parent;
        var declaredName = ProjectNameFromReviewDebt(guardrailsDirectory);

        // obj/<Configuration>/guardrails: the outer build of a multi-targeting project (no compiler log, only GR0003).
        if (pivot is not null && middle is not null && middle.Parent is { } outerProjectDirectory
            && string.Equals(middle.Name, "obj", StringComparison.OrdinalIgnoreCase)
            && !File.Exists(Path.Combine(guardrailsDirectory, BuildOutputFolder.CompilerLog))
            && FindProjectFile(outerProjectDirectory.FullName, declaredName) is { } outerProjectFile)
        {
            return new BuildOutputFolder(guardrailsDirectory, declaredName ?? Path.GetFileNameWithoutExtension(outerProjectFile), outerProjectFile, pivot.Name, string.Empty);
        }

        // obj/<Configuration>/<TargetFramework>/guardrails, with the project file next to obj/.
        var projectDirectory = obj?.Parent;
        var projectFile = projectDirectory is null ? null : FindProjectFile(projectDirectory.FullName, declaredName);
        if (pivot is not null && middle is not null && projectFile is not null)
        {
            return new BuildOutputFolder(guardrailsDirectory, declaredName ?? Path.GetFileNameWithoutExtension(projectFile), projectFile, middle.Name, pivot.Name);
        }

        // obj/<Configuration>/<TargetFramework>/<RuntimeIdentifier>/guardrails: a build with a RuntimeIdentifier (a
        // native-AOT or self-contained app), with the project file next to obj/.
        if (pivot is not null && middle is not null && obj?.Parent is { } ridObj
            && string.Equals(ridObj.Name, "obj", StringComparison.OrdinalIgnoreCase)
            && ridObj.Parent is { } ridProjectDirectory
            && FindProjectFile(ridProjectDirectory.FullName, declaredName) is { } ridProjectFile)
        {
            return new BuildOutputFolder(guardrailsDirectory, declaredName ?? Path.GetFileNameWithoutExtension(ridProjectFile), ridProjectFile,
                obj.Name, middle.Name + "/" + pivot.Name);
        }

        // artifacts/obj/<project>/<configuration>_<tfm>/guardrails (UseArtifactsOutput).
        if (pivot is not null && middle is not null && pivot.Name.Contains('_'))
        {
            var separator = pivot.Name.IndexOf('_');
            return new BuildOutputFolder(guardrailsDirectory, declaredName ?? middle.Name, null, pivot.Name[..separator], pivot.Name[(separator + 1)..]);
        }

        return new BuildOutputFolder(guardrailsDirectory, declaredName ?? middle?.Name ?? "(unknown project)", null, middle?.Name ?? "?", pivot?.Name ?? "?");
    }

    /// <summary>The folder as the build described it in build.txt; null without a complete one.</summary>
    private static BuildOutputFolder? Recorded(string guardrailsDirectory)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(guardrailsDirectory, BuildOutputFolder.BuildFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // A build of an older Guardrails recorded nothing: its folder is described by its place.
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                values[line[..equals]] = line[(equals + 1)..].Trim();
            }
        }

        if (!values.TryGetValue("ProjectFile", out var projectFile) || projectFile.Length == 0
            || !values.TryGetValue("Configuration", out var configuration) || configuration.Length == 0)
        {
            return null;
        }

        var name = values.TryGetValue("ProjectName", out var projectName) && projectName.Length > 0 ? projectName : Path.GetFileNameWithoutExtension(projectFile);
        var targetFramework = values.TryGetValue("TargetFramework", out var recordedFramework) ? recordedFramework : string.Empty;
        if (values.TryGetValue("RuntimeIdentifier", out var runtimeIdentifier) && runtimeIdentifier.Length > 0)
        {
            // A build with a RuntimeIdentifier is its own build of the project, as in the default layout's folder names.
            targetFramework += "/" + runtimeIdentifier;
        }

        return new BuildOutputFolder(
            guardrailsDirectory,
            name,
            File.Exists(projectFile) ? Path.GetFullPath(projectFile) : null,
            configuration,
            targetFramework);
    }

    private static string? FindProjectFile(string directory, string? projectName)
    {
        var candidates = ProjectFilePatterns.SelectMany(pattern => Directory.EnumerateFiles(directory, pattern, OneLevel)).ToList();
        if (projectName is not null)
        {
            var named = candidates.FirstOrDefault(c => string.Equals(Path.GetFileNameWithoutExtension(c), projectName, StringComparison.OrdinalIgnoreCase));
            if (named is not null)
            {
                return named;
            }
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>MSBuild's project name as the build recorded it; null when there is no readable review-debt.json.</summary>
    private static string? ProjectNameFromReviewDebt(string directory)
    {
        var path = Path.Combine(directory, BuildOutputFolder.ReviewDebtFile);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("project", out var project)
                && project.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(project.GetString())
                    ? project.GetString()
                    : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null; // A missing file is normal; a broken one is reported when it is read.
        }
    }

    private static bool PathsEqual(string a, string? b) =>
        b is not null && string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);
}
