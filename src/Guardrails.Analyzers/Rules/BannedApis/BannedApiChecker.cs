using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Guardrails.Analyzers.Rules.BannedApis;

/// <summary>
/// The GR1101 callbacks of one compilation. Uses are found through operations (calls, object creation, member
/// references, operators, conversions, <c>typeof</c>, attributes, which the compiler also represents as operations),
/// declarations through symbols, and only base lists, constraints, crefs and usings through syntax.
/// Each callback reports at most one diagnostic per node.
/// </summary>
internal sealed class BannedApiChecker
{
    private readonly BanIndex _index;
    private readonly Lazy<BannedNames> _crefNames;
    private readonly Lazy<HashSet<string>> _aliasNames;

    public BannedApiChecker(BanIndex index, IEnumerable<BanEntry> entries, Compilation compilation)
    {
        _index = index;
        _crefNames = new Lazy<BannedNames>(() => BannedNames.Build(entries, compilation));
        _aliasNames = new Lazy<HashSet<string>>(() => AliasNames(compilation));
    }

    /// <summary>Operations that use a member or an operator; registered whenever something is banned.</summary>
    public static readonly ImmutableArray<OperationKind> UseOperationKinds = ImmutableArray.Create(
        OperationKind.ObjectCreation,
        OperationKind.Invocation,
        OperationKind.EventReference,
        OperationKind.FieldReference,
        OperationKind.MethodReference,
        OperationKind.PropertyReference,
        OperationKind.Conversion,
        OperationKind.UnaryOperator,
        OperationKind.BinaryOperator,
        OperationKind.Increment,
        OperationKind.Decrement,
        OperationKind.CompoundAssignment);

    /// <summary>Operations that can only name a type; registered when a type or namespace is banned.</summary>
    public static readonly ImmutableArray<OperationKind> TypeOperationKinds = ImmutableArray.Create(
        OperationKind.ArrayCreation,
        OperationKind.AddressOf,
        OperationKind.TypeOf,
        OperationKind.SizeOf,
        OperationKind.DefaultValue,
        OperationKind.IsType,
        OperationKind.DeclarationPattern,
        OperationKind.TypePattern,
        OperationKind.RecursivePattern,
        OperationKind.VariableDeclaration,
        OperationKind.DeclarationExpression,
        OperationKind.Loop,
        OperationKind.CatchClause,
        OperationKind.LocalFunction,
        OperationKind.AnonymousFunction);

    public void AnalyzeUse(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        BanMatch? match;
        switch (operation)
        {
            case IObjectCreationOperation creation:
                match = creation.Constructor is { } constructor
                    ? _index.FindBannedMember(constructor, includeMethodTypeArguments: false)
                    : _index.FindBannedType(creation.Type);
                break;
            case IInvocationOperation invocation:
                match = _index.FindBannedMember(invocation.TargetMethod, invocation.TargetMethod.IsGenericMethod && HasExplicitTypeArguments(operation.Syntax));
                break;
            case IMethodReferenceOperation methodReference:
                match = _index.FindBannedMember(methodReference.Method, methodReference.Method.IsGenericMethod && HasExplicitTypeArguments(operation.Syntax));
                break;
            case IMemberReferenceOperation reference:
                match = _index.FindBannedMember(reference.Member, includeMethodTypeArguments: false);
                break;
            case IConversionOperation conversion:
                AnalyzeConversion(context, conversion);
                return;
            default:
                match = OperatorMethod(operation) is { } method ? _index.FindBannedMember(method, includeMethodTypeArguments: false) : null;
                break;
        }

        Report(in context, operation.Syntax, match);
    }

