using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Guardrails.Policy.Schema;

namespace Guardrails.Policy;

/// <summary>Reads, validates and resolves guardrails.json. Never throws for bad input: problems come back as GR0001 / GR0002.</summary>
internal static class PolicyLoader
{
    /// <summary>A policy is a small hand-written file; anything bigger is refused before it is read.</summary>
    public const long MaxPolicyBytes = 4 * 1024 * 1024;

    public const string CiProfile = "ci";

    /// <param name="path">The policy file, or null/empty for none (built-in defaults).</param>
    /// <param name="pathIsExplicit">True when the user named the file ($(GuardrailsPolicyFile)): then a missing file is GR0002.</param>
    /// <param name="profile">The profile to apply, or null.</param>
    /// <param name="profileIsExplicit">True when the user named the profile: then a profile the policy lacks is GR0002.</param>
    public static PolicyLoadResult Load(string? path, bool pathIsExplicit, string? profile, bool profileIsExplicit)
    {
        var problems = new List<PolicyProblem>();
        if (string.IsNullOrWhiteSpace(path))
        {
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, null, problems);
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException || ex is PathTooLongException || ex is System.Security.SecurityException)
        {
            problems.Add(PolicyProblem.Invalid(SourcePosition.None, "The policy path '" + Excerpt.Of(path) + "' is not a usable path (" + ex.Message + "). Fix $(GuardrailsPolicyFile)."));
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, null, problems);
        }

        if (Directory.Exists(fullPath))
        {
            problems.Add(PolicyProblem.Invalid(new SourcePosition(1, 1), "The policy path '" + fullPath + "' is a directory. Point $(GuardrailsPolicyFile) at a guardrails.json file, or rename the directory."));
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, fullPath, problems);
        }

        if (!File.Exists(fullPath))
        {
            if (pathIsExplicit)
            {
                problems.Add(PolicyProblem.Unknown(SourcePosition.None, "The policy file '" + fullPath + "' named by $(GuardrailsPolicyFile) does not exist. Create it or fix the property."));
            }

            return new PolicyLoadResult(GuardrailsPolicy.Defaults, pathIsExplicit ? fullPath : null, problems);
        }

        var content = PolicyFileReader.Read(fullPath, out var problem);
        if (content is null)
        {
            problems.Add(problem!);
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, fullPath, problems);
        }

        return Parse(content, fullPath, profile, profileIsExplicit, problems);
    }

    /// <summary>Parses policy text already in memory (tests, tools).</summary>
    public static PolicyLoadResult Parse(byte[] content, string filePath, string? profile, bool profileIsExplicit) =>
        Parse(content, filePath, profile, profileIsExplicit, new List<PolicyProblem>());

    private static PolicyLoadResult Parse(byte[] content, string filePath, string? profile, bool profileIsExplicit, List<PolicyProblem> problems)
    {
        var root = PolicyJsonReader.Read(content, problems);
        if (root is null)
        {
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, filePath, problems);
        }

        if (root.Kind != PolicyNodeKind.Object)
        {
            problems.Add(PolicyProblem.Invalid(root.Position, "The policy must be a JSON object, like { \"rules\": { \"GR2004\": \"error\" } }."));
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, filePath, problems);
        }

        PolicyValidator.Validate(root, problems);
        if (problems.Any(p => p.RuleId == Rules.RuleIds.GR0001))
        {
            // An invalid policy is not half-applied: the defaults hold and GR0001 fails the build.
            return new PolicyLoadResult(GuardrailsPolicy.Defaults, filePath, problems);
        }

        var profileNode = SelectProfile(root, profile, profileIsExplicit, problems);
        var policy = GuardrailsPolicy.Create(filePath, profileNode is null ? null : profile, root, profileNode);
        ReviewPolicyReferences.Check(policy, problems);
        return new PolicyLoadResult(policy, filePath, problems);
    }

    private static PolicyNode? SelectProfile(PolicyNode root, string? profile, bool profileIsExplicit, List<PolicyProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(profile))
        {
            return null;
        }

        var profiles = root["profiles"];
        var selected = profiles?[profile!];
        if (selected is null && profileIsExplicit)
        {
            var names = profiles?.Properties.Select(p => p.Name).ToList() ?? new List<string>();
            problems.Add(PolicyProblem.Unknown(
                profiles?.Position ?? new SourcePosition(1, 1),
                "The profile '" + profile + "' named by $(GuardrailsProfile) is not in the policy's 'profiles'."
                + (names.Count == 0 ? " The policy has no profiles." : " It has: " + string.Join(", ", names) + ".")));
        }

        return selected;
    }
}

internal sealed class PolicyLoadResult
{
    public PolicyLoadResult(GuardrailsPolicy policy, string? filePath, IReadOnlyList<PolicyProblem> problems)
    {
        Policy = policy;
        FilePath = filePath;
        Problems = problems;
    }

    /// <summary>The policy to enforce: the built-in defaults when there is no file or it is invalid.</summary>
    public GuardrailsPolicy Policy { get; }

    /// <summary>Where the problems point: the policy file, if there is one.</summary>
    public string? FilePath { get; }

    public IReadOnlyList<PolicyProblem> Problems { get; }
}
