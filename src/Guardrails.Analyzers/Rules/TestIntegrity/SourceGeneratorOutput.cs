using System;
using System.IO;

namespace Guardrails.Analyzers.Rules.TestIntegrity;

/// <summary>
/// Recognises a tree a source generator added to the compilation. The compiler names such a tree
/// <c>[output folder/]&lt;generator assembly&gt;/&lt;generator type full name&gt;/&lt;hint name&gt;.cs</c>, and the type's
/// full name starts with the assembly's name (System.Text.RegularExpressions.Generator/
/// System.Text.RegularExpressions.Generator.RegexGenerator/RegexGenerator.g.cs). Nobody edits that output by hand,
/// so a bare <c>#pragma warning disable</c> in it (the regex generator writes one) is not a suppression anyone made.
/// </summary>
internal static class SourceGeneratorOutput
{
    public static bool IsMatch(string? path)
    {
        if (string.IsNullOrEmpty(path) || !path!.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var typeDirectory = Path.GetDirectoryName(path);
        var assemblyDirectory = string.IsNullOrEmpty(typeDirectory) ? null : Path.GetDirectoryName(typeDirectory);
        if (string.IsNullOrEmpty(assemblyDirectory))
        {
            return false;
        }

        var typeName = Path.GetFileName(typeDirectory);
        var assemblyName = Path.GetFileName(assemblyDirectory);
        return assemblyName!.Length > 0
            && typeName!.Length > assemblyName.Length + 1
            && typeName.StartsWith(assemblyName + ".", StringComparison.Ordinal);
    }
}
