using System.Text;
using Guardrails.Policy.Tests.Fuzzing;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>
/// Mutated policies never crash the loader: each result is a valid policy, or GR0001/GR0002 problems that each point at a
/// line and column inside the file. Runs twice per CI run, once with a fixed seed and once with a random one
/// (<see cref="PropertyRun"/>), <see cref="CasesPerRun"/> cases each.
/// </summary>
public class PolicyFuzzTests
{
    /// <summary>Cases per seeding; with both seedings, twice this many per CI run.</summary>
    public const int CasesPerRun = 2000;

    private const string FileName = "/repo/guardrails.json";

    /// <summary>A message quotes policy text; a hostile megabyte value must not become a megabyte diagnostic.</summary>
    private const int MaxMessageLength = 2000;

    /// <summary>The valid policy every case mutates.</summary>
    private static readonly string BasePolicy = """
        {
          "$schema": "./schema/guardrails.schema.json",
          // Every section, with globs, version ranges, a regex, symbol IDs, numbers and non-ASCII text to mutate.
          "rules": { "coverage": "error", "GR2004": { "severity": "warning", "locked": true } },
          "packages": {
            "banned": [ { "id": "Newtonsoft.Json", "versions": "< 13.0.1", "reason": "CVE — voir la note sur la sécurité" } ],
            "allowed": [ { "id": "Contoso.*" }, { "id": "Microsoft.Extensions.*", "versions": "[8.0,11.0)" } ],
            "licenses": { "allowed": [ "MIT", "Apache-2.0" ], "unknown": "warning", "ignore": [ "Contoso.*" ] }
          },
          "apis": { "banned": [ "T:System.Console;use ILogger", { "symbol": "N:System.Net", "reason": "no network", "except": [ "T:System.Net.IPAddress" ] } ] },
          "projects": [ { "from": "*.Domain", "mustNotReference": [ "*.Web", "src/Infrastructure/**" ], "reason": "layering" } ],
          "coverage": {
            "line": 80, "branch": 70.5,
            "files": { "src/Payments/**": { "line": 95 } },
            "exclude": [ "**/Migrations/**" ],
            "newCode": { "line": 90, "minLines": 20 },
            "ratchet": { "enabled": true, "tolerance": 0.5 }
          },
          "review": { "slaDays": 5, "reviewers": { "security": [ "alice", "bob" ] }, "areas": [ { "paths": [ "src/Crypto/**" ], "requires": [ "security" ] } ] },
          "tests": { "skipReference": "#[0-9]+", "assertionMethods": [ "Contoso.Testing.Verify.That" ] },
          "baseline": { "file": "guardrails.baseline.json" },
          "profiles": { "ci": { "rules": { "GR4002": "error" } } },
        }
        """;

    private static readonly byte[] BasePolicyBytes = Encoding.UTF8.GetBytes(BasePolicy);

    [Theory]
    [InlineData(Seeding.Fixed)]
    [InlineData(Seeding.Random)]
    public void MutatedPolicies_GiveAPolicyOrLocatedProblems_NeverAnException(Seeding seeding)
    {
        PropertyRun.Check(PolicyMutation.Of(BasePolicyBytes), m => Check(m.Bytes) is null, seeding, CasesPerRun, m => m + " -> " + Check(m.Bytes));
    }

    [Fact]
    public void FixedSeedCases_ReachEveryStage_OfTheLoader()
    {
        // A fuzz that only produced unreadable bytes would never test the validator: the cases must spread over the stages.
        var outcomes = new Dictionary<string, int>();
        PropertyRun.Check(
            PolicyMutation.Of(BasePolicyBytes),
            m =>
            {
                var outcome = Outcome(PolicyLoader.Parse(m.Bytes, FileName, "ci", profileIsExplicit: false));
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                return true;
            },
            Seeding.Fixed,
            CasesPerRun);

        Assert.All(new[] { "not text", "not JSON", "invalid", "valid" }, stage => Assert.True(outcomes.GetValueOrDefault(stage) >= CasesPerRun / 20, stage + ": " + string.Join(", ", outcomes)));
    }

