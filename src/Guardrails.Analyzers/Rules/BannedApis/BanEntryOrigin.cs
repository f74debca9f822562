using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>Where an entry was written: a line of a banned-symbols file, or a position in guardrails.json.</summary>
internal sealed class BanEntryOrigin
{
    public BanEntryOrigin(string path, TextSpan span, LinePositionSpan lineSpan)
    {
        Path = path;
        Span = span;
        LineSpan = lineSpan;
    }

    public string Path { get; }

    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    /// <summary>A location outside the compilation, so GR1102 / GR1103 show at the entry in the error list.</summary>
    public Location ToLocation() => Location.Create(Path, Span, LineSpan);

    /// <summary><c>BannedSymbols.txt(3,1)</c>: how a message names another entry.</summary>
    public string Display() =>
        System.IO.Path.GetFileName(Path) + "(" + (LineSpan.Start.Line + 1) + "," + (LineSpan.Start.Character + 1) + ")";
}
