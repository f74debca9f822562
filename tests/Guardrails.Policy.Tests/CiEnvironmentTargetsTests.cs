using System.Text.RegularExpressions;

namespace Guardrails.Policy.Tests;

/// <summary>
/// The targets stamp the raw inputs of the CI-or-local decision so that the decision is taken again only when they
/// change (a no-op build runs no Guardrails task). A variable <see cref="CiEnvironment"/> reads but the stamp leaves out
/// would let a build keep the other kind's profile when only that variable changed.
/// </summary>
public class CiEnvironmentTargetsTests
{
    [Fact]
    public void TheBuildKindStamp_ListsExactlyTheVariablesCiEnvironmentReads()
    {
        var targets = File.ReadAllText(RepoPaths.Combine("build", "Guardrails.Policy.targets"));

        var stamped = Regex.Matches(targets, @"GetEnvironmentVariable\('(?<name>\w+)'\)")
            .Select(m => m.Groups["name"].Value)
            .ToList();

        Assert.Equal(stamped.Count, stamped.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CiEnvironment.Variables.Order(StringComparer.Ordinal), stamped.Order(StringComparer.Ordinal));
    }
}