    [Fact]
    public void TheBasePolicy_IsValid()
    {
        var result = PolicyLoader.Parse(BasePolicyBytes, FileName, "ci", false);

        Assert.Empty(result.Problems.Select(p => p.ToString()));
        Assert.Equal(FileName, result.Policy.FilePath);
    }

    [Fact]
    public void EveryHostileValue_InEverySlot_GivesAPolicyOrLocatedProblems()
    {
        // Exhaustive over the hostile values for the slots of each kind: a number, a glob, the regex, a version range, a
        // symbol ID, a licence, a severity and a whole section.
        var spans = JsonSpans.Of(BasePolicyBytes);
        var slots = new[] { "80", "\"Contoso.*\"", "\"#[0-9]+\"", "\"< 13.0.1\"", "\"T:System.Console;use ILogger\"", "\"MIT\"", "\"warning\"", "{ \"GR4002\": \"error\" }" }
            .Select(text => spans.Values.First(r => Encoding.UTF8.GetString(BasePolicyBytes[r]) == text))
            .ToList();
        var failures = new List<string>();
        foreach (var slot in slots)
        {
            foreach (var value in HostileJson.Values)
            {
                var (offset, length) = slot.GetOffsetAndLength(BasePolicyBytes.Length);
                var bytes = BasePolicyBytes.Take(offset).Concat(value).Concat(BasePolicyBytes.Skip(offset + length)).ToArray();
                if (Check(bytes) is { } failure)
                {
                    failures.Add(Encoding.UTF8.GetString(BasePolicyBytes[slot]) + " := " + Shorten(Encoding.UTF8.GetString(value)) + ": " + failure);
                }
            }
        }

        Assert.Empty(failures);
    }

    private static string Outcome(PolicyLoadResult result)
    {
        var first = result.Problems.FirstOrDefault(p => p.RuleId == RuleIds.GR0001)?.Message;
        return first switch
        {
            null => "valid",
            _ when first.Contains("UTF-8", StringComparison.Ordinal) || first.Contains("surrogate", StringComparison.Ordinal) => "not text",
            _ when first.Contains("JSON", StringComparison.Ordinal) || first.Contains("empty", StringComparison.Ordinal) => "not JSON",
            _ => "invalid",
        };
    }

    /// <summary>Null when the loader's answer to <paramref name="bytes"/> is acceptable; else what is wrong with it.</summary>
    private static string? Check(byte[] bytes)
    {
        PolicyLoadResult result;
        try
        {
            result = PolicyLoader.Parse(bytes, FileName, "ci", profileIsExplicit: false);
        }
        catch (Exception ex)
        {
            return "threw " + ex;
        }

        var lines = bytes.Count(b => b == (byte)'\n') + 1;
        foreach (var problem in result.Problems)
        {
            if (problem.RuleId != RuleIds.GR0001 && problem.RuleId != RuleIds.GR0002)
            {
                return "reported " + problem;
            }

            if (problem.Position.Line < 1 || problem.Position.Column < 1 || problem.Position.Line > lines)
            {
                return "located a problem outside the file's " + lines + " lines: " + Shorten(problem.ToString());
            }

            if (string.IsNullOrWhiteSpace(problem.Message) || problem.Message.Length > MaxMessageLength)
            {
                return "reported a problem with a message of " + problem.Message.Length + " characters: " + Shorten(problem.Message);
            }
        }

        var invalid = result.Problems.Any(p => p.RuleId == RuleIds.GR0001);
        if (invalid && !ReferenceEquals(result.Policy, GuardrailsPolicy.Defaults))
        {
            return "applied an invalid policy";
        }

        if (!invalid && result.Policy.FilePath != FileName)
        {
            return "reported no GR0001 but loaded no policy";
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "...";
}
