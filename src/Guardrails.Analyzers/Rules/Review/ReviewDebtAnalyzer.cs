using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// GR3007: the review debt of a compilation in numbers, once, when it has AI-generated members. The build reads it from
/// the compiler's SARIF log into obj/.../guardrails/review-debt.json. Counted: methods, constructors, operators,
/// properties and events that GR3001 would treat as AI-generated (and fields with their own [AiGenerated]), each
/// declaration once, with its lines. Each is in exactly one of reviewed / stale / pending / unreviewed; overdue
/// (GR3005's test) overlaps pending and unreviewed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReviewDebtAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GR3007);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider;
        if (!AiProvenance.IsPossible(context.Compilation, options, SourceMentions.Of(context.Compilation, context.CancellationToken)))
        {
            // Nothing can be AI-generated, so there is no debt to count (and GR3007 reports only a count above zero).
            return;
        }

        var hasSla = ReviewSlaAnalyzer.TryReadSla(options.GlobalOptions, out var sla);
        var counter = new DebtCounter(AiProvenance.From(context.Compilation, options), hasSla ? sla : (ReviewSlaAnalyzer.Sla?)null);
        context.RegisterSymbolAction(counter.Count, SymbolKind.Method, SymbolKind.Property, SymbolKind.Event, SymbolKind.Field);
        context.RegisterCompilationEndAction(c => counter.Report(c, c.Compilation.AssemblyName ?? "the compilation"));
    }

    private sealed class DebtCounter
    {
        private readonly AiProvenance _provenance;
        private readonly ReviewSlaAnalyzer.Sla? _sla;
        private readonly ConcurrentDictionary<SyntaxNode, bool> _freshReviews = new ConcurrentDictionary<SyntaxNode, bool>();
        private readonly ReviewDebt _debt = new ReviewDebt();

        public DebtCounter(AiProvenance provenance, ReviewSlaAnalyzer.Sla? sla)
        {
            _provenance = provenance;
            _sla = sla;
        }

        public void Count(SymbolAnalysisContext context)
        {
            var symbol = context.Symbol;
            foreach (var (reference, declaration) in _provenance.Declarations(symbol, context.CancellationToken))
            {
                // A field declaration with several variables is one declaration: count it with its first variable.
                if (declaration is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax field
                    && field.Declaration.Variables.Count > 0 && field.Declaration.Variables[0].Span != reference.Span)
                {
                    continue;
                }

                var span = declaration.GetLocation().GetLineSpan();
                var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                _debt.Add(Classify(symbol, declaration, context.CancellationToken, out var overdue), overdue, lines);
            }
        }

        public void Report(CompilationAnalysisContext context, string assemblyName)
        {
            if (_debt.AiGenerated.Members == 0)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GR3007, Location.None, _debt.ToProperties(), assemblyName, _debt.ToString()));
        }

        private ReviewState Classify(ISymbol symbol, SyntaxNode declaration, CancellationToken cancellationToken, out bool overdue)
        {
            overdue = false;
            var reviews = ReviewAnnotations.Covering(symbol, declaration, ReviewAnnotations.Reviewed, cancellationToken).ToList();
            if (reviews.Count > 0)
            {
                return reviews.All(r => IsFresh(r.Attribute, r.Owner)) ? ReviewState.Reviewed : ReviewState.Stale;
            }

            var pending = ReviewAnnotations.Covering(symbol, declaration, ReviewAnnotations.ReviewPending, cancellationToken).FirstOrDefault();
            if (pending.Attribute is not null)
            {
                var since = pending.Attribute.ConstructorArguments.Length > 0 ? pending.Attribute.ConstructorArguments[0].Value as string : null;
                overdue = _sla is { } sla && ReviewAnnotations.ParseIsoDate(since) is { } date && sla.IsExceededSince(date, out _);
                return ReviewState.Pending;
            }

            overdue = _sla is { } limit
                && ReviewSlaAnalyzer.GenerationDate(symbol, declaration, cancellationToken) is { } generated
                && limit.IsExceededSince(generated.Date, out _);
            return ReviewState.Unreviewed;
        }

        /// <summary>A review is fresh when its fingerprint matches the declaration it stands on; one without a well-formed fingerprint is not.</summary>
        private bool IsFresh(AttributeData review, SyntaxNode owner) =>
            _freshReviews.GetOrAdd(owner, o =>
            {
                var recorded = review.NamedArguments.FirstOrDefault(a => a.Key == "Fingerprint").Value.Value as string;
                return ReviewAnnotations.IsFingerprint(recorded) && string.Equals(recorded, ReviewFingerprint.Compute(o), StringComparison.Ordinal);
            });
    }
}
