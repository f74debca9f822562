using System.Collections.Generic;

namespace Guardrails.Symbols;

/// <summary>
/// A documentation-comment ID as Guardrails' entries write it (<c>T:System.Console</c>, the colon optional, a <c>*</c> at
/// the end of the last name for a wildcard), split into its parts without Roslyn. The policy check (GR0001) and the
/// analyzers (GR1102, GR3002) both parse with it, so the policy rejects exactly the IDs the analyzers cannot use.
/// The input is the ID alone: no <c>;message</c>, no <c>[severity]</c> or <c>!</c> prefix.
/// </summary>
internal sealed class SymbolIdSyntax
{
    private static readonly char[] PathEnd = { '(', '~' };
    private static readonly char[] Blanks = { ' ', '\t' };

    private SymbolIdSyntax(char kind, string canonicalId, string[] segments, IReadOnlyList<string> rawSegments, bool isWildcard, string containerPath)
    {
        Kind = kind;
        CanonicalId = canonicalId;
        Segments = segments;
        RawSegments = rawSegments;
        IsWildcard = isWildcard;
        ContainerPath = containerPath;
        SimpleName = segments[segments.Length - 1];
        ContainerName = segments.Length > 1 ? segments[segments.Length - 2] : string.Empty;
    }

    /// <summary>E, F, M, N, P or T.</summary>
    public char Kind { get; }

    /// <summary>The ID with the colon after the prefix: what Roslyn's documentation-ID resolver and duplicate detection use.</summary>
    public string CanonicalId { get; }

    /// <summary>The simple names along the path, arity marks removed (<c>System</c>, <c>IO</c>, <c>File</c>); a wildcard's last name without its <c>*</c>.</summary>
    public string[] Segments { get; }

    /// <summary>The names along the path as written (<c>List`1</c>, <c>Delete*</c>).</summary>
    public IReadOnlyList<string> RawSegments { get; }

    public bool IsWildcard { get; }

    /// <summary>The dotted path of the container as written (arity marks kept), e.g. <c>System.Collections.Generic.List`1</c>.</summary>
    public string ContainerPath { get; }

    /// <summary>The symbol's simple name (<c>.ctor</c> for <c>#ctor</c>); for a wildcard, the text before the <c>*</c>.</summary>
    public string SimpleName { get; }

    /// <summary>The simple name of the containing type or namespace (empty for the global namespace).</summary>
    public string ContainerName { get; }

    /// <summary>
    /// Splits <paramref name="id"/> into its kind, its path of names and the part after the names. Returns null when it is
    /// not a usable ID, with <paramref name="problem"/> saying why and what to write (it reads after the ID:
    /// "'M:A.*.B' has a '*' that ..."); otherwise <paramref name="problem"/> is empty.
    /// </summary>
    public static SymbolIdSyntax? Parse(string id, out string problem)
    {
        problem = string.Empty;
        var kind = id.Length > 0 ? id[0] : '\0';
        if (kind != 'E' && kind != 'F' && kind != 'M' && kind != 'N' && kind != 'P' && kind != 'T')
        {
            problem = "is not a documentation-comment ID: it must start with T:, M:, P:, F:, E: or N: (for example T:System.Console)";
            return null;
        }

        var rest = id.Substring(id.Length > 1 && id[1] == ':' ? 2 : 1);

        // The names end where the parameter list or a conversion's return type starts.
        var pathEnd = rest.IndexOfAny(PathEnd);
        var path = pathEnd < 0 ? rest : rest.Substring(0, pathEnd);
        var rawSegments = SplitPath(path);
        if (rawSegments.Count == 0 || rawSegments.Exists(s => s.Length == 0) || path.IndexOfAny(Blanks) >= 0)
        {
            problem = "is not a valid documentation-comment ID: write the full name, for example " + kind + ":System.IO.File";
            return null;
        }

        var segments = new string[rawSegments.Count];
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = SimpleNameOf(rawSegments[i]);
        }

        var last = rawSegments[rawSegments.Count - 1];
        var star = rest.IndexOf('*');
        if (star >= 0)
        {
            if (star != path.Length - 1 || pathEnd >= 0 || last.IndexOf('`') >= 0)
            {
                problem = "has a '*' that is not at the end of the last name: write e.g. M:System.IO.File.* or M:System.IO.File.Delete*";
                return null;
            }

            if (kind == 'N')
            {
                problem = "is a namespace wildcard: N: entries already cover child namespaces, drop the '*'";
                return null;
            }

            if (rawSegments.Count < 2)
            {
                problem = "is a wildcard without a containing type or namespace: write e.g. M:System.IO.File.*";
                return null;
            }

            segments[segments.Length - 1] = SimpleNameOf(last.Substring(0, last.Length - 1));
        }

        var containerPath = rawSegments.Count > 1 ? path.Substring(0, path.Length - last.Length - 1) : string.Empty;
        return new SymbolIdSyntax(kind, kind + ":" + rest, segments, rawSegments, star >= 0, containerPath);
    }

    /// <summary>Splits at the dots outside <c>{...}</c> (generic arguments in explicit interface implementation names).</summary>
    private static List<string> SplitPath(string path)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            switch (path[i])
            {
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case '.' when depth == 0:
                    segments.Add(path.Substring(start, i - start));
                    start = i + 1;
                    break;
            }
        }

        if (path.Length > 0)
        {
            segments.Add(path.Substring(start));
        }

        return segments;
    }

    /// <summary><c>List`1</c> → <c>List</c>, <c>Select``2</c> → <c>Select</c>, <c>#ctor</c> → <c>.ctor</c>.</summary>
    private static string SimpleNameOf(string segment)
    {
        var tick = segment.IndexOf('`');
        var name = tick < 0 ? segment : segment.Substring(0, tick);
        return name.Replace('#', '.');
    }
}
