using System;
using System.Collections.Immutable;
using Guardrails.Symbols;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// One line of a banned-API file: a documentation-comment ID (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>,
/// <c>N:</c>, colon optional), or a wildcard whose last name ends in <c>*</c>, or an exception (<c>!ID</c>).
/// Entries are parsed once per compilation; the symbols they name are resolved only when code touches a matching name.
/// </summary>
internal sealed class BanEntry
{
    private ImmutableArray<ISymbol> _symbols;
    private ImmutableArray<INamedTypeSymbol> _containerTypes;

    private BanEntry(string id, string message, bool isException, DiagnosticSeverity? severity, bool isSilenced, BanEntryOrigin origin)
    {
        Id = id;
        Message = message;
        IsException = isException;
        Severity = severity;
        IsSilenced = isSilenced;
        Origin = origin;
        CanonicalId = id;
        SimpleName = string.Empty;
        ContainerName = string.Empty;
        ContainerPath = string.Empty;
        Segments = Array.Empty<string>();
    }

    /// <summary>The ID as written (without <c>!</c> and severity), e.g. <c>T:System.Console</c> or <c>TSystem.Console</c>.</summary>
    public string Id { get; }

    /// <summary>The text after the first <c>;</c>, trimmed; empty when there is none.</summary>
    public string Message { get; }

    /// <summary>An exception (<c>!ID</c>, or <c>except</c> in the policy): never banned, even inside a banned type or namespace.</summary>
    public bool IsException { get; }

    /// <summary>The entry's own severity (<c>[error] ID</c>); null for the rule's configured severity.</summary>
    public DiagnosticSeverity? Severity { get; private set; }

    /// <summary>Severity <c>none</c>: the entry decides, but nothing is reported.</summary>
    public bool IsSilenced { get; private set; }

    public BanEntryOrigin Origin { get; }

    /// <summary>Why the entry cannot be used (reported as GR1102); null when it parsed.</summary>
    public string? Problem { get; private set; }

    /// <summary>E, F, M, N, P or T.</summary>
    public char Kind { get; private set; }

    /// <summary>The ID with the colon after the prefix: what Roslyn's documentation-ID resolver and duplicate detection use.</summary>
    public string CanonicalId { get; private set; }

    /// <summary>The symbol's simple name (<c>.ctor</c> for <c>#ctor</c>); for a wildcard, the text before the <c>*</c>.</summary>
    public string SimpleName { get; private set; }

    /// <summary>The simple name of the containing type or namespace (empty for the global namespace).</summary>
    public string ContainerName { get; private set; }

    /// <summary>The dotted path of the container as written (arity marks kept), e.g. <c>System.Collections.Generic.List`1</c>.</summary>
    public string ContainerPath { get; private set; }

    /// <summary>The simple names along the path, arity marks removed (<c>System</c>, <c>IO</c>, <c>File</c>).</summary>
    public string[] Segments { get; private set; }

    public bool IsWildcard { get; private set; }

    public bool IsValid => Problem is null;

    /// <summary>
    /// Parses one entry. <paramref name="text"/> is the line without its comment; returns null when there is nothing to
    /// parse (an empty line or an empty ID, which BannedApiAnalyzers ignores too).
    /// </summary>
    public static BanEntry? Parse(string text, BanEntryOrigin origin)
    {
        var semicolon = text.IndexOf(';');
        var idPart = (semicolon < 0 ? text : text.Substring(0, semicolon)).Trim();
        var message = semicolon < 0 ? string.Empty : text.Substring(semicolon + 1).Trim();

        string? problem = null;
        DiagnosticSeverity? severity = null;
        var isSilenced = false;
        if (idPart.StartsWith("[", StringComparison.Ordinal))
        {
            var close = idPart.IndexOf(']');
            var word = close < 0 ? idPart.Substring(1) : idPart.Substring(1, close - 1);
            idPart = close < 0 ? string.Empty : idPart.Substring(close + 1).Trim();
            if (!TryParseSeverity(word, out severity, out isSilenced))
            {
                problem = "has an unknown severity '" + word.Trim() + "': use none, suggestion, warning or error";
            }
        }

        var isException = false;
        if (idPart.StartsWith("!", StringComparison.Ordinal))
        {
            isException = true;
            idPart = idPart.Substring(1).Trim();
        }

        if (idPart.Length == 0)
        {
            return null;
        }

        var entry = new BanEntry(idPart, message, isException, severity, isSilenced, origin);
        entry.Problem = problem ?? entry.ParseId();
        return entry;
    }

