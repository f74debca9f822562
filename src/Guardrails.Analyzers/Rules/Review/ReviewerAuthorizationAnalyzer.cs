using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Guardrails.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// GR3004: a <c>[Reviewed]</c> by someone outside the reviewer groups that review.areas requires for the code it
/// annotates. An area spans namespaces (globs over the declaration's namespace) and paths (globs the policy task
/// matched against the project's files); when several areas span the declaration, the reviewer must be allowed by
/// each of them. Names are compared ignoring case. Reported at the annotation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReviewerAuthorizationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GR3004);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Start);
    }

    private static void Start(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider;
        options.GlobalOptions.TryGetValue(AnalyzerOptionKeys.ReviewAreas, out var areasText);
        var areas = ReviewAreaFormat.ReadAreas(OptionValue.Decode(areasText));
        if (areas.Count == 0 || !SourceMentions.Of(context.Compilation, context.CancellationToken).Reviewed)
        {
            return;
        }

        options.GlobalOptions.TryGetValue(AnalyzerOptionKeys.ReviewReviewers, out var reviewersText);
        var groups = ReviewAreaFormat.ReadReviewers(OptionValue.Decode(reviewersText))
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.Value, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var policy = new AreaPolicy(areas, groups, options);
        context.RegisterSyntaxNodeAction(policy.Analyze, SyntaxKind.Attribute);
    }

    private sealed class AreaPolicy
    {
        private readonly List<ReviewArea> _areas;
        private readonly Dictionary<string, HashSet<string>> _groups;
        private readonly AnalyzerConfigOptionsProvider _options;

        public AreaPolicy(List<ReviewArea> areas, Dictionary<string, HashSet<string>> groups, AnalyzerConfigOptionsProvider options)
        {
            _areas = areas;
            _groups = groups;
            _options = options;
        }

        public void Analyze(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (!ReviewFingerprint.IsAnnotationName(attribute)
                || attribute.Parent is not AttributeListSyntax { Parent: { } owner }
                || owner is not (MemberDeclarationSyntax or LocalFunctionStatementSyntax)
                || ReviewAnnotations.Positional(attribute, 0, "reviewer") is not { } reviewerArgument)
            {
                return;
            }

            var type = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type as INamedTypeSymbol;
            if (!ReviewAnnotations.Is(type, ReviewAnnotations.Reviewed))
            {
                return;
            }

            // An empty or non-constant reviewer is GR3006's (or the compiler's) business.
            var reviewer = ReviewAnnotations.StringValue(reviewerArgument, context.SemanticModel, context.CancellationToken, out _)?.Trim();
            var symbol = ReviewAnnotations.DeclaredSymbol(owner, context.SemanticModel, context.CancellationToken);
            if (string.IsNullOrEmpty(reviewer) || symbol is null)
            {
                return;
            }

            var ns = symbol as INamespaceSymbol ?? symbol.ContainingNamespace;
            var nsName = ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
            var fileAreas = FileAreas(attribute.SyntaxTree);
            var unmet = _areas
                .Where(a => fileAreas.Contains(a.Index) || a.Namespaces.Any(g => NamespaceGlob.Covers(g, nsName)))
                .Where(a => !a.Requires.Any(g => _groups.TryGetValue(g, out var members) && members.Contains(reviewer!)))
                .ToList();
            if (unmet.Count == 0)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.GR3004, attribute.GetLocation(), reviewer, SymbolNames.Display(symbol), Requirement(unmet)));
        }

        private HashSet<int> FileAreas(SyntaxTree tree)
        {
            var indexes = new HashSet<int>();
            if (_options.GetOptions(tree).TryGetValue(AnalyzerOptionKeys.ReviewAreaFile, out var value) && value is not null)
            {
                foreach (var item in value.Split(AnalyzerOptionKeys.ListSeparator))
                {
                    if (int.TryParse(item.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                    {
                        indexes.Add(index);
                    }
                }
            }

            return indexes;
        }

        /// <summary>"review.areas[0] requires a reviewer from 'payments' (carol)" for each area the reviewer does not satisfy.</summary>
        private string Requirement(List<ReviewArea> unmet)
        {
            var text = new StringBuilder();
            foreach (var area in unmet)
            {
                text.Append(text.Length == 0 ? string.Empty : "; ")
                    .Append("review.areas[").Append(area.Index.ToString(CultureInfo.InvariantCulture)).Append("] requires a reviewer from ");
                if (area.Requires.Count == 0)
                {
                    text.Append("no group (it names none, so nobody can approve it)");
                    continue;
                }

                text.Append(string.Join(" or ", area.Requires.Select(Describe)));
            }

            return text.ToString();
        }

        private string Describe(string group) =>
            _groups.TryGetValue(group, out var members) && members.Count > 0
                ? "'" + group + "' (" + string.Join(", ", members.OrderBy(m => m, StringComparer.OrdinalIgnoreCase)) + ")"
                : "'" + group + "' (not a group in review.reviewers)";
    }
}
