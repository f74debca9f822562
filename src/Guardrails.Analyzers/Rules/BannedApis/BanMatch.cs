using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>The entry that decides about a symbol, and the symbol it matched (a member, a type or a namespace).</summary>
internal sealed class BanMatch
{
    public BanMatch(BanEntry entry, ISymbol subject)
    {
        Entry = entry;
        Subject = subject;
    }

    public BanEntry Entry { get; }

    /// <summary>What the entry matched: the message names it (the type, not the member, when the whole type is banned).</summary>
    public ISymbol Subject { get; }

    /// <summary>False when the deciding entry is an exception: the symbol is explicitly allowed.</summary>
    public bool IsBan => !Entry.IsException;
}