    public void AnalyzeTypeUse(OperationAnalysisContext context)
    {
        var operation = context.Operation;
        switch (operation)
        {
            case IArrayCreationOperation arrayCreation:
                Report(in context, operation.Syntax, _index.FindBannedType(arrayCreation.Type));
                break;
            case IAddressOfOperation addressOf:
                Report(in context, operation.Syntax, _index.FindBannedType(addressOf.Type));
                break;
            case ITypeOfOperation typeOf:
                Report(in context, operation.Syntax, _index.FindBannedType(typeOf.TypeOperand));
                break;
            case ISizeOfOperation sizeOf when operation.Syntax is SizeOfExpressionSyntax syntax:
                Report(in context, syntax.Type, _index.FindBannedType(sizeOf.TypeOperand));
                break;
            case IDefaultValueOperation defaultValue when operation.Syntax is DefaultExpressionSyntax syntax:
                Report(in context, syntax.Type, _index.FindBannedType(defaultValue.Type));
                break;
            case IIsTypeOperation isType when operation.Syntax is BinaryExpressionSyntax syntax:
                Report(in context, syntax.Right, _index.FindBannedType(isType.TypeOperand));
                break;
            case IDeclarationPatternOperation pattern when operation.Syntax is DeclarationPatternSyntax syntax:
                Report(in context, syntax.Type, _index.FindBannedType(pattern.MatchedType));
                break;
            case ITypePatternOperation pattern when operation.Syntax is TypePatternSyntax syntax:
                Report(in context, syntax.Type, _index.FindBannedType(pattern.MatchedType));
                break;
            case IRecursivePatternOperation pattern when operation.Syntax is RecursivePatternSyntax { Type: { } type }:
                Report(in context, type, _index.FindBannedType(pattern.MatchedType));
                break;
            case IVariableDeclarationOperation declaration when operation.Syntax is VariableDeclarationSyntax { Type: { IsVar: false } type }
                    && declaration.Declarators.Length > 0:
                Report(in context, type, _index.FindBannedType(declaration.Declarators[0].Symbol.Type));
                break;
            case IDeclarationExpressionOperation declaration when operation.Syntax is DeclarationExpressionSyntax { Type: { IsVar: false } type }:
                Report(in context, type, _index.FindBannedType(declaration.Type));
                break;
            case IForEachLoopOperation loop when operation.Syntax is ForEachStatementSyntax { Type: { IsVar: false } type }
                    && loop.Locals.Length > 0:
                Report(in context, type, _index.FindBannedType(loop.Locals[0].Type));
                break;
            case ICatchClauseOperation catchClause when operation.Syntax is CatchClauseSyntax { Declaration: { } declaration }:
                Report(in context, declaration.Type, _index.FindBannedType(catchClause.ExceptionType));
                break;
            case ILocalFunctionOperation localFunction:
                if (AnalyzeFunction(localFunction.Symbol, HasAttributeSyntax(operation.Syntax), context.CancellationToken) is { } inLocalFunction)
                {
                    ReportAll(inLocalFunction, context.ReportDiagnostic);
                }

                break;
            case IAnonymousFunctionOperation lambda:
                if (AnalyzeFunction(lambda.Symbol, HasAttributeSyntax(operation.Syntax), context.CancellationToken) is { } inLambda)
                {
                    ReportAll(inLambda, context.ReportDiagnostic);
                }

                break;
        }
    }

    /// <summary>Declarations: field, property, event, return and parameter types, and delegate signatures.</summary>
    public void AnalyzeDeclaration(SymbolAnalysisContext context)
    {
        List<Diagnostic>? found = null;
        var cancellationToken = context.CancellationToken;
        switch (context.Symbol)
        {
            case { IsImplicitlyDeclared: true }:
                return;
            case IFieldSymbol field when field.ContainingType?.TypeKind != TypeKind.Enum:
                ReportOnDeclaration(ref found, field, _index.FindBannedType(field.Type), cancellationToken);
                break;
            case IPropertySymbol property:
                // A record's positional property is declared by the primary constructor's parameter, which is reported.
                ReportOnDeclaration(ref found, property, _index.FindBannedType(property.Type), cancellationToken, skipParameters: true);
                AnalyzeParameters(ref found, property.Parameters, cancellationToken);
                break;
            case IEventSymbol @event:
                ReportOnDeclaration(ref found, @event, _index.FindBannedType(@event.Type), cancellationToken);
                break;
            case IMethodSymbol method:
                AnalyzeMethod(ref found, method, cancellationToken);
                break;
            case INamedTypeSymbol { TypeKind: TypeKind.Delegate, DelegateInvokeMethod: { } invoke } @delegate:
                ReportOnDeclaration(ref found, @delegate, _index.FindBannedType(invoke.ReturnType), cancellationToken);
                AnalyzeParameters(ref found, invoke.Parameters, cancellationToken);
                break;
        }

        if (found is not null)
        {
            ReportAll(found, context.ReportDiagnostic);
        }
    }

