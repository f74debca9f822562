using System.Text.RegularExpressions;
using Guardrails.Cli.Tests.Infrastructure;

namespace Guardrails.Cli.Tests;

public class HtmlReportTests
{
    [Fact]
    public void Report_IsOneSelfContainedFile_WithoutScriptOrNetwork()
    {
        using var repository = FakeRepository.CreateRealistic();
        var html = ReportRun.Of(repository.Root).Html;

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("src=\"https?:", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Report_HasTheThreeCharts()
    {
        using var repository = FakeRepository.CreateRealistic();
        var html = ReportRun.Of(repository.Root).Html;

        Assert.Contains("<svg class=\"chart\" id=\"chart-violations\"", html);
        Assert.Contains("<svg class=\"chart\" id=\"chart-coverage\"", html);
        Assert.Contains("<svg class=\"chart\" id=\"chart-review-debt\"", html);
        Assert.Contains("<title>GR2001: 1 error</title>", html);
        Assert.Contains("<title>threshold 80%</title>", html);
        Assert.Contains("<title>Contoso.Payments: 1 stale (6 lines)</title>", html);
    }

    [Fact]
    public void Findings_AreListed_WithTextEncoded()
    {
        using var repository = FakeRepository.CreateRealistic();
        var html = ReportRun.Of(repository.Root).Html;

        Assert.Contains("log through ILogger&lt;T&gt;", html);
        Assert.DoesNotContain("ILogger<T>", html);
        Assert.Contains("<span class=\"pill level-error\">error</span>", html);
        Assert.Contains("<span class=\"pill level-suppressed\">suppressed</span>", html);
        Assert.Contains("suppressed (inSource)", html);
        // Paths may break after each "/" and "." (<wbr>), not mid-word.
        Assert.Contains("src/<wbr>Contoso.<wbr>Payments/<wbr>Legacy Fees/<wbr>LegacyFeeTable.<wbr>cs:6", html);
    }
}
