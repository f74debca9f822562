using Guardrails.Cli.Adoption;

namespace Guardrails.Cli.Tests.Adoption;

public class LicenseSelectionTests
{
    [Theory]
    [InlineData("MIT", new[] { "MIT" })]
    [InlineData("(MIT OR Apache-2.0) AND BSD-3-Clause", new[] { "MIT", "Apache-2.0", "BSD-3-Clause" })]
    [InlineData("Apache-2.0 WITH LLVM-exception OR mit", new[] { "Apache-2.0", "mit" })]
    [InlineData("GPL-2.0-or-later", new[] { "GPL-2.0-or-later" })]
    public void Identifiers_AreTheLicencesWithoutOperatorsOrExceptions(string expression, string[] expected)
    {
        Assert.Equal(expected, LicenseSelection.Identifiers(expression));
    }

    [Fact]
    public void Choices_AddOnlyWhatIsNeeded_PreferringWhatIsAllowedThenPermissiveLicences()
    {
        using var repo = new TempRepository();
        repo.Project("src/A/A.csproj");
        repo.Restore("src/A/A.csproj",
            ("One", "1.0.0", "Apache-2.0"),
            ("Two", "1.0.0", "GPL-3.0-only OR Apache-2.0"),
            ("Three", "1.0.0", "(LGPL-2.1-only OR BSD-2-Clause) AND Apache-2.0"),
            ("Four", "1.0.0", "MIT AND Zlib"));

        var selection = LicenseSelection.For(RepositoryScanner.Scan(repo.Root));

        Assert.Equal(["Apache-2.0", "BSD-2-Clause", "MIT", "Zlib"], selection.Allowed);
        Assert.Equal(4, selection.PackageCount);
    }
}
