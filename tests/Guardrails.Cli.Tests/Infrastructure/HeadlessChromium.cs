using System.Diagnostics;

namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// Takes a screenshot of a page with headless Chromium. A missing browser fails the test (it is never skipped):
/// install it with `apt-get install chromium` (Debian) or set GUARDRAILS_CHROMIUM to its path.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("GUARDRAILS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            Assert.True(File.Exists(configured), "GUARDRAILS_CHROMIUM points at " + configured + ", which does not exist.");
            return configured;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = Candidates.SelectMany(name => path.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        Assert.True(found is not null, "Headless Chromium is needed to check that the HTML report renders, and none was found on PATH ("
            + string.Join(", ", Candidates) + "). Install it: apt-get install -y chromium. Or set GUARDRAILS_CHROMIUM to the browser's path.");
        return found!;
    }

    public static void Screenshot(string page, string png, int width, int height)
    {
        using var profile = new TempDirectory("guardrails-chromium-profile");
        var start = new ProcessStartInfo(Find())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--force-color-profile=srgb", "--no-first-run",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
            "--user-data-dir=" + profile.Path, "--screenshot=" + png, $"--window-size={width},{height}", new Uri(page).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("headless Chromium did not finish within 2 minutes:\n" + error.Result);
        }

        Assert.True(process.ExitCode == 0 && File.Exists(png), $"headless Chromium exited with {process.ExitCode} and wrote no screenshot:\n{output.Result}\n{error.Result}");
    }
}
