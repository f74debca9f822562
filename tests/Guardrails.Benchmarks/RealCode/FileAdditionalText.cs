using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Benchmarks.RealCode;

/// <summary>An additional file of the project (<c>/additionalfile:</c>), read once.</summary>
internal sealed class FileAdditionalText : AdditionalText
{
    private readonly Lazy<SourceText?> _text;

    public FileAdditionalText(string path)
    {
        Path = path;
        _text = new Lazy<SourceText?>(() => File.Exists(path) ? SourceText.From(File.ReadAllText(path)) : null);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text.Value;
}
