using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Guardrails.Checks.Dependencies;

namespace Guardrails.Checks.Tests.Dependencies;

/// <summary>
/// project.assets.json as restore writes it, and as it arrives damaged, truncated, huge or from a newer NuGet: each bad
/// file is an <see cref="InvalidDataException"/> saying what and where (which the dependency task reports as GR0002 on
/// the file), never another exception and never an empty result that would pass every dependency rule.
/// </summary>
public sealed class AssetsFileTests : IDisposable
{
    private const string Valid = """
        {
          "version": 3,
          "targets": {
            "net8.0": {
              "Newtonsoft.Json/13.0.3": { "type": "package", "dependencies": { "System.Memory": "4.5.5" } },
              "System.Memory/4.5.5": { "type": "package" },
              "Lib/1.0.0": { "type": "project" }
            }
          },
          "libraries": {
            "Newtonsoft.Json/13.0.3": { "type": "package", "path": "newtonsoft.json/13.0.3" },
            "System.Memory/4.5.5": { "type": "package", "path": "system.memory/4.5.5" },
            "Lib/1.0.0": { "type": "project", "path": "../Lib/Lib.csproj" }
          },
          "packageFolders": { "/home/dev/.nuget/packages/": {} },
          "project": {
            "restore": {
              "projectName": "App",
              "projectPath": "/repo/App/App.csproj",
              "frameworks": { "net8.0": { "projectReferences": { "/repo/Lib/Lib.csproj": {} } } }
            },
            "frameworks": { "net8.0": { "dependencies": { "Newtonsoft.Json": { "target": "Package", "version": "[13.0.3, )" } } } }
          }
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("guardrails-assets-").FullName;

    private string AssetsPath => Path.Combine(_directory, "project.assets.json");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void RestoredFile_IsRead()
    {
        var assets = Read(Valid);

        var graph = Assert.Single(assets.Frameworks);
        Assert.Equal("App", assets.ProjectName);
        Assert.Equal(["Lib", "Newtonsoft.Json", "System.Memory"], graph.Nodes.Select(n => n.Name).Order());
        Assert.Equal(Path.GetFullPath("/repo/Lib/Lib.csproj"), graph.Nodes.Single(n => n.IsProject).ProjectPath);
    }

    [Fact]
    public void PlatformTarget_TakesTheDirectReferencesOfItsOwnAlias_NotOfTheAliasItStartsWith()
    {
        // "net8.0-windows7.0" starts with "net8.0", but its direct references are those of "net8.0-windows": there,
        // Core.Only comes in by Windows.Only rather than being referenced.
        var assets = Read("""
            {
              "version": 3,
              "targets": {
                "net8.0": { "Core.Only/1.0.0": { "type": "package" } },
                "net8.0-windows7.0": {
                  "Core.Only/1.0.0": { "type": "package" },
                  "Windows.Only/1.0.0": { "type": "package", "dependencies": { "Core.Only": "1.0.0" } }
                }
              },
              "libraries": {
                "Core.Only/1.0.0": { "type": "package", "path": "core.only/1.0.0" },
                "Windows.Only/1.0.0": { "type": "package", "path": "windows.only/1.0.0" }
              },
              "project": {
                "restore": { "projectName": "App", "projectPath": "/repo/App/App.csproj" },
                "frameworks": {
                  "net8.0": { "dependencies": { "Core.Only": { } } },
                  "net8.0-windows": { "dependencies": { "Windows.Only": { } } }
                }
              }
            }
            """);

        var windows = assets.Frameworks.Single(g => g.Framework == "net8.0-windows7.0");
        var core = windows.Nodes.Single(n => n.Name == "Core.Only");
        var windowsOnly = windows.Nodes.Single(n => n.Name == "Windows.Only");

        Assert.Equal(["Windows.Only"], windows.ChainTo(windowsOnly).Select(n => n.Name));
        Assert.Equal(["Windows.Only", "Core.Only"], windows.ChainTo(core).Select(n => n.Name));
        Assert.Same(assets.Frameworks.Single(g => g.Framework == "net8.0-windows7.0"), Assert.Single(assets.ForFramework("net8.0-windows", null).Frameworks));
        Assert.Same(assets.Frameworks.Single(g => g.Framework == "net8.0"), Assert.Single(assets.ForFramework("net8.0", null).Frameworks));
    }

    [Fact]
    public void NewerFormat_WithUnknownProperties_IsStillRead()
    {
        var json = Mutate(root =>
        {
            root["version"] = 4;
            root["newTopLevel"] = new JsonArray(1, "two", null);
            root["targets"]!["net8.0"]!["Newtonsoft.Json/13.0.3"]!["newField"] = new JsonObject { ["x"] = true };
            root["libraries"]!["Newtonsoft.Json/13.0.3"]!["sha512"] = "abc==";
            root["project"]!["restore"]!["centralPackageVersionsManagementEnabled"] = true;
        });

        Assert.Equal(3, Assert.Single(Read(json).Frameworks).Nodes.Count());
    }

    [Fact]
    public void FormatVersion99_SaysANewerNuGetMayHaveWrittenIt()
    {
        var problem = ReadProblem(Mutate(root => root["version"] = 99));

        Assert.Contains("format version 99", problem.Message);
        Assert.Contains("newer NuGet", problem.Message);
    }

    [Theory]
    [InlineData("version-as-string", "'version'")]
    [InlineData("version-too-big", "'version'")]
    [InlineData("libraries-as-array", "'libraries'")]
    [InlineData("library-as-number", "'libraries['Newtonsoft.Json/13.0.3']'")]
    [InlineData("library-path-as-number", "'libraries['Newtonsoft.Json/13.0.3']'")]
    [InlineData("target-as-string", "'targets['net8.0']'")]
    [InlineData("dependencies-as-array", "'targets['net8.0']['Newtonsoft.Json/13.0.3']'")]
    [InlineData("no-project", "'project.restore' (or a key in it) is missing")]
    [InlineData("no-targets", "'targets' (or a key in it) is missing")]
    [InlineData("empty-targets", "lists no target framework")]
    [InlineData("project-path-with-nul", "'project.restore.projectPath'")]
    [InlineData("project-reference-with-nul", "'project.restore.frameworks'")]
    public void UnexpectedShape_IsAProblemThatSaysWhere(string kind, string expected)
    {
        var json = Mutate(root =>
        {
            switch (kind)
            {
                case "version-as-string": root["version"] = "4"; break;
                case "version-too-big": root["version"] = JsonNode.Parse("1e400"); break;
                case "libraries-as-array": root["libraries"] = new JsonArray(); break;
                case "library-as-number": root["libraries"]!["Newtonsoft.Json/13.0.3"] = 5; break;
                case "library-path-as-number": root["libraries"]!["Newtonsoft.Json/13.0.3"]!["path"] = 5; break;
                case "target-as-string": root["targets"]!["net8.0"] = "x"; break;
                case "dependencies-as-array": root["targets"]!["net8.0"]!["Newtonsoft.Json/13.0.3"]!["dependencies"] = new JsonArray("System.Memory"); break;
                case "no-project": root.AsObject().Remove("project"); break;
                case "no-targets": root.AsObject().Remove("targets"); break;
                case "empty-targets": root["targets"] = new JsonObject(); break;
                case "project-path-with-nul": root["project"]!["restore"]!["projectPath"] = "/repo/App\0/App.csproj"; break;
                default: root["project"]!["restore"]!["frameworks"]!["net8.0"]!["projectReferences"] = new JsonObject { ["/repo/\0/Lib.csproj"] = new JsonObject() }; break;
            }
        });

        var problem = ReadProblem(json);

        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void TruncatedFile_IsNotValidJson_AtTheLineWhereItStops()
    {
        var cut = Valid.Substring(0, Valid.IndexOf("\"libraries\"", StringComparison.Ordinal) + 20);
        var lastLine = cut.Count(c => c == '\n') + 1;

        var problem = ReadProblem(cut);

        Assert.Contains("not valid JSON at line " + lastLine, problem.Message);
        Assert.Contains("truncated", problem.Message);
        Assert.Equal(lastLine, problem.Data[AssetsFile.LineKey]);
        Assert.True((int)problem.Data[AssetsFile.ColumnKey]! >= 1);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("utf-16")]
    [InlineData("deep")]
    [InlineData("nul")]
    [InlineData("text")]
    public void Garbage_IsNotValidJson_WithALine(string kind)
    {
        var bytes = kind switch
        {
            "binary" => Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(),
            "utf-16" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Valid)).ToArray(),
            "deep" => Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)),
            "nul" => new byte[1024],
            _ => Encoding.UTF8.GetBytes("This is not JSON.\n"),
        };
        File.WriteAllBytes(AssetsPath, bytes);

        var problem = Assert.Throws<InvalidDataException>(() => AssetsFile.Read(AssetsPath));

        Assert.Contains("not valid JSON at line", problem.Message);
        Assert.True((int)problem.Data[AssetsFile.LineKey]! >= 1);
    }

    [Fact]
    public void EmptyFile_IsAProblem_NotAnEmptyGraph()
    {
        var problem = ReadProblem(string.Empty);

        Assert.Contains("empty", problem.Message);
    }

    [Fact]
    public void FileBeyondTheLimit_IsRefusedWithoutReadingIt()
    {
        using (var stream = File.Create(AssetsPath))
        {
            stream.SetLength(AssetsFile.MaxBytes + 1); // sparse: no disk used, and the zeros are never read
        }

        var problem = Assert.Throws<InvalidDataException>(() => AssetsFile.Read(AssetsPath));

        Assert.Contains("more than the " + AssetsFile.MaxBytes, problem.Message);
    }

    [Fact]
    public void LargeRestore_WithTwentyThousandPackages_IsRead()
    {
        const int Packages = 20_000;
        var json = Mutate(root =>
        {
            var target = root["targets"]!["net8.0"]!.AsObject();
            var libraries = root["libraries"]!.AsObject();
            for (var i = 0; i < Packages; i++)
            {
                var key = "Contoso.Package" + i + "/1.0." + i;
                target[key] = new JsonObject { ["type"] = "package", ["dependencies"] = new JsonObject { ["Contoso.Package" + ((i + 1) % Packages)] = "1.0.0" } };
                libraries[key] = new JsonObject { ["type"] = "package", ["path"] = "contoso.package" + i + "/1.0." + i };
            }
        });

        var graph = Assert.Single(Read(json).Frameworks);

        Assert.Equal(Packages + 3, graph.Nodes.Count());
    }

    [Fact]
    public void MissingFile_IsAProblemNamingIt_NotAFileNotFoundException()
    {
        var problem = Assert.Throws<InvalidDataException>(() => AssetsFile.Read(AssetsPath));

        Assert.Contains("could not be read", problem.Message);
    }

    [Fact]
    public void LockedFile_IsAProblem_NotAnIOException()
    {
        File.WriteAllText(AssetsPath, Valid);
        using var held = new FileStream(AssetsPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var problem = Assert.Throws<InvalidDataException>(() => AssetsFile.Read(AssetsPath));

        Assert.Contains("could not be read", problem.Message);
    }

    [Fact]
    public async Task Fifo_IsAProblem_WithoutWaitingForAWriter()
    {
        if (OperatingSystem.IsWindows())
        {
            // No FIFOs in the Windows file system; the empty-file case covers "reports no length" there.
            Assert.False(File.Exists(AssetsPath));
            return;
        }

        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", AssetsPath) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var read = Task.Run(() => AssetsFile.Read(AssetsPath));
        if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromMinutes(1))) != read)
        {
            await using var writer = new FileStream(AssetsPath, FileMode.Open, FileAccess.Write); // releases the blocked reader
            Assert.Fail("Reading a FIFO as the assets file blocked, waiting for a writer.");
        }

        var problem = await Assert.ThrowsAsync<InvalidDataException>(() => read);
        Assert.Contains("not a regular file", problem.Message);
    }

    private static string Mutate(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(Valid)!;
        change(root);
        return root.ToJsonString();
    }

    private AssetsFile Read(string json)
    {
        File.WriteAllText(AssetsPath, json);
        return AssetsFile.Read(AssetsPath);
    }

    private InvalidDataException ReadProblem(string json)
    {
        File.WriteAllText(AssetsPath, json);
        return Assert.Throws<InvalidDataException>(() => AssetsFile.Read(AssetsPath));
    }
}
