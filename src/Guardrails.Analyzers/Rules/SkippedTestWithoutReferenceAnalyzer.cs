using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Guardrails.Analyzers.Options;
using Guardrails.Analyzers.Rules.TestIntegrity;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules;

/// <summary>
/// GR4002: a skipped, ignored or explicit-only test must say in its reason where the work to re-enable it is tracked
/// (policy <c>tests.skipReference</c>). xUnit, NUnit and MSTest attributes are matched by symbol.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SkippedTestWithoutReferenceAnalyzer : DiagnosticAnalyzer
{
    private const string DefaultPatternDescription = "an issue number (#123), a tracker key (ABC-123) or a URL";

    private static readonly string TimedOutNote = " (this reason could not be checked: the pattern ran longer than "
        + PolicyRegex.Timeout.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " ms on it, so simplify tests.skipReference)";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GR4002);

    public override void Initialize(AnalysisContext context)
    {
        // A skip in a generated-looking file takes the test out of the run all the same.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var attributes = SkipAttributes.Create(context.Compilation);
        if (attributes is null)
        {
            // No test framework referenced: nothing can be skipped.
            return;
        }

        var analysis = new Analysis(attributes, TestIntegrityOptions.From(context.Options));
        context.RegisterSymbolAction(analysis.AnalyzeSymbol, SymbolKind.NamedType, SymbolKind.Method);

        // NUnit's [assembly: Ignore] and [assembly: Explicit]: symbol actions never see the assembly.
        context.RegisterSyntaxNodeAction(analysis.AnalyzeAttributeList, SyntaxKind.AttributeList);
    }

    private sealed class Analysis
    {
        private readonly SkipAttributes _attributes;
        private readonly TestIntegrityOptions _options;
        private readonly string _requirement;
        private readonly Func<AttributeData, bool> _isSkipAttribute;

        public Analysis(SkipAttributes attributes, TestIntegrityOptions options)
        {
            _attributes = attributes;
            _options = options;
            _isSkipAttribute = attributes.IsSkipAttributeType;
            var pattern = options.SkipReference.ToString();
            _requirement = pattern == PolicyOptions.DefaultSkipReference
                ? DefaultPatternDescription
                : "a match for the tests.skipReference pattern '" + pattern + "'";
        }

        public void AnalyzeSymbol(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            if (symbol.IsImplicitlyDeclared)
            {
                return;
            }

            var sites = AttributeSites.DeclaredOn(symbol, _isSkipAttribute, context.CancellationToken);
            if (sites is not null)
            {
                Report(sites, symbol, symbol, context.ReportDiagnostic);
            }
        }

        public void AnalyzeAttributeList(SyntaxNodeAnalysisContext context)
        {
            var list = (AttributeListSyntax)context.Node;
            if (list.Target is null
                || !AttributeSites.TryGetListOwner(list, context.SemanticModel, includeFunctions: false, context.CancellationToken, out _, out var owner, out var sites)
                || owner is null)
            {
                return;
            }

            Report(sites, context.Compilation.Assembly, owner, context.ReportDiagnostic);
        }

        private void Report(List<AttributeSite> sites, ISymbol subject, ISymbol fallbackLocation, Action<Diagnostic> report)
        {
            foreach (var site in sites)
            {
                if (!_attributes.TryGetSkip(site.Attribute, out var skip))
                {
                    continue;
                }

                var match = _options.MatchSkipReference(skip.Reason);
                if (match == SkipReferenceMatch.Found)
                {
                    continue;
                }

                report(Diagnostic.Create(
                    Descriptors.GR4002,
                    site.LocationOf(skip.NamedArgument, fallbackLocation),
                    Subject(subject, skip),
                    string.IsNullOrEmpty(skip.Reason) ? "none" : SymbolDisplay.FormatLiteral(skip.Reason!, quote: true),
                    match == SkipReferenceMatch.TimedOut ? _requirement + TimedOutNote : _requirement));
            }
        }

        private static string Subject(ISymbol symbol, TestSkip skip)
        {
            var name = "'" + SymbolNames.Display(symbol) + "'";
            switch (symbol)
            {
                case IAssemblySymbol assembly:
                    return "Every test in assembly '" + assembly.Name + "'";
                case INamedTypeSymbol:
                    return skip.IsExplicit ? "Every test in explicit fixture " + name : "Every test in " + name;
                default:
                    if (skip.IsDataRow)
                    {
                        return (skip.IsExplicit ? "An explicit data row of test " : "A data row of test ") + name;
                    }

                    return (skip.IsExplicit ? "Explicit test " : "Test ") + name;
            }
        }
    }
}
