using Guardrails.Rules;

namespace Guardrails.Cli.Tests.Infrastructure;

/// <summary>
/// A repository after `dotnet build` / `dotnet test` with Guardrails: a library and its tests, each with the outputs
/// the build leaves in obj/. <see cref="CreateRealistic"/> has a bit of everything: GR and other analyzers' results,
/// a suppressed result, task diagnostics with and without a file, the same policy problem in both projects, review
/// debt and coverage.
/// </summary>
internal sealed class FakeRepository : IDisposable
{
    private readonly TempDirectory _temp = new("guardrails-report");

    public string Root => _temp.Path;

    public string PolicyFile => Path.Combine(Root, "guardrails.json");

    public FakeProject Library { get; private set; } = null!;

    public FakeProject Tests { get; private set; } = null!;

    public FakeProject AddProject(string relativeDirectory, string name) => new(Root, relativeDirectory, name);

    public string WriteFile(string relativePath, string content) => _temp.WriteFile(relativePath, content);

    /// <param name="withError">Whether the tests' coverage check failed (GR2001 at error severity).</param>
    public static FakeRepository CreateRealistic(bool withError = true)
    {
        var repository = new FakeRepository();
        repository.WriteFile("guardrails.json", "{ \"rules\": { \"GR2004\": \"warning\" } }\n");
        var library = repository.Library = repository.AddProject("src/Contoso.Payments", "Contoso.Payments");
        var tests = repository.Tests = repository.AddProject("tests/Contoso.Payments.Tests", "Contoso.Payments.Tests");
        var policyProblem = library.Diagnostic(RuleIds.GR0002, RuleSeverity.Warning, "review.reviewers names group 'securty', which review.areas never requires. Did you mean 'security'?", repository.PolicyFile, 12, 5);

        library
            .WithCompilerLog(new CompilerLog()
                .Result("GR1101", "warning", "The symbol 'Console' is banned in this project: log through ILogger<T>", library.Source("AuditTrail.cs"), 16, 9)
                .Result("CA1822", "note", "Member 'Transfer' does not access instance data and can be marked as static", library.Source("TransferService.cs"), 11, 17)
                .Result("GR3003", "warning", "The review of 'FeeCalculator.Flat(decimal)' is stale: the code changed after it was reviewed (fingerprint 28ce9dbd2036, now 3f00d2e6ece9)", library.Source("FeeCalculator.cs"), 14, 6)
                .Result("GR2004", "warning", "'LegacyFeeTable' is excluded from code coverage without a justification; set Justification to say why it needs no tests", library.Source("Legacy Fees/LegacyFeeTable.cs"), 6, 2)
                .ReviewDebtSummary("Contoso.Payments", aiGenerated: 3, reviewed: 2, stale: 1))
            .WithTaskDiagnostics("dependencies", library.Diagnostic(RuleIds.GR1004, RuleSeverity.Warning, "Project 'Contoso.Payments' must not reference 'Contoso.Payments.Infrastructure': the domain stays pure.", library.ProjectFile, 7, 5))
            .WithTaskDiagnostics("policy", policyProblem)
            .WithReviewDebt(aiGenerated: 3, reviewed: 2, stale: 1);

        tests
            .WithCompilerLog(new CompilerLog()
                .Result("GR4001", "warning", "Test 'AuditTrailTests.Record_DoesNotThrow' asserts nothing", tests.Source("AuditTrailTests.cs"), 17, 17)
                .Result("GR1101", "warning", "The symbol 'Console' is banned in this project: log through ILogger<T>", tests.Source("AuditTrailTests.cs"), 39, 9, CompilerLog.PragmaSuppression())
                .Result("CS0168", "warning", "The variable 'e' is declared but never used", tests.Source("AuditTrailTests.cs"), 44, 30))
            .WithTaskDiagnostics("dependencies", tests.Diagnostic(RuleIds.GR1002, RuleSeverity.Warning, "Package 'coverlet.collector' 6.0.4 is not on the policy's allow-list. It is a direct reference.", tests.ProjectFile, 9, 6))
            .WithTaskDiagnostics("policy", policyProblem)
            .WithTaskDiagnostics("coverage", withError
                ? [
                    tests.Diagnostic(RuleIds.GR2001, RuleSeverity.Error, "Line coverage of file src/Contoso.Payments/FeeCalculator.cs is 0% (0 of 2 lines), below the threshold of 50%", library.Source("FeeCalculator.cs"), 10, 1),
                    tests.Diagnostic(RuleIds.GR0002, RuleSeverity.Warning, "coverage.newCode needs a git base: 'origin/main' is not known here", null),
                ]
                : [])
            .WithReviewDebt(aiGenerated: 0, reviewed: 0, stale: 0)
            .WithCoverageSummary(line: (36, 41), branch: (5, 10), lineThreshold: 80, branchThreshold: 60, ("Contoso.Payments", 36, 41), ("Contoso.Payments.Infrastructure", 0, 0));
        return repository;
    }

    public void Dispose() => _temp.Dispose();
}
