using System.Text;
using CsCheck;
using Guardrails.Rules;

namespace Guardrails.Policy.Tests;

/// <summary>Mutated policies never crash the loader: each result is a valid policy or problems with a location.</summary>
public class PolicyFuzzTests
{
    private static readonly string Seed = """
        {
          "$schema": "./schema/guardrails.schema.json",
          "rules": { "coverage": "error", "GR2004": { "severity": "warning", "locked": true } },
          "packages": { "banned": [ { "id": "Newtonsoft.Json", "versions": "< 13.0.1", "reason": "CVE" } ], "licenses": { "allowed": [ "MIT" ] } },
          "apis": { "banned": [ "T:System.Console;use ILogger" ] },
          "projects": [ { "from": "*.Domain", "mustNotReference": [ "*.Web" ] } ],
          "coverage": { "line": 80, "files": { "src/Payments/**": { "line": 95 } }, "newCode": { "line": 90, "minLines": 20 } },
          "review": { "slaDays": 5, "reviewers": { "security": [ "alice" ] } },
          "tests": { "skipReference": "#[0-9]+" },
          "baseline": { "file": "guardrails.baseline.json" },
          "profiles": { "ci": { "rules": { "GR4002": "error" } } },
        }
        """;

    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e309", "-0", "\"GR9999\"", "\"[abc\"", "\"(a+)+$\"", "//", "/*",
        "\"coverage\"", "\"rules\"", "\uFEFF", "\u0000", "\\u12", "99999999999999999999999", "{\"x\":", "\"error\"", "\t\n",
    };

    [Fact]
    public void MutatedPolicies_GiveAPolicyOrLocatedProblems_NeverAnException()
    {
        var seed = Encoding.UTF8.GetBytes(Seed);
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, seed.Length], Gen.Int[0, 40], Gen.Int[0, Fragments.Length - 1], Gen.Byte);

        mutation.Sample(
            m =>
            {
                var (kind, position, length, fragment, value) = m;
                var bytes = Mutate(seed, kind, position, length, fragment, value);
                var result = PolicyLoader.Parse(bytes, "/repo/guardrails.json", "ci", profileIsExplicit: false);
                foreach (var problem in result.Problems)
                {
                    if (problem.RuleId != RuleIds.GR0001 && problem.RuleId != RuleIds.GR0002)
                    {
                        return false;
                    }

                    if (problem.Position.Line < 1 || problem.Position.Column < 1 || string.IsNullOrWhiteSpace(problem.Message))
                    {
                        return false;
                    }
                }

                var invalid = result.Problems.Any(p => p.RuleId == RuleIds.GR0001);
                return !invalid || ReferenceEquals(result.Policy, GuardrailsPolicy.Defaults);
            },
            iter: 2000,
            threads: 1);
    }

    [Fact]
    public void TheSeed_IsValid()
    {
        Assert.Empty(PolicyLoader.Parse(Encoding.UTF8.GetBytes(Seed), "/repo/guardrails.json", "ci", false).Problems);
    }

    private static byte[] Mutate(byte[] seed, int kind, int position, int length, int fragment, byte value)
    {
        var list = seed.ToList();
        position = Math.Min(position, list.Count);
        switch (kind)
        {
            case 0: // truncate
                return list.Take(position).ToArray();
            case 1: // delete a run
                list.RemoveRange(position, Math.Min(length, list.Count - position));
                return list.ToArray();
            case 2: // insert a token
                list.InsertRange(position, Encoding.UTF8.GetBytes(Fragments[fragment]));
                return list.ToArray();
            default: // overwrite a byte
                if (position < list.Count)
                {
                    list[position] = value;
                }

                return list.ToArray();
        }
    }
}
