using System.Runtime.CompilerServices;
using CsCheck;

namespace Guardrails.Tests.Shared;

/// <summary>
/// Runs a CsCheck property with a fixed seed or a random one. CsCheck's own <c>seed</c> argument only fixes the first
/// case of a run (it exists to replay one failure), so the fixed-seed run draws its cases itself from one PCG stream;
/// the random run is CsCheck's <c>Sample</c>, which shrinks a failure and names its seed. Either way the failure message
/// says how to replay the failing case: <c>CsCheck_Seed=&lt;seed&gt; dotnet test --filter ...</c> makes the random run
/// start with exactly that case.
/// </summary>
internal static class PropertyRun
{
    /// <summary>The seed of every fixed-seed run. Change it only on purpose: it defines which cases CI checks every time.</summary>
    public const ulong FixedSeed = 0x4755_4152_4452_4149; // "GUARDRAI"

    private const uint FixedStream = 1;

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> inputs; an exception counts as a failure.</summary>
    public static void Check<T>(
        Gen<T> gen,
        Func<T, bool> property,
        Seeding seeding,
        int cases,
        Func<T, string>? print = null,
        [CallerMemberName] string test = "")
    {
        if (seeding == Seeding.Random)
        {
            CheckRandom(gen, property, cases, print, test);
            return;
        }

        var pcg = new PCG(FixedStream, FixedSeed);
        for (var i = 0; i < cases; i++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            Exception? error = null;
            bool holds;
            try
            {
                holds = property(value);
            }
            catch (Exception ex)
            {
                (holds, error) = (false, ex);
            }

            if (!holds)
            {
                var seed = pcg.ToString(state);
                throw new PropertyFailedException(
                    "Case " + (i + 1) + " of " + cases + " of the fixed-seed run (seed " + FixedSeed + ") failed"
                    + (error is null ? "." : " with " + error.GetType().Name + ": " + error.Message)
                    + "\nReplay just this case: " + ReplayCommand(seed, test)
                    + "\nInput: " + Shorten(print is null ? CsCheck.Check.Print(value) : print(value)),
                    seed,
                    error);
            }
        }
    }

    /// <summary>
    /// The command that replays the case CsCheck's seed names, as the first case of the random run. This file is compiled
    /// into each test project that uses it, so its assembly names the project.
    /// </summary>
    public static string ReplayCommand(string seed, string test) =>
        "CsCheck_Seed=" + seed + " dotnet test tests/" + typeof(PropertyRun).Assembly.GetName().Name + " --filter \"FullyQualifiedName~" + test + "\"";

    private static void CheckRandom<T>(Gen<T> gen, Func<T, bool> property, int cases, Func<T, string>? print, string test)
    {
        try
        {
            gen.Sample(property, iter: cases, threads: 1, print: print);
        }
        catch (CsCheckException ex)
        {
            // CsCheck's message starts: Set seed: "<seed>" or -e CsCheck_Seed=<seed> to reproduce.
            var seed = SeedIn(ex.Message);
            throw new PropertyFailedException(
                "The random-seed run failed. Replay the (shrunk) failing case: " + ReplayCommand(seed ?? "<seed below>", test) + "\n" + ex.Message,
                seed,
                ex);
        }
    }

    private static string? SeedIn(string message)
    {
        const string Marker = "Set seed: \"";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += Marker.Length;
        var end = message.IndexOf('"', start);
        return end < 0 ? null : message.Substring(start, end - start);
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text.Substring(0, 2000) + " ...";
}
