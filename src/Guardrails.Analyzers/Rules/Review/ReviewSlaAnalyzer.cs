using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// GR3005: a review that has waited longer than the policy's review.slaDays. It waits since the date of a
/// <c>[ReviewPending(since)]</c> (reported at that annotation), or, for AI-generated code that nothing reviews and that
/// has no pending review, since the <c>Date</c> of the <c>[AiGenerated]</c> on it or on a type around it (reported at the
/// declaration's name, next to GR3001). "Today" is the build's date from the options (<c>guardrails.today</c>), never the
/// clock; without both options, or with either malformed, nothing is checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReviewSlaAnalyzer : DiagnosticAnalyzer
{
    private const string PendingSource = "[ReviewPending]";
    private const string AiGeneratedSource = "[AiGenerated] Date";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GR3005);

    public override void Initialize(AnalysisContext context)
    {
        // Generated code is analysed on purpose, as for the other review rules.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        if (!TryReadSla(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions, out var sla))
        {
            return;
        }

        // Each half has nothing to do unless the source can apply its annotation (see SourceMentions).
        var use = SourceMentions.Of(context.Compilation, context.CancellationToken);
        if (use.ReviewPending)
        {
            context.RegisterSyntaxNodeAction(c => AnalyzePending(c, sla), SyntaxKind.Attribute);
        }

        if (use.AiGenerated)
        {
            context.RegisterSymbolAction(
                c => AnalyzeAiGenerated(c, sla),
                SymbolKind.NamedType,
                SymbolKind.Method,
                SymbolKind.Property,
                SymbolKind.Event,
                SymbolKind.Field);
        }
    }

    /// <summary>Both options present and well-formed: a non-negative whole number of days and a yyyy-MM-dd date.</summary>
    internal static bool TryReadSla(AnalyzerConfigOptions options, out Sla sla)
    {
        sla = default;
        if (!options.TryGetValue(AnalyzerOptionKeys.ReviewSlaDays, out var daysText)
            || !options.TryGetValue(AnalyzerOptionKeys.Today, out var todayText)
            || !int.TryParse(daysText?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            || ReviewAnnotations.ParseIsoDate(todayText?.Trim()) is not { } today)
        {
            return false;
        }

        sla = new Sla(days, today);
        return true;
    }

    // ---- [ReviewPending(since)] ----

    private static void AnalyzePending(SyntaxNodeAnalysisContext context, Sla sla)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (!ReviewFingerprint.IsAnnotationName(attribute)
            || attribute.Parent is not AttributeListSyntax list
            || list.Target is { } target && !target.Identifier.IsKind(SyntaxKind.MethodKeyword) && !target.Identifier.IsKind(SyntaxKind.TypeKeyword)
                && !target.Identifier.IsKind(SyntaxKind.FieldKeyword) && !target.Identifier.IsKind(SyntaxKind.PropertyKeyword)
                && !target.Identifier.IsKind(SyntaxKind.EventKeyword)
            || list.Parent is not MemberDeclarationSyntax owner)
        {
            return;
        }

        var type = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type as INamedTypeSymbol;
        if (!ReviewAnnotations.Is(type, ReviewAnnotations.ReviewPending)
            || ReviewAnnotations.Positional(attribute, 0, "since") is not { } argument
            || ReviewAnnotations.StringValue(argument, context.SemanticModel, context.CancellationToken, out _) is not { } sinceText
            || ReviewAnnotations.ParseIsoDate(sinceText) is not { } since
            || !sla.IsExceededSince(since, out var age))
        {
            return;
        }

        var symbol = ReviewAnnotations.DeclaredSymbol(owner, context.SemanticModel, context.CancellationToken);
        if (symbol is null || !ReviewAnnotations.IsReviewable(symbol)
            || ReviewAnnotations.IsCovered(symbol, owner, ReviewAnnotations.Reviewed, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.GR3005, attribute.GetLocation(), SymbolNames.Display(symbol), sinceText, PendingSource, age, sla.Days));
    }

    // ---- [AiGenerated(Date = ...)] without a review ----

    private static void AnalyzeAiGenerated(SymbolAnalysisContext context, Sla sla)
    {
        var symbol = context.Symbol;
        if (symbol.IsImplicitlyDeclared || !ReviewAnnotations.IsReviewable(symbol))
        {
            return;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var declaration = ReviewAnnotations.DeclarationNode(symbol, reference.GetSyntax(context.CancellationToken));
            if (declaration is null
                || GenerationDate(symbol, declaration, context.CancellationToken) is not { } generated
                || !sla.IsExceededSince(generated.Date, out var age)
                || ReviewAnnotations.IsCovered(symbol, declaration, ReviewAnnotations.Reviewed, context.CancellationToken)
                || ReviewAnnotations.IsCovered(symbol, declaration, ReviewAnnotations.ReviewPending, context.CancellationToken))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GR3005,
                ReviewAnnotations.NameLocation(symbol, declaration),
                SymbolNames.Display(symbol),
                generated.Text,
                AiGeneratedSource,
                age,
                sla.Days));
        }
    }

    /// <summary>
    /// The Date of the innermost [AiGenerated] that has one: on the declaration, else on the nearest type around it (a
    /// field or enum member: only its own, as in GR3001). Among several at that level (parts of a partial type), those on
    /// a part that contains the declaration win, and of those the latest date. A malformed Date there gives null (GR3006).
    /// </summary>
    internal static (DateTime Date, string Text)? GenerationDate(ISymbol symbol, SyntaxNode declaration, System.Threading.CancellationToken cancellationToken)
    {
        var levels = symbol.Kind == SymbolKind.Field ? new[] { symbol } : ReviewAnnotations.SelfAndContainingTypes(symbol);
        foreach (var level in levels)
        {
            var dated = level.GetAttributes()
                .Where(a => ReviewAnnotations.Is(a.AttributeClass, ReviewAnnotations.AiGenerated))
                .Select(a => (Attribute: a, Text: a.NamedArguments.FirstOrDefault(n => n.Key == "Date").Value.Value as string))
                .Where(a => a.Text is not null)
                .ToList();
            if (dated.Count == 0)
            {
                continue;
            }

            var around = dated.Where(a => Contains(a.Attribute, declaration, cancellationToken)).ToList();
            var chosen = around.Count > 0 ? around : dated;
            (DateTime Date, string Text)? latest = null;
            foreach (var (_, text) in chosen)
            {
                if (ReviewAnnotations.ParseIsoDate(text) is not { } date)
                {
                    return null;
                }

                if (latest is null || date > latest.Value.Date)
                {
                    latest = (date, text!);
                }
            }

            return latest;
        }

        return null;
    }

    private static bool Contains(AttributeData attribute, SyntaxNode declaration, System.Threading.CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference is { } application
        && application.SyntaxTree == declaration.SyntaxTree
        && application.GetSyntax(cancellationToken).Parent?.Parent is { } owner
        && owner.Span.Contains(declaration.Span);

    internal readonly struct Sla
    {
        public Sla(int days, DateTime today)
        {
            Days = days;
            Today = today;
        }

        public int Days { get; }

        public DateTime Today { get; }

        /// <summary>More than <see cref="Days"/> whole days from <paramref name="since"/> to today: on the last day of the SLA it is not yet late.</summary>
        public bool IsExceededSince(DateTime since, out int age)
        {
            age = (int)(Today - since).TotalDays;
            return age > Days;
        }
    }
}