    /// <summary>Base types and interfaces: the declared type's bases are checked first, and the base list is bound only when one is banned.</summary>
    public void AnalyzeBaseList(SyntaxNodeAnalysisContext context)
    {
        var list = (BaseListSyntax)context.Node;
        if (list.Parent is not BaseTypeDeclarationSyntax declaration
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not INamedTypeSymbol type
            || !HasBannedBase(type))
        {
            return;
        }

        foreach (var baseType in list.Types)
        {
            var bound = context.SemanticModel.GetTypeInfo(baseType.Type, context.CancellationToken).Type;
            Report(in context, baseType.Type, _index.FindBannedType(bound));
        }
    }

    /// <summary><c>where T : Banned</c>.</summary>
    public void AnalyzeTypeConstraint(SyntaxNodeAnalysisContext context)
    {
        var constraint = (TypeConstraintSyntax)context.Node;
        var bound = context.SemanticModel.GetTypeInfo(constraint.Type, context.CancellationToken).Type;
        Report(in context, constraint.Type, _index.FindBannedType(bound));
    }

    /// <summary>XML documentation <c>cref</c>s, bound as BannedApiAnalyzers binds them.</summary>
    public void AnalyzeCref(SyntaxNodeAnalysisContext context)
    {
        var cref = ((XmlCrefAttributeSyntax)context.Node).Cref;
        if (!MayNameABan(cref))
        {
            return;
        }

        var symbol = context.SemanticModel.GetSymbolInfo(cref, context.CancellationToken).Symbol;
        var match = symbol switch
        {
            null => null,
            ITypeSymbol type => _index.FindBannedType(type),
            INamespaceSymbol ns => _index.NamespaceVerdict(ns),
            _ => _index.FindBannedMember(symbol, includeMethodTypeArguments: false),
        };
        Report(in context, cref, match);
    }

    /// <summary>
    /// Whether binding the cref could find something banned (see <see cref="BannedNames"/>): a type or namespace it names
    /// (a qualifier, a parameter type, a type argument) has the name of something banned or of something a banned symbol
    /// is in, or is an alias; the member it names has the name of a banned member (or, unqualified, of any member of a
    /// banned type: it may be in scope); or it names an operator, a conversion or an indexer, or a predefined type keyword
    /// when a special type can be banned. Most crefs name nothing banned and are never bound.
    /// </summary>
    private bool MayNameABan(CrefSyntax cref)
    {
        var names = _crefNames.Value;
        switch (cref)
        {
            case TypeCrefSyntax type:
                return MayNameABannedType(type.Type, names);
            case QualifiedCrefSyntax qualified:
                return MayNameABannedType(qualified.Container, names) || MayNameABannedMember(qualified.Member, names, isQualified: true);
            case MemberCrefSyntax member:
                return MayNameABannedMember(member, names, isQualified: false);
            default:
                return true;
        }
    }

    private bool MayNameABannedMember(MemberCrefSyntax member, BannedNames names, bool isQualified)
    {
        if (member is not NameMemberCrefSyntax nameMember)
        {
            // An operator, a conversion or an indexer: named without an identifier of its own.
            return true;
        }

        SimpleNameSyntax? name = nameMember.Name switch
        {
            SimpleNameSyntax simple => simple,
            _ => null,
        };
        if (name is null)
        {
            if (MayNameABannedType(nameMember.Name, names))
            {
                return true;
            }
        }
        else
        {
            var text = name.Identifier.ValueText;
            if ((isQualified ? names.MayNameQualifiedMember(text) : names.Contains(text)) || IsAliasOrSpecial(text, names)
                || (name is GenericNameSyntax generic && MayNameABannedType(generic.TypeArgumentList, names)))
            {
                return true;
            }
        }

        return nameMember.Parameters is { } parameters && MayNameABannedType(parameters, names);
    }

