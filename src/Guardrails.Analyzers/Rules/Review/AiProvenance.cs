using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// Which declarations are AI-generated (GR3001's test, also counted by GR3007): by <c>[AiGenerated]</c> on the
/// declaration, a type around it or the assembly, or for its whole file by the policy's paths or header marker.
/// Fields and enum members are reviewed with their type: only their own <c>[AiGenerated]</c> makes them a case of their own.
/// </summary>
internal sealed class AiProvenance
{
    private readonly bool _assemblyIsAiGenerated;
    private readonly FileProvenance _files;

    private AiProvenance(bool assemblyIsAiGenerated, FileProvenance files)
    {
        _assemblyIsAiGenerated = assemblyIsAiGenerated;
        _files = files;
    }

    /// <summary>Read once per compilation (from a compilation-start action).</summary>
    public static AiProvenance From(Compilation compilation, AnalyzerConfigOptionsProvider options) =>
        new AiProvenance(ReviewAnnotations.Has(compilation.Assembly, ReviewAnnotations.AiGenerated), FileProvenance.From(options));

    /// <summary>
    /// Whether anything in the compilation can be AI-generated: an <c>[AiGenerated]</c> can be applied (its name is in the
    /// source, see <see cref="SourceMentions"/>) or the policy marks files by path or header. False means GR3001,
    /// GR3005's generation dates and GR3007 have nothing to look at.
    /// </summary>
    public static bool IsPossible(Compilation compilation, AnalyzerConfigOptionsProvider options, SourceMentions use) =>
        use.AiGenerated || FileProvenance.From(options).MayMarkAny(compilation);

    /// <summary>The symbol's declarations (one a part) that are AI-generated, with the syntax reference each comes from.</summary>
    public IEnumerable<(SyntaxReference Reference, SyntaxNode Declaration)> Declarations(ISymbol symbol, CancellationToken cancellationToken)
    {
        if (symbol.IsImplicitlyDeclared || !ReviewAnnotations.IsReviewable(symbol))
        {
            yield break;
        }

        var isField = symbol.Kind == SymbolKind.Field;
        var markedInSource = isField
            ? ReviewAnnotations.Has(symbol, ReviewAnnotations.AiGenerated)
            : _assemblyIsAiGenerated || ReviewAnnotations.SelfAndContainingTypes(symbol).Any(s => ReviewAnnotations.Has(s, ReviewAnnotations.AiGenerated));
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = ReviewAnnotations.DeclarationNode(symbol, reference.GetSyntax(cancellationToken));
            if (declaration is not null && (markedInSource || (!isField && _files.IsAiGenerated(declaration.SyntaxTree, cancellationToken))))
            {
                yield return (reference, declaration);
            }
        }
    }
}
