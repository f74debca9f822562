using System.Collections.Immutable;
using Guardrails.Analyzers.Rules.BannedApis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review
{
    /// <summary>
    /// GR3002: a use of a sensitive API (<see cref="SensitiveApiCatalog"/>, changed by the policy's review.sensitiveApis)
    /// that no <c>[Reviewed]</c> covers. Uses are the operations GR1101 checks (calls, object creation, attributes, member
    /// and method-group references, user-defined operators), matched by the same <see cref="BanIndex"/>; the
    /// <c>unsafe</c> keyword, which no documentation ID names, is found in the syntax.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SensitiveApiAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<SyntaxKind> DeclarationsWithModifiers = ImmutableArray.Create(
            SyntaxKind.ClassDeclaration,
            SyntaxKind.StructDeclaration,
            SyntaxKind.InterfaceDeclaration,
            SyntaxKind.RecordDeclaration,
            SyntaxKind.RecordStructDeclaration,
            SyntaxKind.DelegateDeclaration,
            SyntaxKind.MethodDeclaration,
            SyntaxKind.ConstructorDeclaration,
            SyntaxKind.DestructorDeclaration,
            SyntaxKind.OperatorDeclaration,
            SyntaxKind.ConversionOperatorDeclaration,
            SyntaxKind.PropertyDeclaration,
            SyntaxKind.IndexerDeclaration,
            SyntaxKind.EventDeclaration,
            SyntaxKind.EventFieldDeclaration,
            SyntaxKind.FieldDeclaration,
            SyntaxKind.LocalFunctionStatement);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GR3002);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is analysed on purpose, as for the other review rules; only source-generator output is skipped
            // (see SensitiveApiChecker), because nobody can annotate it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(Start);
        }

        private static void Start(CompilationStartAnalysisContext context)
        {
            var entries = SensitiveApiEntries.Build(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var index = new BanIndex(entries, context.Compilation);
            var unsafeCode = entries.Find(e => !e.IsException && e.CanonicalId == SensitiveApiCatalog.UnsafeCodeId);
            var checker = new SensitiveApiChecker(index, unsafeCode is null ? null : SensitiveApiEntries.CategoryOf(unsafeCode));
            if (index.HasBans)
            {
                context.RegisterOperationAction(checker.AnalyzeUse, BannedApiChecker.UseOperationKinds);
            }

            // Without /unsafe the compiler rejects every unsafe context, so there is nothing to review.
            if (unsafeCode is not null && context.Compilation.Options is CSharpCompilationOptions { AllowUnsafe: true })
            {
                context.RegisterSyntaxNodeAction(checker.AnalyzeUnsafeBlock, SyntaxKind.UnsafeStatement);
                context.RegisterSyntaxNodeAction(checker.AnalyzeUnsafeModifier, DeclarationsWithModifiers);
            }
        }
    }
}