    private bool MayNameABannedType(SyntaxNode node, BannedNames names)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                var text = token.ValueText;
                if (names.MayNameType(text) || IsAliasOrSpecial(text, names))
                {
                    return true;
                }
            }
            else if (names.MayNameSpecialType && SyntaxFacts.IsPredefinedType(token.Kind()))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAliasOrSpecial(string identifier, BannedNames names) =>
        _aliasNames.Value.Contains(identifier)
        || (names.MayNameSpecialType && (identifier == "nint" || identifier == "nuint" || identifier == "dynamic"));

    /// <summary>The names of every using alias in the compilation (global, file and namespace level): a cref may use one for a banned type.</summary>
    private static HashSet<string> AliasNames(Compilation compilation)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax root)
            {
                AddAliases(names, root.Usings, root.Members);
            }
        }

        return names;
    }

    private static void AddAliases(HashSet<string> names, SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                names.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                AddAliases(names, ns.Usings, ns.Members);
            }
        }
    }

    /// <summary>
    /// <c>using</c> directives (plain, static, alias, global) of a banned namespace or type. Bound only when a name in
    /// the directive is one a type or namespace entry gives (<see cref="BanIndex.TypeOrNamespaceNames"/>): a directive at
    /// the top of a file spells out the namespaces and types around what it imports, so <c>using System.Linq;</c> is not
    /// bound for <c>N:System.Net.Mail</c>. One inside a namespace declaration may name it relative to that namespace and is
    /// always bound. Not reported when an exception allows something inside it: the directive is then needed for the
    /// allowed part.
    /// </summary>
    public void AnalyzeUsing(SyntaxNodeAnalysisContext context)
    {
        var directive = (UsingDirectiveSyntax)context.Node;
        var target = (SyntaxNode?)directive.NamespaceOrType;
        var namesANamespace = directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Alias is null;
        if (target is null
            || (namesANamespace && !_index.HasNamespaceBans)
            || (!MentionsATypeOrNamespaceEntryName(target) && directive.Parent is not BaseNamespaceDeclarationSyntax))
        {
            return;
        }

        var symbol = context.SemanticModel.GetSymbolInfo(target, context.CancellationToken).Symbol;
        var match = symbol switch
        {
            INamespaceSymbol ns => _index.NamespaceVerdict(ns),
            ITypeSymbol type => _index.FindBannedType(type),
            _ => null,
        };
        if (match is { IsBan: true } && !_index.HasExceptionWithin(match.Entry))
        {
            Report(in context, target, match);
        }
    }

    private void AnalyzeConversion(OperationAnalysisContext context, IConversionOperation conversion)
    {
        if (conversion.OperatorMethod is { } method)
        {
            Report(in context, conversion.Syntax, _index.FindBannedMember(method, includeMethodTypeArguments: false));
        }

        if (conversion.IsImplicit || !_index.HasTypeOrNamespaceBans)
        {
            return;
        }

        var typeSyntax = conversion.Syntax switch
        {
            CastExpressionSyntax cast => cast.Type,
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression) => binary.Right,
            _ => null,
        };
        if (typeSyntax is not null)
        {
            Report(in context, typeSyntax, _index.FindBannedType(conversion.Type));
        }
    }

    private void AnalyzeMethod(ref List<Diagnostic>? found, IMethodSymbol method, CancellationToken cancellationToken)
    {
        switch (method.MethodKind)
        {
            case MethodKind.PropertyGet:
            case MethodKind.PropertySet:
            case MethodKind.EventAdd:
            case MethodKind.EventRemove:
            case MethodKind.EventRaise:
            case MethodKind.DelegateInvoke:
                return;
        }

        if (!method.ReturnsVoid)
        {
            ReportOnDeclaration(ref found, method, _index.FindBannedType(method.ReturnType), cancellationToken);
        }

        AnalyzeParameters(ref found, method.Parameters, cancellationToken);
    }

    /// <summary>A local function or lambda: its written types and its attributes (symbol actions do not see them).</summary>
    /// <summary>
    /// Whether a local function or lambda has attribute lists (on itself, its return or its parameters): only then does
    /// binding its attributes find anything, and most lambdas have none.
    /// </summary>
    private static bool HasAttributeSyntax(SyntaxNode function)
    {
        switch (function)
        {
            case LocalFunctionStatementSyntax local:
                return local.AttributeLists.Count > 0 || HasAttributeSyntax(local.ParameterList);
            case ParenthesizedLambdaExpressionSyntax lambda:
                return lambda.AttributeLists.Count > 0 || HasAttributeSyntax(lambda.ParameterList);
            case SimpleLambdaExpressionSyntax simple:
                return simple.AttributeLists.Count > 0 || simple.Parameter.AttributeLists.Count > 0;
            case AnonymousMethodExpressionSyntax:
                // delegate (...) { } cannot carry attributes.
                return false;
            default:
                return true;
        }
    }

    private static bool HasAttributeSyntax(BaseParameterListSyntax? parameters)
    {
        if (parameters is null)
        {
            return false;
        }

        foreach (var parameter in parameters.Parameters)
        {
            if (parameter.AttributeLists.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    private List<Diagnostic>? AnalyzeFunction(IMethodSymbol? function, bool hasAttributes, CancellationToken cancellationToken)
    {
        List<Diagnostic>? found = null;
        if (function is null)
        {
            return found;
        }

        if (!function.ReturnsVoid)
        {
            ReportOnDeclaration(ref found, function, _index.FindBannedType(function.ReturnType), cancellationToken);
        }

        AnalyzeParameters(ref found, function.Parameters, cancellationToken);
        if (!hasAttributes)
        {
            return found;
        }

        AnalyzeAttributes(ref found, function.GetAttributes(), cancellationToken);
        AnalyzeAttributes(ref found, function.GetReturnTypeAttributes(), cancellationToken);
        foreach (var parameter in function.Parameters)
        {
            AnalyzeAttributes(ref found, parameter.GetAttributes(), cancellationToken);
        }

        return found;
    }

    private void AnalyzeParameters(ref List<Diagnostic>? found, ImmutableArray<IParameterSymbol> parameters, CancellationToken cancellationToken)
    {
        foreach (var parameter in parameters)
        {
            ReportOnDeclaration(ref found, parameter, _index.FindBannedType(parameter.Type), cancellationToken);
        }
    }

    private void AnalyzeAttributes(ref List<Diagnostic>? found, ImmutableArray<AttributeData> attributes, CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ApplicationSyntaxReference is not { } reference)
            {
                continue;
            }

            var match = attribute.AttributeConstructor is { } constructor
                ? _index.FindBannedMember(constructor, includeMethodTypeArguments: false)
                : _index.FindBannedType(attribute.AttributeClass);
            foreach (var argument in attribute.ConstructorArguments)
            {
                match ??= FindBannedInConstant(argument);
            }

            foreach (var argument in attribute.NamedArguments)
            {
                match ??= FindBannedInConstant(argument.Value);
            }

            if (match is { IsBan: true })
            {
                Add(ref found, reference.GetSyntax(cancellationToken), match);
            }
        }
    }

    private BanMatch? FindBannedInConstant(TypedConstant constant)
    {
        switch (constant.Kind)
        {
            case TypedConstantKind.Type:
                return _index.FindBannedType(constant.Value as ITypeSymbol);
            case TypedConstantKind.Array when !constant.IsNull:
                foreach (var item in constant.Values)
                {
                    if (FindBannedInConstant(item) is { } match)
                    {
                        return match;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private bool HasBannedBase(INamedTypeSymbol type)
    {
        if (IsBanned(type.BaseType) || IsBanned(type.EnumUnderlyingType))
        {
            return true;
        }

        foreach (var @interface in type.Interfaces)
        {
            if (IsBanned(@interface))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsBanned(ITypeSymbol? type) => type is not null && _index.FindBannedType(type) is { IsBan: true };

    private bool MentionsATypeOrNamespaceEntryName(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && _index.TypeOrNamespaceNames.Contains(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports a banned type in a declaration at the type as written (the first declarator's, for <c>int a, b;</c>).</summary>
    private static void ReportOnDeclaration(ref List<Diagnostic>? found, ISymbol declared, BanMatch? match, CancellationToken cancellationToken, bool skipParameters = false)
    {
        if (match is not { IsBan: true })
        {
            return;
        }

        foreach (var reference in declared.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (!(skipParameters && syntax is ParameterSyntax) && DeclaredTypeSyntax(syntax) is { } typeSyntax)
            {
                Add(ref found, typeSyntax, match);
            }
        }
    }

    private static SyntaxNode? DeclaredTypeSyntax(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax variables } declarator
            when variables.Variables.Count > 0 && variables.Variables[0] == declarator => variables.Type,
        PropertyDeclarationSyntax property => property.Type,
        IndexerDeclarationSyntax indexer => indexer.Type,
        EventDeclarationSyntax @event => @event.Type,
        MethodDeclarationSyntax method => method.ReturnType,
        OperatorDeclarationSyntax @operator => @operator.ReturnType,
        ConversionOperatorDeclarationSyntax conversion => conversion.Type,
        DelegateDeclarationSyntax @delegate => @delegate.ReturnType,
        LocalFunctionStatementSyntax localFunction => localFunction.ReturnType,
        ParenthesizedLambdaExpressionSyntax lambda => lambda.ReturnType,
        ParameterSyntax parameter => parameter.Type,
        _ => null,
    };

    private static IMethodSymbol? OperatorMethod(IOperation operation) => operation switch
    {
        IUnaryOperation unary => unary.OperatorMethod,
        IBinaryOperation binary => binary.OperatorMethod,
        IIncrementOrDecrementOperation increment => increment.OperatorMethod,
        ICompoundAssignmentOperation compound => compound.OperatorMethod,
        _ => null,
    };

    private static bool HasExplicitTypeArguments(SyntaxNode syntax)
    {
        var name = syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
        return name switch
        {
            GenericNameSyntax => true,
            MemberAccessExpressionSyntax { Name: GenericNameSyntax } => true,
            MemberBindingExpressionSyntax { Name: GenericNameSyntax } => true,
            _ => false,
        };
    }

    // The reporting helpers allocate only when something is banned: no delegate or list per callback.
    private static void Report(in OperationAnalysisContext context, SyntaxNode node, BanMatch? match)
    {
        if (match is { IsBan: true, Entry.IsSilenced: false })
        {
            context.ReportDiagnostic(Create(node, match));
        }
    }

    private static void Report(in SyntaxNodeAnalysisContext context, SyntaxNode node, BanMatch? match)
    {
        if (match is { IsBan: true, Entry.IsSilenced: false })
        {
            context.ReportDiagnostic(Create(node, match));
        }
    }

    private static void Add(ref List<Diagnostic>? found, SyntaxNode node, BanMatch match)
    {
        if (!match.Entry.IsSilenced)
        {
            (found ??= new List<Diagnostic>()).Add(Create(node, match));
        }
    }

    private static void ReportAll(List<Diagnostic> found, Action<Diagnostic> report)
    {
        foreach (var diagnostic in found)
        {
            report(diagnostic);
        }
    }

    private static Diagnostic Create(SyntaxNode node, BanMatch match)
    {
        var entry = match.Entry;
        var subject = SymbolNames.Display(match.Subject);
        var reason = entry.Message.Length == 0 ? string.Empty : ": " + entry.Message;
        var properties = ImmutableDictionary<string, string?>.Empty.Add(BannedApiAnalyzer.EntryProperty, entry.CanonicalId);
        var location = node.GetLocation();
        return entry.Severity is { } severity
            ? Diagnostic.Create(Descriptors.GR1101, location, severity, additionalLocations: null, properties, subject, reason)
            : Diagnostic.Create(Descriptors.GR1101, location, properties, subject, reason);
    }
}
