using System;

namespace Guardrails.Cli.Reports;

/// <summary>
/// Links from a finding to its line on the code host, when the report runs on GitHub Actions (GITHUB_SERVER_URL,
/// GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_WORKSPACE set). Elsewhere there are no links.
/// </summary>
internal sealed class SourceLinks
{
    private readonly string? _blobBase;
    private readonly string? _workspace;

    private SourceLinks(string? blobBase, string? workspace)
    {
        _blobBase = blobBase;
        _workspace = workspace;
    }

    public static readonly SourceLinks None = new(null, null);

    public static SourceLinks FromEnvironment(CliEnvironment environment)
    {
        var server = environment.Variable("GITHUB_SERVER_URL");
        var repository = environment.Variable("GITHUB_REPOSITORY");
        var sha = environment.Variable("GITHUB_SHA");
        var workspace = environment.Variable("GITHUB_WORKSPACE");
        return server is null || repository is null || sha is null || workspace is null
            ? None
            : new SourceLinks(server.TrimEnd('/') + "/" + repository + "/blob/" + sha + "/", workspace);
    }

    /// <summary>The URL of the file (and line) on the code host, or null.</summary>
    public string? For(string? filePath, int line)
    {
        if (_blobBase is null || _workspace is null || filePath is null || ReportPaths.Relative(_workspace, filePath) is not { } relative)
        {
            return null;
        }

        return _blobBase + string.Join("/", Array.ConvertAll(relative.Split('/'), Uri.EscapeDataString)) + (line > 0 ? "#L" + line : string.Empty);
    }
}
