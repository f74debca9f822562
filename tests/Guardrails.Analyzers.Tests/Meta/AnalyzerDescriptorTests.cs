using System.Collections.Immutable;
using System.Reflection;
using Guardrails.Analyzers.Rules;
using Guardrails.CodeFixes;
using Guardrails.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Tests.Meta;

/// <summary>Every analyzer and code fix in the package agrees with the rule catalogue, the release files and the docs.</summary>
public class AnalyzerDescriptorTests
{
    private static readonly Assembly AnalyzerAssembly = typeof(ExcludeFromCodeCoverageJustificationAnalyzer).Assembly;
    private static readonly Assembly CodeFixAssembly = typeof(AddCoverageJustificationCodeFix).Assembly;

    public static TheoryData<string> AnalyzerTypeNames() => new(AnalyzerTypes().Select(t => t.FullName!));

    public static TheoryData<string> DescriptorIds() => new(Descriptors().Select(d => d.Id).Distinct());

    public static TheoryData<string> CodeFixTypeNames() => new(CodeFixTypes().Select(t => t.FullName!));

    [Fact]
    public void AnalyzerAssembly_HasAnalyzersAndDescriptors()
    {
        Assert.NotEmpty(AnalyzerTypes());
        Assert.NotEmpty(Descriptors());
    }

    [Theory]
    [MemberData(nameof(AnalyzerTypeNames))]
    public void Analyzer_IsDeclaredForCSharpOnly(string typeName)
    {
        var type = AnalyzerAssembly.GetType(typeName, throwOnError: true)!;
        var attribute = type.GetCustomAttribute<DiagnosticAnalyzerAttribute>();

        Assert.NotNull(attribute);
        Assert.Equal(new[] { LanguageNames.CSharp }, attribute.Languages);
        Assert.True(type.IsSealed, typeName + " should be sealed.");
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_MatchesItsCatalogueEntry(string id)
    {
        Assert.True(RuleCatalog.TryGet(id, out var rule), id + " is not in RuleCatalog.");

        foreach (var descriptor in Descriptors().Where(d => d.Id == id))
        {
            Assert.Equal(rule.Id, descriptor.Id);
            Assert.Equal(rule.Title, descriptor.Title.ToString());
            Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(rule.Category.DiagnosticCategory, descriptor.Category);
            Assert.Equal(ToDiagnosticSeverity(rule.DefaultSeverity), descriptor.DefaultSeverity);
            Assert.Equal(rule.DefaultSeverity != RuleSeverity.None, descriptor.IsEnabledByDefault);
            Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
            Assert.Equal(RuleKind.Analyzer, rule.Kind);
            Assert.True(rule.Implemented, id + " has an analyzer, so the catalogue must mark it implemented.");
        }
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_IsTrackedInAnalyzerReleases(string id)
    {
        var released = AnalyzerReleaseFile.ReadLatest(RepositoryFiles.AnalyzerReleases("Shipped"), RepositoryFiles.AnalyzerReleases("Unshipped"));
        var descriptor = Descriptors().First(d => d.Id == id);

        Assert.True(released.TryGetValue(id, out var entry), id + " is in neither AnalyzerReleases.Shipped.md nor AnalyzerReleases.Unshipped.md.");
        Assert.Equal(descriptor.Category, entry.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), entry.Severity);
    }

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Descriptor_HelpLinkPointsAtAnExistingDocsPage(string id)
    {
        var descriptor = Descriptors().First(d => d.Id == id);

        Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryFiles.RulePage(id)), "Missing " + RepositoryFiles.RulePage(id));
    }

    [Fact]
    public void AnalyzerReleases_ListOnlyRulesThatAnAnalyzerReports()
    {
        var released = AnalyzerReleaseFile.ReadLatest(RepositoryFiles.AnalyzerReleases("Shipped"), RepositoryFiles.AnalyzerReleases("Unshipped"));
        var reported = Descriptors().Select(d => d.Id).ToHashSet();

        Assert.NotEmpty(released);
        Assert.All(released.Keys, id => Assert.Contains(id, reported));
    }

    [Fact]
    public void ImplementedAnalyzerRules_AreEachReportedByAnAnalyzer()
    {
        var reported = Descriptors().Select(d => d.Id).ToHashSet();
        var implemented = RuleCatalog.All.Where(r => r.Kind == RuleKind.Analyzer && r.Implemented).Select(r => r.Id).ToList();

        Assert.NotEmpty(implemented);
        Assert.All(implemented, id => Assert.Contains(id, reported));
    }

    [Fact]
    public void EachRuleId_HasOneDescriptorInstance()
    {
        // Two analyzers reporting one ID must share its descriptor, or their titles and links can drift apart.
        var byId = Descriptors().GroupBy(d => d.Id);

        Assert.All(byId, group => Assert.Single(group.Distinct()));
    }

    [Theory]
    [MemberData(nameof(CodeFixTypeNames))]
    public void CodeFix_IsExportedForCSharpAndFixesAReportedRule(string typeName)
    {
        var type = CodeFixAssembly.GetType(typeName, throwOnError: true)!;
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
        var fix = (CodeFixProvider)Activator.CreateInstance(type)!;
        var reported = Descriptors().Select(d => d.Id).ToHashSet();

        Assert.NotNull(export);
        Assert.Equal(new[] { LanguageNames.CSharp }, export.Languages);
        Assert.NotEmpty(fix.FixableDiagnosticIds);
        Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, reported));
    }

    private static DiagnosticSeverity ToDiagnosticSeverity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.None => DiagnosticSeverity.Hidden,
        RuleSeverity.Suggestion => DiagnosticSeverity.Info,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        RuleSeverity.Error => DiagnosticSeverity.Error,
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "A RuleSeverity without a Roslyn equivalent."),
    };

    private static IEnumerable<Type> AnalyzerTypes() =>
        AnalyzerAssembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t));

    private static IEnumerable<Type> CodeFixTypes() =>
        CodeFixAssembly.GetTypes().Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t));

    private static ImmutableArray<DiagnosticDescriptor> Descriptors() =>
        AnalyzerTypes()
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .ToImmutableArray();
}
