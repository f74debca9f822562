using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.Solution;

/// <summary>An additional file handed to the analyzers, as the build hands them a generated file from obj/.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
