using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Guardrails.Analyzers.Rules.Review;

/// <summary>
/// GR3002: a member (method, constructor, property, field, ...; see <see cref="SensitiveApiSite.OwnerOf"/>) that uses
/// sensitive APIs (<see cref="SensitiveApiCatalog"/>, changed by the policy's review.sensitiveApis) where no
/// <c>[Reviewed]</c> covers them, reported once per member at its first such use. Uses are the operations GR1101
/// checks (calls, object creation, attributes, member and method-group references, user-defined operators), matched by
/// the same <see cref="Guardrails.Analyzers.Rules.BannedApis.BanIndex"/>; the <c>unsafe</c> keyword, which no
/// documentation ID names, is found in the syntax. Test projects are left out unless the policy includes them
/// (<see cref="SensitiveApiTestProject"/>).
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
        var globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (!SensitiveApiTestProject.IsChecked(context.Compilation, globalOptions, context.CancellationToken))
        {
            return;
        }

        var entries = SensitiveApiEntries.Build(globalOptions);
        var index = new Guardrails.Analyzers.Rules.BannedApis.BanIndex(entries, context.Compilation);
        var unsafeCode = entries.Find(e => !e.IsException && e.CanonicalId == SensitiveApiCatalog.UnsafeCodeId);

        // Without /unsafe the compiler rejects every unsafe context, so there is nothing to review.
        var unsafeCategory = unsafeCode is not null && context.Compilation.Options is CSharpCompilationOptions { AllowUnsafe: true }
            ? SensitiveApiEntries.CategoryOf(unsafeCode)
            : null;
        if (!index.HasBans && unsafeCategory is null)
        {
            return;
        }

        var checker = new SensitiveApiChecker(index, unsafeCategory, DeclarationsWithModifiers);
        context.RegisterSymbolStartAction(checker.StartType, SymbolKind.NamedType);
    }
}
