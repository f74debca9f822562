using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Guardrails.Analyzers.Rules;

/// <summary>
/// How a diagnostic message names a symbol — the one place for it. The text must not depend on the target framework:
/// a multi-targeted project compiles the same line once per framework, and a baseline entry is keyed by the message,
/// so <c>Unsafe.As&lt;LeafBlock&gt;(object)</c> and <c>Unsafe.As&lt;LeafBlock&gt;(object?)</c> would be two findings
/// that each inner build "no longer" has.
/// </summary>
/// <remarks>
/// What the compiler decodes from a reference assembly's attributes differs between frameworks (the same API is built
/// with and without annotations, by newer and older compilers, or comes from a polyfill package), so the name shows
/// only what the runtime signature says: the C# short error-message form (<c>Process.Start(string)</c>) without
/// nullable reference type modifiers (<c>NullableAttribute</c>), <c>params</c> (<c>ParamArrayAttribute</c>),
/// <c>scoped</c> (<c>ScopedRefAttribute</c>), tuple element names (<c>TupleElementNamesAttribute</c>), generic variance;
/// <c>in</c> and <c>ref readonly</c> shown as <c>ref</c> (<c>Unsafe.AsRef&lt;T&gt;(in T)</c> became
/// <c>ref readonly T</c> in .NET 8, <c>Unsafe.AreSame</c>'s <c>ref T</c> too; a method cannot be overloaded on them);
/// <c>IntPtr</c>/<c>UIntPtr</c> always as <c>nint</c>/<c>nuint</c> (.NET 7 and later display them so);
/// <c>dynamic</c> as <c>object</c> (<c>DynamicAttribute</c>). <c>out</c> stays: it never changes between frameworks.
/// A namespace is named in full (<c>System.Reflection.Emit</c>).
/// </remarks>
internal static class SymbolNames
{
    private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.CSharpShortErrorMessageFormat
        .RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)
        .RemoveGenericsOptions(SymbolDisplayGenericsOptions.IncludeVariance);

    /// <summary>The symbol as a message names it: the same text for every target framework.</summary>
    public static string Display(ISymbol symbol)
    {
        if (symbol is INamespaceSymbol)
        {
            return symbol.ToDisplayString();
        }

        var parts = symbol.ToDisplayParts(Format);
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var value = part.ToString();
            if (part.Kind == SymbolDisplayPartKind.Keyword)
            {
                switch (value)
                {
                    case "params":
                    case "scoped":
                        i = SkipSpace(parts, i);
                        continue;
                    case "in":
                        value = "ref";
                        break;
                    case "ref" when IsKeyword(parts, i + 2, "readonly"):
                        i += 2;
                        break;
                    case "dynamic":
                        value = "object";
                        break;
                }
            }
            else if (part.Kind == SymbolDisplayPartKind.FieldName && part.Symbol is IFieldSymbol { ContainingType.IsTupleType: true })
            {
                // "(int a, string b)" is "(int, string)": drop the name and the space before it.
                if (text.Length > 0 && text[text.Length - 1] == ' ')
                {
                    text.Length--;
                }

                continue;
            }
            else if (part.Symbol is ITypeSymbol { SpecialType: SpecialType.System_IntPtr })
            {
                value = "nint";
            }
            else if (part.Symbol is ITypeSymbol { SpecialType: SpecialType.System_UIntPtr })
            {
                value = "nuint";
            }

            text.Append(value);
        }

        return text.ToString();
    }

    private static int SkipSpace(ImmutableArray<SymbolDisplayPart> parts, int index) =>
        index + 1 < parts.Length && parts[index + 1].Kind == SymbolDisplayPartKind.Space ? index + 1 : index;

    private static bool IsKeyword(ImmutableArray<SymbolDisplayPart> parts, int index, string keyword) =>
        index < parts.Length && parts[index].Kind == SymbolDisplayPartKind.Keyword && parts[index].ToString() == keyword;
}
