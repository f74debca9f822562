using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Guardrails.Analyzers.Rules;

/// <summary>
/// Which attribute names the source of a compilation mentions, so that a rule with nothing to do registers nothing:
/// the review annotations (<c>AiGenerated</c>, <c>Reviewed</c>, <c>ReviewPending</c>, for GR3001/GR3003-GR3007) and
/// <c>SuppressMessage</c> (also in <c>UnconditionalSuppressMessage</c>, for GR4003) and <c>ExcludeFrom</c> (in
/// <c>ExcludeFromCodeCoverage</c> and <c>ExcludeFromCoverage</c>, for GR2004). Found by reading the source text once
/// per syntax tree (so after an edit in the IDE only the edited file is read again) and combined once per compilation.
/// </summary>
/// <remarks>
/// Applying an attribute needs its name in the source: written out (<c>[Reviewed]</c>, <c>[Guardrails.ReviewedAttribute]</c>),
/// in an alias (<c>using R = Guardrails.ReviewedAttribute;</c>, also the global usings the SDK generates, which are source
/// files of the compilation), or in the declaration of a copy of the attribute; the rules match these attributes by
/// name, never through a derived class. Comments and strings count as mentions too: the probe must never miss one, and
/// reading text is cheaper than any syntax walk. An identifier can be spelt with Unicode escapes (<c>[Revi\u0065wed]</c>):
/// a file whose text has <c>\u</c> or <c>\U</c> and not every name is therefore also read token by token.
/// </remarks>
internal sealed class SourceMentions
{
    private const string AiGeneratedName = "AiGenerated";
    private const string ReviewedName = "Reviewed";
    private const string ReviewPendingName = "ReviewPending";
    private const string SuppressMessageName = "SuppressMessage";
    private const string ExcludeFromName = "ExcludeFrom";
    private const int LongestName = 15; // SuppressMessage

    private static readonly ConditionalWeakTable<Compilation, SourceMentions> ByCompilation = new ConditionalWeakTable<Compilation, SourceMentions>();
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<Names>> ByTree = new ConditionalWeakTable<SyntaxTree, StrongBox<Names>>();

    private readonly Names _names;

    private SourceMentions(Names names)
    {
        _names = names;
    }

    [Flags]
    private enum Names
    {
        None = 0,
        AiGenerated = 1,
        Reviewed = 2,
        ReviewPending = 4,
        SuppressMessage = 8,
        ExcludeFrom = 16,
        All = AiGenerated | Reviewed | ReviewPending | SuppressMessage | ExcludeFrom,
    }

    /// <summary>Some source file mentions <c>AiGenerated</c>: an <c>[AiGenerated]</c> can be applied.</summary>
    public bool AiGenerated => (_names & Names.AiGenerated) != 0;

    /// <summary>Some source file mentions <c>Reviewed</c> (also as <c>ReviewedAttribute</c>).</summary>
    public bool Reviewed => (_names & Names.Reviewed) != 0;

    /// <summary>Some source file mentions <c>ReviewPending</c>.</summary>
    public bool ReviewPending => (_names & Names.ReviewPending) != 0;

    /// <summary>Some source file mentions one of the three review annotations.</summary>
    public bool AnyReviewAnnotation => (_names & (Names.AiGenerated | Names.Reviewed | Names.ReviewPending)) != 0;

    /// <summary>Some source file mentions <c>SuppressMessage</c> (also as <c>UnconditionalSuppressMessage</c>).</summary>
    public bool SuppressMessage => (_names & Names.SuppressMessage) != 0;

    /// <summary>Some source file mentions <c>ExcludeFrom</c> (<c>ExcludeFromCodeCoverage</c>, <c>ExcludeFromCoverage</c>).</summary>
    public bool CoverageExclusion => (_names & Names.ExcludeFrom) != 0;

    /// <summary>The compilation's answer, computed by the first analyzer that asks and shared with the others.</summary>
    public static SourceMentions Of(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ByCompilation.TryGetValue(compilation, out var known))
        {
            return known;
        }

        var names = Names.None;
        foreach (var tree in compilation.SyntaxTrees)
        {
            names |= OfTree(tree, cancellationToken);
            if (names == Names.All)
            {
                break;
            }
        }

        // Two analyzers may compute it at the same time: both find the same, and one of them is kept.
        return ByCompilation.GetValue(compilation, _ => new SourceMentions(names));
    }

    private static Names OfTree(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ByTree.TryGetValue(tree, out var known))
        {
            return known.Value;
        }

        var names = Scan(tree.GetText(cancellationToken), out var hasUnicodeEscape);
        if (names != Names.All && hasUnicodeEscape)
        {
            names |= ScanIdentifiers(tree, cancellationToken);
        }

        return ByTree.GetValue(tree, _ => new StrongBox<Names>(names)).Value;
    }

    /// <summary>Reads the text in chunks (never a string of the whole file) for the names and for <c>\u</c>/<c>\U</c>.</summary>
    private static Names Scan(SourceText text, out bool hasUnicodeEscape)
    {
        const int ChunkSize = 8192;
        const int Overlap = LongestName - 1; // a name split between two chunks is whole in the next one
        var buffer = new char[ChunkSize + Overlap];
        var names = Names.None;
        hasUnicodeEscape = false;
        var carried = 0;
        for (var start = 0; start < text.Length; start += ChunkSize)
        {
            var count = Math.Min(ChunkSize, text.Length - start);
            text.CopyTo(start, buffer, carried, count);
            var length = carried + count;
            for (var i = 0; i < length; i++)
            {
                switch (buffer[i])
                {
                    case 'A':
                        if (At(buffer, i, length, AiGeneratedName))
                        {
                            names |= Names.AiGenerated;
                        }

                        break;
                    case 'R':
                        if (At(buffer, i, length, ReviewedName))
                        {
                            names |= Names.Reviewed;
                        }
                        else if (At(buffer, i, length, ReviewPendingName))
                        {
                            names |= Names.ReviewPending;
                        }

                        break;
                    case 'E':
                        if (At(buffer, i, length, ExcludeFromName))
                        {
                            names |= Names.ExcludeFrom;
                        }

                        break;
                    case 'S':
                        if (At(buffer, i, length, SuppressMessageName))
                        {
                            names |= Names.SuppressMessage;
                        }

                        break;
                    case '\\':
                        hasUnicodeEscape |= i + 1 < length && (buffer[i + 1] == 'u' || buffer[i + 1] == 'U');
                        break;
                }
            }

            if (names == Names.All)
            {
                return names;
            }

            // The tail is read again at the start of the next chunk, so that a name across the boundary is whole there.
            carried = Math.Min(Overlap, length);
            Array.Copy(buffer, length - carried, buffer, 0, carried);
        }

        return names;
    }

    private static bool At(char[] buffer, int index, int length, string name)
    {
        if (index + name.Length > length)
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (buffer[index + i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static Names ScanIdentifiers(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var names = Names.None;
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken))
            {
                continue;
            }

            var value = token.ValueText;
            names |= Contains(value, AiGeneratedName, Names.AiGenerated)
                | Contains(value, ReviewedName, Names.Reviewed)
                | Contains(value, ReviewPendingName, Names.ReviewPending)
                | Contains(value, SuppressMessageName, Names.SuppressMessage)
                | Contains(value, ExcludeFromName, Names.ExcludeFrom);
        }

        return names;
    }

    private static Names Contains(string value, string name, Names flag) =>
        value.IndexOf(name, StringComparison.Ordinal) >= 0 ? flag : Names.None;
}