    /// <summary>The symbols the ID names in this compilation (resolved once, on first use).</summary>
    public ImmutableArray<ISymbol> Symbols(Compilation compilation)
    {
        if (_symbols.IsDefault)
        {
            ImmutableInterlocked.InterlockedInitialize(ref _symbols, Resolve(CanonicalId, compilation));
        }

        return _symbols;
    }

    /// <summary>For a wildcard: the types its container path names (resolved once, on first use).</summary>
    public ImmutableArray<INamedTypeSymbol> ContainerTypes(Compilation compilation)
    {
        if (_containerTypes.IsDefault)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            if (ContainerPath.Length > 0)
            {
                foreach (var symbol in Resolve("T:" + ContainerPath, compilation))
                {
                    if (symbol is INamedTypeSymbol type)
                    {
                        builder.Add(type);
                    }
                }
            }

            ImmutableInterlocked.InterlockedInitialize(ref _containerTypes, builder.ToImmutable());
        }

        return _containerTypes;
    }

    /// <summary>True when the namespace's full name is exactly <see cref="Segments"/>.</summary>
    public bool NamesNamespace(INamespaceSymbol? ns) => PathEquals(ns, Segments, Segments.Length);

    /// <summary>True when the namespace's full name is the container path (for <c>T:Namespace.*</c> wildcards).</summary>
    public bool NamesContainerNamespace(INamespaceSymbol? ns) => PathEquals(ns, Segments, Segments.Length - 1);

    /// <summary>Calls Roslyn's resolver; an ID it cannot make sense of resolves to nothing rather than failing the analyzer.</summary>
    public static ImmutableArray<ISymbol> Resolve(string id, Compilation compilation)
    {
        try
        {
            return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ImmutableArray<ISymbol>.Empty;
        }
    }

    public override string ToString() => (IsException ? "!" : string.Empty) + CanonicalId;

    private static bool PathEquals(INamespaceSymbol? ns, string[] segments, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (ns is null || ns.IsGlobalNamespace || !string.Equals(ns.Name, segments[i], StringComparison.Ordinal))
            {
                return false;
            }

            ns = ns.ContainingNamespace;
        }

        return ns is null || ns.IsGlobalNamespace;
    }

    /// <summary>This entry with the policy's rule severity when it has no severity of its own (an entry's own wins).</summary>
    public BanEntry WithDefaultSeverity(DiagnosticSeverity? severity, bool silenced)
    {
        if (Severity is not null || IsSilenced)
        {
            return this;
        }

        var copy = (BanEntry)MemberwiseClone();
        copy.Severity = severity;
        copy.IsSilenced = silenced;
        return copy;
    }

    public static bool TryParseSeverityName(string word, out DiagnosticSeverity? severity, out bool isSilenced) =>
        TryParseSeverity(word, out severity, out isSilenced);

    private static bool TryParseSeverity(string word, out DiagnosticSeverity? severity, out bool isSilenced)
    {
        severity = null;
        isSilenced = false;
        switch (word.Trim().ToLowerInvariant())
        {
            case "none":
            case "silent":
                isSilenced = true;
                return true;
            case "suggestion":
            case "info":
                severity = DiagnosticSeverity.Info;
                return true;
            case "warning":
                severity = DiagnosticSeverity.Warning;
                return true;
            case "error":
                severity = DiagnosticSeverity.Error;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Takes the ID's parts from the shared parser (the policy check uses the same); returns the problem, if any.</summary>
    private string? ParseId()
    {
        var syntax = SymbolIdSyntax.Parse(Id, out var problem);
        if (syntax is null)
        {
            return problem;
        }

        Kind = syntax.Kind;
        CanonicalId = syntax.CanonicalId;
        Segments = syntax.Segments;
        IsWildcard = syntax.IsWildcard;
        SimpleName = syntax.SimpleName;
        ContainerName = syntax.ContainerName;
        ContainerPath = syntax.ContainerPath;
        return null;
    }
}
