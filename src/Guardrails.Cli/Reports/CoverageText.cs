using System.Globalization;
using Guardrails.Cli.Model;

namespace Guardrails.Cli.Reports;

/// <summary>How a coverage figure reads in the Markdown and HTML reports.</summary>
internal static class CoverageText
{
    /// <summary>"87.8% (36/41)", or "no code" when nothing is coverable.</summary>
    public static string Figure(CoverageFigure? figure) =>
        figure is null ? "–"
        : figure.IsEmpty ? "no code"
        : (figure.Percent ?? figure.Value.ToString("0.##", CultureInfo.InvariantCulture)) + "% (" + figure.Covered + "/" + figure.Total + ")";

    /// <summary>"≥ 80%: met", "< 80%: not met", or empty without a threshold.</summary>
    public static string Threshold(CoverageFigure? figure) =>
        figure?.Threshold is not { } threshold ? string.Empty
        : figure.Met == false ? "below " + Percent(threshold)
        : "meets " + Percent(threshold);

    public static string Percent(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
