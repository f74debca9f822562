using Guardrails.Cli.Tests.Infrastructure;
using Guardrails.Cli.Reports;

namespace Guardrails.Cli.Tests;

/// <summary>The HTML report renders in a real browser: headless Chromium takes a screenshot, and its pixels are checked.</summary>
public class HtmlRenderingTests
{
    [Fact]
    public void Report_RendersInHeadlessChromium_WithItsCharts()
    {
        using var repository = FakeRepository.CreateRealistic();
        var report = ReportRun.Of(repository.Root);
        var screenshot = Path.Combine(report.OutputDirectory, "guardrails-report.png");

        HeadlessChromium.Screenshot(report.HtmlPath, screenshot, 1200, 1400);

        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is suspiciously small: " + new FileInfo(screenshot).Length + " bytes");
        var image = PngImage.Read(screenshot);
        Assert.Equal((1200, 1400), (image.Width, image.Height));
        Assert.True(image.Pixels().Distinct().Take(50).Count() == 50, "the screenshot has fewer than 50 colours: the page did not render");
        // Colours only the SVG charts paint in large areas: the error and warning bars, a met threshold, stale reviews.
        foreach (var color in new[] { SvgCharts.ErrorColor, SvgCharts.WarningColor, SvgCharts.MetColor, SvgCharts.StaleColor })
        {
            Assert.True(image.CountNear(color) > 500, "the screenshot has almost no " + color + ": a chart did not render");
        }
    }
}
