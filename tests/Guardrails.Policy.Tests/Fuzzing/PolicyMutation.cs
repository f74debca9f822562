using System.Text;
using CsCheck;

namespace Guardrails.Policy.Tests.Fuzzing;

/// <summary>
/// One mutated policy: up to three steps applied to a valid policy, in order — a structural change (a value replaced by a
/// hostile one, wrapped one level too deep, swapped with another; a key renamed), a byte-level change (truncation,
/// deletion, an inserted token, an overwritten byte), and a re-encoding (BOMs, UTF-16/32, Latin-1, invalid UTF-8).
/// </summary>
internal sealed class PolicyMutation
{
    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e309", "-0", "\"GR9999\"", "\"[abc\"", "\"(a+)+$\"", "//", "/*",
        "\"coverage\"", "\"rules\"", "\uFEFF", "\u0000", "\\u12", "99999999999999999999999", "{\"x\":", "\"error\"", "\t\n", "\\ud800",
    };

    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xFE, 0xFE }, new byte[] { 0xEF, 0xBB, 0xBF },
    };

    private readonly string _description;

    private PolicyMutation(byte[] bytes, string description)
    {
        Bytes = bytes;
        _description = description;
    }

    public byte[] Bytes { get; }

    /// <summary>Mutations of <paramref name="policy"/>, a valid policy in UTF-8.</summary>
    public static Gen<PolicyMutation> Of(byte[] policy)
    {
        var spans = JsonSpans.Of(policy);
        var structural = Gen.Select(Gen.Int[0, 5], Gen.Int[0, spans.Values.Count - 1], Gen.Int[0, spans.Values.Count - 1], Gen.Int[0, int.MaxValue]);
        var bytewise = Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, 40], Gen.Int[0, Fragments.Length - 1], Gen.Byte);
        var encoding = Gen.Select(Gen.Int[0, 23], Gen.Int[0, int.MaxValue]);
        return Gen.Select(structural, bytewise, encoding, (s, b, e) => Apply(policy, spans, s, b, e));
    }

    public override string ToString()
    {
        var preview = Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 300));
        return _description + " (" + Bytes.Length + " bytes): " + preview + (Bytes.Length > 300 ? " ..." : string.Empty);
    }

    private static PolicyMutation Apply(
        byte[] policy,
        JsonSpans spans,
        (int Kind, int Slot, int Other, int Pick) s,
        (int Kind, int Position, int Length, int Fragment, byte Value) b,
        (int Kind, int Position) e)
    {
        var steps = new List<string>();
        var bytes = Structural(policy, spans, s, steps);
        bytes = Bytewise(bytes, b, steps);
        bytes = Reencode(bytes, e, steps);
        return new PolicyMutation(bytes, steps.Count == 0 ? "unchanged" : string.Join(", then ", steps));
    }

    private static byte[] Structural(byte[] policy, JsonSpans spans, (int Kind, int Slot, int Other, int Pick) s, List<string> steps)
    {
        var slot = spans.Values[s.Slot];
        switch (s.Kind)
        {
            case 0: // a hostile value in place of a good one
            case 1:
                var value = HostileJson.Values[s.Pick % HostileJson.Values.Length];
                steps.Add("value " + s.Slot + " replaced by hostile value " + (s.Pick % HostileJson.Values.Length));
                return Replace(policy, slot, value);
            case 2: // the value one level too deep, or in the wrong container
                var (before, after) = HostileJson.Wrappers[s.Pick % HostileJson.Wrappers.Length];
                steps.Add("value " + s.Slot + " wrapped in " + before + "..." + after);
                return Replace(policy, slot, Concat(Encoding.UTF8.GetBytes(before), Slice(policy, slot), Encoding.UTF8.GetBytes(after)));
            case 3: // another value (a whole section, a list, a number) where this one belongs
                steps.Add("value " + s.Slot + " replaced by value " + s.Other);
                return Replace(policy, slot, Slice(policy, spans.Values[s.Other]));
            case 4: // a key renamed: unknown, duplicated, differently cased, or from another section
                var name = spans.Names[s.Other % spans.Names.Count];
                var newName = HostileJson.Names[s.Pick % HostileJson.Names.Length];
                steps.Add("key " + (s.Other % spans.Names.Count) + " renamed to " + Shorten(newName));
                return Replace(policy, name, Encoding.UTF8.GetBytes(newName));
            default:
                return policy;
        }
    }

    private static byte[] Bytewise(byte[] bytes, (int Kind, int Position, int Length, int Fragment, byte Value) b, List<string> steps)
    {
        var list = bytes.ToList();
        var position = b.Position % (list.Count + 1);
        switch (b.Kind)
        {
            case 0:
                steps.Add("truncated at " + position);
                return list.Take(position).ToArray();
            case 1:
                steps.Add("bytes " + position + ".." + (position + b.Length) + " deleted");
                list.RemoveRange(position, Math.Min(b.Length, list.Count - position));
                return list.ToArray();
            case 2:
                steps.Add("'" + Fragments[b.Fragment] + "' inserted at " + position);
                list.InsertRange(position, Encoding.UTF8.GetBytes(Fragments[b.Fragment]));
                return list.ToArray();
            case 3:
                if (position < list.Count)
                {
                    steps.Add("byte " + position + " set to " + b.Value);
                    list[position] = b.Value;
                }

                return list.ToArray();
            default:
                return bytes;
        }
    }

    private static byte[] Reencode(byte[] bytes, (int Kind, int Position) e, List<string> steps)
    {
        var text = Encoding.UTF8.GetString(bytes);
        byte[] With(string step, byte[] result)
        {
            steps.Add(step);
            return result;
        }

        return e.Kind switch
        {
            0 => With("UTF-8 with BOM", Concat(new byte[] { 0xEF, 0xBB, 0xBF }, bytes)),
            1 => With("UTF-16 LE with BOM", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(text))),
            2 => With("UTF-16 BE with BOM", Concat(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes(text))),
            3 => With("UTF-16 LE without BOM", Encoding.Unicode.GetBytes(text)),
            4 => With("UTF-32 LE with BOM", Concat(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, new UTF32Encoding(false, false).GetBytes(text))),
            5 => With("Latin-1", Encoding.Latin1.GetBytes(text)),
            6 => With("UTF-16 LE with BOM, odd length", Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(text)).SkipLast(1).ToArray()),
            7 => With("two UTF-8 BOMs", Concat(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, bytes)),
            8 or 9 => InsertInvalidUtf8(bytes, e.Position, steps),
            _ => bytes,
        };
    }

    private static byte[] InsertInvalidUtf8(byte[] bytes, int pick, List<string> steps)
    {
        var sequence = InvalidUtf8[pick % InvalidUtf8.Length];
        var position = pick % (bytes.Length + 1);
        steps.Add("invalid UTF-8 " + Convert.ToHexString(sequence) + " inserted at " + position);
        return Concat(bytes.Take(position).ToArray(), sequence, bytes.Skip(position).ToArray());
    }

    private static byte[] Replace(byte[] bytes, Range range, byte[] replacement)
    {
        var (offset, length) = range.GetOffsetAndLength(bytes.Length);
        return Concat(bytes.Take(offset).ToArray(), replacement, bytes.Skip(offset + length).ToArray());
    }

    private static byte[] Slice(byte[] bytes, Range range) => bytes[range];

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "...";
}
