using System;
using System.Collections.Concurrent;
using System.Threading;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>Whether the policy marks a whole file as AI-generated (by path or by header marker); cached per tree.</summary>
internal sealed class FileProvenance
{
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly string? headerMarker;
    private readonly ConcurrentDictionary<SyntaxTree, bool> cache = new ConcurrentDictionary<SyntaxTree, bool>();

    public FileProvenance(AnalyzerConfigOptionsProvider options, string? headerMarker)
    {
        this.options = options;
        this.headerMarker = headerMarker;
    }

    public static FileProvenance From(AnalyzerConfigOptionsProvider options)
    {
        options.GlobalOptions.TryGetValue(AnalyzerOptionKeys.AiGeneratedHeaderMarker, out var marker);
        return new FileProvenance(options, string.IsNullOrWhiteSpace(marker) ? null : OptionValue.Decode(marker!.Trim()));
    }

    /// <summary>
    /// Whether the policy can mark any file of the compilation: a header marker is configured (then any file may carry
    /// it), or some file is matched by the policy's paths. False lets the review rules stop at the compilation's start.
    /// </summary>
    public bool MayMarkAny(Compilation compilation)
    {
        if (headerMarker is not null)
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (ByPath(tree))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsAiGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(tree, out var known))
        {
            return known;
        }

        var result = ByPath(tree) || ByHeader(tree, cancellationToken);
        cache.TryAdd(tree, result);
        return result;
    }

    private bool ByPath(SyntaxTree tree) =>
        options.GetOptions(tree).TryGetValue(AnalyzerOptionKeys.AiGeneratedFile, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private bool ByHeader(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (headerMarker is null)
        {
            return false;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)
                || trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                if (trivia.ToFullString().IndexOf(headerMarker, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
